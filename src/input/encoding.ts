// Bytes → text for plain-text and HTML inputs, in whichever encoding the archive left them.
//
// Evidence, strongest first: a byte-order mark; strict UTF-8 validity (GB18030 or Big5 bytes are
// almost never valid UTF-8); a charset the page declares (only if the bytes agree: pages re-saved as
// UTF-8 keep their old `gb2312` meta); then a plausibility score of each candidate decoding (see
// ./plausibility.ts), cross-checked with chardet's statistical guess. When that evidence is thin or
// split, the text is still decoded but carries an ENCODING_GUESSED warning: never a silent guess.
import { ReportError } from '../errors.js';
import type { Warning } from '../schema.js';
import { codecs, loadCodecs } from './codecs.js';
import { plausibility, type Plausibility } from './plausibility.js';

/** Text decoded from bytes, with the encoding used and what was doubtful about it. */
export interface TextDecoding {
  text: string;
  encoding: string;
  warnings: Warning[];
}

// Scoring a prefix is enough to tell encodings apart and keeps large files cheap.
const SAMPLE_BYTES = 256 * 1024;
// A candidate is plausible Chinese from this score up (a right decoding scores 0.7–1, a wrong one < 0.3).
const PLAUSIBLE = 0.3;
// Confidence needs this many non-ASCII characters and this lead over the runner-up.
const MIN_EVIDENCE = 10;
const MIN_MARGIN = 0.3;

/**
 * Decodes the bytes of a text or HTML file, telling the encoding from the bytes themselves.
 * Throws `BINARY` for bytes that are no text and `UNDECODABLE` for text in no encoding we can tell.
 *
 * @example
 * await decodeText(iconv.encode('西青区教育局2023年行政执法情况报告', 'gb18030'));
 * // { text: '西青区教育局2023年行政执法情况报告', encoding: 'gb18030', warnings: [] }
 */
export async function decodeText(input: Uint8Array): Promise<TextDecoding> {
  await loadCodecs();
  return decodeLoaded(input);
}

function decodeLoaded(input: Uint8Array): TextDecoding {
  const bom = decodeWithBom(input);
  if (bom) return bom;

  const bytes = stripTrailingNuls(input);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const controls = countControls(sample);
  if (controls.nul > 0 || controls.other > sample.length * 0.01) {
    // UTF-16 without a BOM is full of NUL and control bytes; try it before calling the input binary.
    const utf16 = rank(sample, ['utf-16le', 'utf-16be'])[0]!;
    if (utf16.score >= 0.5 && utf16.nonAscii >= MIN_EVIDENCE) return decideAmong(bytes, sample, null);
    if (controls.nul > 8 || controls.nul + controls.other > sample.length * 0.01) throw binaryError();
  }

  const label = declaredLabel(sample);
  const declared = label === null ? null : canonicalEncoding(label);
  const decoded = decodeUndeclared(bytes, sample, declared);
  if (label !== null && declared === null) decoded.warnings.unshift(unknownCharset(label, decoded.encoding));
  return decoded;
}

// No byte-order mark: strict UTF-8 first, then the declared charset and the scores.
function decodeUndeclared(bytes: Uint8Array, sample: Uint8Array, declared: string | null): TextDecoding {
  const utf8 = decodeUtf8(bytes);
  if (utf8) {
    const warnings = [...utf8.warnings];
    // Valid UTF-8 with MIN_EVIDENCE characters beyond ASCII is proof enough: only fewer need scoring.
    const nonAscii = countNonAscii(utf8.text, Math.min(utf8.text.length, SAMPLE_BYTES), MIN_EVIDENCE);
    if (nonAscii > 0) {
      // Valid UTF-8 is near proof, except for a few bytes: a short GBK text can pass by chance.
      const own = nonAscii < MIN_EVIDENCE ? plausibility(utf8.text.slice(0, SAMPLE_BYTES)) : null;
      if (own && own.score < PLAUSIBLE) {
        const alt = rank(sample, declared ? [declared, 'gb18030', 'big5'] : ['gb18030', 'big5'])[0];
        if (alt && alt.score >= 0.5 && alt.score >= own.score + MIN_MARGIN) return decideAmong(bytes, sample, declared);
      }
      if (declared && declared !== 'utf-8') warnings.push(mismatch(declared, 'utf-8'));
    }
    return { text: utf8.text, encoding: 'utf-8', warnings };
  }
  return damagedUtf8(bytes, sample) ?? decideAmong(bytes, sample, declared);
}

/** Code points beyond ASCII in `text[0, end)`, counted up to `enough` (as plausibility counts them). */
function countNonAscii(text: string, end: number, enough: number): number {
  let n = 0;
  for (let i = 0; i < end && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    n++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) i++; // a surrogate pair is one code point
  }
  return n;
}

// UTF-8 with a few broken sequences (a bad sector, a bad copy): many valid multi-byte characters
// are proof enough of UTF-8, which no legacy encoding produces by chance.
function damagedUtf8(bytes: Uint8Array, sample: Uint8Array): TextDecoding | null {
  const probe = new TextDecoder('utf-8', { ignoreBOM: true }).decode(sample);
  const { nonAscii } = plausibility(probe);
  const broken = countReplacements(probe);
  const valid = nonAscii - broken;
  if (valid < MIN_EVIDENCE || broken * 4 > valid) return null;
  const text = decodeAs('utf-8', bytes);
  return { text, encoding: 'utf-8', warnings: [invalidBytes(countReplacements(text), 'utf-8')] };
}

interface Scored extends Plausibility {
  encoding: string;
}

// Scores each candidate decoding of the sample, best first.
function rank(sample: Uint8Array, encodings: readonly string[]): Scored[] {
  return [...new Set(encodings)]
    .filter(canDecode)
    .map((encoding) => ({ encoding, ...plausibility(decodeAs(encoding, sample)) }))
    .sort((a, b) => b.score - a.score);
}

// The legacy path: no BOM, not UTF-8. Picks the most plausible decoding and says how sure it is.
function decideAmong(bytes: Uint8Array, sample: Uint8Array, declared: string | null): TextDecoding {
  const guess = chardetGuess(sample);
  const candidates = ['gb18030', 'big5', 'utf-8', 'utf-16le', 'utf-16be'];
  if (declared) candidates.unshift(declared);
  if (guess) candidates.push(guess.encoding);
  const ranked = rank(sample, candidates);
  const best = ranked[0]!;
  const runnerUp = ranked[1];
  const margin = best.score - (runnerUp?.score ?? -2);

  if (best.score < PLAUSIBLE || best.bad > best.nonAscii * 0.25) {
    // Not Chinese in any encoding we know. A confident statistical guess (a Western text, say) is
    // decoded so the caller can see what it is; anything else is undecodable.
    if (guess && guess.confidence >= 50) {
      const text = decodeAs(guess.encoding, bytes);
      return { text, encoding: guess.encoding, warnings: [guessed(guess.encoding, `chardet's guess, ${guess.confidence}% sure; it does not read as Chinese`)] };
    }
    throw new ReportError(
      'UNDECODABLE',
      'the bytes do not read as text in UTF-8, UTF-16, GB18030 (GBK, GB2312) or Big5; convert the file to UTF-8, or check that it is complete',
    );
  }

  const text = decodeAs(best.encoding, bytes);
  const warnings: Warning[] = [];
  if (declared && declared !== best.encoding) warnings.push(mismatch(declared, best.encoding));
  const chardetAgrees = guess !== null && guess.encoding === best.encoding && guess.confidence >= 50;
  const chardetObjects =
    guess !== null && guess.encoding !== best.encoding && guess.confidence >= 90 &&
    ranked.some((r) => r.encoding === guess.encoding && r.score >= best.score - MIN_MARGIN);
  const confident =
    !chardetObjects &&
    (declared === best.encoding ||
      (best.nonAscii >= MIN_EVIDENCE && margin >= MIN_MARGIN && best.score >= 0.5) ||
      (chardetAgrees && margin >= MIN_MARGIN));
  if (!confident) {
    const why =
      best.nonAscii < MIN_EVIDENCE
        ? `only ${best.nonAscii} non-ASCII characters to go on`
        : `${runnerUp?.encoding ?? 'another encoding'} is almost as plausible`;
    warnings.push(guessed(best.encoding, why));
  }
  const replaced = countReplacements(text);
  if (replaced > 0) warnings.push(invalidBytes(replaced, best.encoding));
  return { text, encoding: best.encoding, warnings };
}

const guessed = (encoding: string, why: string): Warning => ({
  code: 'ENCODING_GUESSED',
  message: `the encoding could not be told for sure (${why}); decoded as ${encoding}. If the text looks garbled, convert the file to UTF-8 and parse it again`,
});

const mismatch = (declared: string, used: string): Warning => ({
  code: 'CHARSET_MISMATCH',
  message: `the page declares charset ${declared} but its bytes are ${used}; decoded as ${used}`,
});

const unknownCharset = (label: string, used: string): Warning => ({
  code: 'CHARSET_UNKNOWN',
  message: `the page declares charset ${JSON.stringify(label.slice(0, 40))}, which is no encoding known here; the encoding was told from the bytes (${used})`,
});

const invalidBytes = (n: number, encoding: string): Warning => ({
  code: 'INVALID_BYTES',
  message: `${n} byte sequence${n === 1 ? ' is' : 's are'} not valid ${encoding} and became U+FFFD; the file may be damaged or truncated, so figures near them may be missing`,
});

const countReplacements = (text: string) => text.split('\uFFFD').length - 1;

function decodeWithBom(bytes: Uint8Array): TextDecoding | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding: string | null = null;
  let skip = 0;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) [encoding, skip] = ['utf-8', 3];
  else if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0 && bytes.length % 4 === 0) [encoding, skip] = ['utf-32le', 4];
  else if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) [encoding, skip] = ['utf-32be', 4];
  else if (b0 === 0xff && b1 === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, skip] = ['utf-16be', 2];
  if (!encoding) return null;
  const text = decodeAs(encoding, bytes.subarray(skip));
  // A byte-order mark is strong evidence, but not proof: garbage behind one is still garbage.
  const sample = text.slice(0, SAMPLE_BYTES);
  if (countTextControls(sample) > Math.max(8, sample.length * 0.01)) throw binaryError();
  const { nonAscii, bad } = plausibility(sample);
  if (nonAscii >= MIN_EVIDENCE && bad > nonAscii * 0.1) {
    throw new ReportError('UNDECODABLE', `the file starts with a ${encoding} byte-order mark, but its bytes are no ${encoding} text; check that the file is complete and not damaged`);
  }
  const replaced = countReplacements(text);
  return { text, encoding, warnings: replaced > 0 ? [invalidBytes(replaced, encoding)] : [] };
}

// Control characters other than white space, in decoded text.
function countTextControls(text: string): number {
  return text.match(/[\x00-\x08\x0e-\x19\x1c-\x1f]/g)?.length ?? 0;
}

const binaryError = () =>
  new ReportError('BINARY', 'the input is binary data, not text or a supported document (HTML, DOCX, PDF); check that it is the report file');

const LATIN1 = new TextDecoder('latin1');
// A fatal decoder holds no state between calls to decode() without `stream`, so one serves every input.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Strict UTF-8; a file cut in the middle of its last character still counts, with a warning.
function decodeUtf8(bytes: Uint8Array): { text: string; warnings: Warning[] } | null {
  const strict = STRICT_UTF8;
  try {
    return { text: strict.decode(bytes), warnings: [] };
  } catch {
    const cut = incompleteTail(bytes);
    if (cut === 0) return null;
    try {
      const text = strict.decode(bytes.subarray(0, bytes.length - cut));
      return { text: text + '\uFFFD', warnings: [invalidBytes(1, 'utf-8')] };
    } catch {
      return null;
    }
  }
}

// Length of an unfinished UTF-8 sequence at the end of the bytes (0 when the end is clean).
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function stripTrailingNuls(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end === bytes.length ? bytes : bytes.subarray(0, end);
}

function countControls(bytes: Uint8Array): { nul: number; other: number } {
  let nul = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20) continue;
    if (b === 0) nul++;
    // Tab, line feed, vertical tab, form feed, carriage return, DOS end-of-file and escape occur in text.
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) other++;
  }
  return { nul, other };
}

// Labels pages use for the encodings we decode, mapped to the decoder we use (after the WHATWG
// Encoding Standard: every GB label is decoded as GB18030, its superset; Big5 as Big5-HKSCS).
const LABELS: Record<string, string> = {
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb18030: 'gb18030', cp936: 'gb18030', 'windows-936': 'gb18030',
  chinese: 'gb18030', csgb2312: 'gb18030', 'iso-ir-58': 'gb18030', 'gb_2312-80': 'gb18030', 'gb_2312': 'gb18030', 'euc-cn': 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'cn-big5': 'big5', 'x-x-big5': 'big5', csbig5: 'big5', cp950: 'big5', 'x-big5': 'big5',
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};

/** Maps a charset label to the decoder this module uses, or null when it has none (after `loadCodecs()`). */
export function canonicalEncoding(label: string): string | null {
  const key = label.trim().toLowerCase();
  const mapped = LABELS[key];
  if (mapped) return mapped;
  return codecs().iconv.encodingExists(key) ? key : null;
}

/**
 * The charset a page declares in `<meta charset>`, `<meta http-equiv content="…; charset=…">` or an
 * XML declaration, as the decoder to use; null when none is declared or known (after `loadCodecs()`).
 *
 * @example
 * declaredCharset(new TextEncoder().encode('<meta charset="GB2312">')); // 'gb18030'
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const label = declaredLabel(bytes);
  return label === null ? null : canonicalEncoding(label);
}

/** The charset label a page declares, as written; null when it declares none. */
function declaredLabel(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 16 * 1024);
  if (sample.indexOf(0x3c) < 0) return null; // no `<`: no markup to declare anything
  const head = LATIN1.decode(sample);
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

// chardet's best guess, in our decoder names; null when it has none we can decode.
function chardetGuess(sample: Uint8Array): { encoding: string; confidence: number } | null {
  const top = codecs().analyse(sample)[0];
  if (!top) return null;
  const encoding = canonicalEncoding(top.name);
  return encoding && canDecode(encoding) ? { encoding, confidence: top.confidence } : null;
}

const NATIVE = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']);
const canDecode = (encoding: string) => NATIVE.has(encoding) || codecs().iconv.encodingExists(encoding);

/** Decodes with the named decoder, never throwing: bad sequences become U+FFFD (after `loadCodecs()`). */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  // TextDecoder is native and fast; Big5 goes through iconv-lite, whose Big5-HKSCS table keeps
  // characters (着, 裏…) the WHATWG table maps to private-use code points.
  if (NATIVE.has(encoding)) return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return codecs().iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}
