// A report's identity: one id for one report, whatever container it came in (plain text in any encoding, a
// web page, DOCX, PDF, a Traditional or a mirror copy). The id hashes a canonical form of the normalised
// text (Simplified, half-width): page chrome dropped, white space removed, quote marks folded to one kind.
// Line breaks, spacing and the page around the report differ between containers; its words do not.
import { nodeCrypto } from './builtins.js';
import { fromUnits, unitBuffer } from './normalize.js';
import type { Range } from './outline/ranges.js';

// White space of any width (what `\s` matches), and the zero-width characters web pages and PDF exports
// scatter in text: dropped. Quote marks: folded to one of each kind.
export const SPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u200c\u200d\u2060';
export const DOUBLE_QUOTES = '“”„‟«»「」『』〝〞';
export const SINGLE_QUOTES = '‘’‚‛';
// Text made of these only is its own NFKC form: none of them decomposes, and none combines with the
// character before it. Printable ASCII, CJK ideographs (U+3400–U+4DBF, U+4E00–U+9FFF) and the punctuation
// of Chinese reports; other text takes the normalize call first.
export const NFKC_STABLE_MARKS = '\t\n\r、。〇〈〉《》「」『』【】〔〕〖〗“”‘’—·×÷';

// The canonical text is written in one pass over the text through one table of flags per unit (one byte
// read per unit; most units have none and are kept as they are); test/identity.test.ts checks it against
// the regexes and the normalize call it stands for.
const UNSTABLE = 1;
const DROP = 2;
const DOUBLE = 4;
const SINGLE = 8;
const FLAGS = new Uint8Array(0x10000).fill(UNSTABLE);
for (const c of NFKC_STABLE_MARKS) FLAGS[c.charCodeAt(0)] = 0;
FLAGS.fill(0, 0x20, 0x7f);
FLAGS.fill(0, 0x3400, 0x4dc0);
FLAGS.fill(0, 0x4e00, 0xa000);
for (const c of SPACE_CHARS) FLAGS[c.charCodeAt(0)]! |= DROP;
for (const c of DOUBLE_QUOTES) FLAGS[c.charCodeAt(0)]! |= DOUBLE;
for (const c of SINGLE_QUOTES) FLAGS[c.charCodeAt(0)]! |= SINGLE;
/** 1 for the units of NFKC-stable text (for the test). */
export const STABLE = FLAGS.map((f) => (f & UNSTABLE ? 0 : 1));

/** Characters of the hash kept in the id: 64 bits, no collision in any archive of reports. */
const ID_LENGTH = 16;

/**
 * The text the id is the hash of: the normalised text less its chrome ranges (sorted, disjoint),
 * NFKC-folded, without white space, with quote marks folded.
 *
 * @example
 * canonicalText('一、基本情况\n  罚款 10 元', []); // '一、基本情况罚款10元'
 */
export function canonicalText(normalized: string, chrome: readonly Range[]): string {
  let kept = '';
  let at = 0;
  for (const [start, end] of chrome) {
    kept += normalized.slice(at, start);
    at = Math.max(at, end);
  }
  kept += normalized.slice(at);
  return folded(kept) ?? folded(kept.normalize('NFKC'), false)!;
}

// The text without white space, quotes folded; null when `stableOnly` and a character may change under NFKC.
function folded(text: string, stableOnly = true): string | null {
  const out = unitBuffer(text.length);
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const f = FLAGS[u]!;
    if (f === 0) {
      out[n++] = u;
      continue;
    }
    if (stableOnly && f & UNSTABLE) return null;
    if (f & DROP) continue;
    if ((u & 0xf800) === 0xd800) surrogates = true;
    out[n++] = f & DOUBLE ? 0x22 : f & SINGLE ? 0x27 : u;
  }
  return fromUnits(out.subarray(0, n), !surrogates);
}

/**
 * The report's id: the first 16 hex digits of the SHA-256 of its canonical text.
 *
 * @example
 * docId('罚款10元', []) === docId('罚款 10 元\n', []); // true
 */
export function docId(normalized: string, chrome: readonly Range[]): string {
  return nodeCrypto().hash('sha256', canonicalText(normalized, chrome), 'hex').slice(0, ID_LENGTH);
}
