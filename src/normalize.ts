// Normalisation: Traditional → Simplified, full-width → half-width, a few punctuation marks folded,
// and inline pinyin that mirror sites put after characters (`執(zhí)法`) removed. The character steps
// map one UTF-16 unit to one; only pinyin removal shortens the text, so `toSource` is the identity for
// text without pinyin and an offset table otherwise. Callers always map through `toSource`.
import { Buffer } from 'node:buffer';
import type * as ChineseConv from 'chinese-conv';
import { onFirstUse } from './load.js';
import type { Script } from './schema.js';

// Required when the tables below are built, on the first call: not at import.
const chineseConv = onFirstUse<typeof ChineseConv>('chinese-conv');

/** The normalised text with the way back to the source. */
export interface Normalized {
  /** Simplified, half-width text that rules match on. */
  text: string;
  /** The text as it was given. */
  source: string;
  /**
   * Maps an offset in `text` to the offset in `source`. An end offset maps past the pinyin of the
   * character before it (`执` of `執(zhí)法` ends after `(zhí)`), so spans keep their annotations.
   */
  toSource(offset: number): number;
  /** The script of the source. */
  script: Script;
}

// chinese-conv maps one UTF-16 unit to one. We ask it once for every unit and keep the answers in a
// table, merged with width folding (full-width ASCII ！ to ～ → ASCII; ideographic and no-break
// space → space), so normalising is one pass over the text. 〇, 。, 、 and quotes stay: they carry meaning.
interface Tables {
  /** Unit → normalised unit. */
  to: Uint16Array;
  /** 1 where the unit is Traditional (sify changed it), 2 where it is Simplified-only. */
  script: Uint8Array;
}
let tables: Tables | null = null;

function buildTables(): Tables {
  const { sify, tify } = chineseConv();
  const to = new Uint16Array(0x10000);
  const script = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) to[u] = u;
  let all = '';
  for (let u = 0x100; u < 0x10000; u++) all += String.fromCharCode(u);
  const simplified = sify(all);
  const traditional = tify(all);
  for (let k = 0; k < all.length; k++) {
    const u = k + 0x100;
    const s = simplified.length === all.length ? simplified.charCodeAt(k) : oneUnit(sify, u);
    if (s !== u) {
      to[u] = s;
      if (isHan(u)) script[u] = 1;
    }
    const t = traditional.length === all.length ? traditional.charCodeAt(k) : oneUnit(tify, u);
    if (t !== u && script[u] === 0 && isHan(u)) script[u] = 2;
  }
  for (let u = 0; u < 0x10000; u++) {
    const v = to[u]!;
    if (v >= 0xff01 && v <= 0xff5e) to[u] = v - 0xfee0;
    else if (v === 0x3000 || v === 0xa0) to[u] = 0x20;
  }
  return { to, script };
}

// A unit whose conversion is not one unit long is left as it is.
function oneUnit(convert: (s: string) => string, u: number): number {
  const c = convert(String.fromCharCode(u));
  return c.length === 1 ? c.charCodeAt(0) : u;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isHan = (u: number) => (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);

/**
 * Normalises report text to Simplified Chinese with half-width digits and punctuation, keeping offsets.
 *
 * @example
 * const n = normalize('聯合督查３０餘次');
 * n.text;          // '联合督查30余次'
 * n.toSource(4);   // 4: the same offset in the source
 * n.script;        // 'traditional'
 */
export function normalize(source: string): Normalized {
  const t = (tables ??= buildTables());
  const out = unitBuffer(source.length);
  let traditional = 0;
  let simplifiedOnly = 0;
  let surrogates = 0;
  for (let i = 0; i < source.length; i++) {
    const u = source.charCodeAt(i);
    out[i] = t.to[u]!;
    const k = t.script[u];
    if (k === 1) traditional++;
    else if (k === 2) simplifiedOnly++;
    else if ((u & 0xf800) === 0xd800) surrogates++;
  }
  // Only text with surrogates can have a lone one: the regex runs on those texts only.
  const wellFormed = surrogates === 0 || !LONE_SURROGATE.test(source);
  const folded = fromUnits(out, wellFormed).replace(VARIANT_WORDS, (w) => VARIANTS[w]!);
  const { text, toSource } = withoutPinyin(folded);
  return { text, source, script: scriptOf(traditional, simplifiedOnly), toSource };
}

// Words that Traditional texts write with another character than the one chinese-conv maps to: the
// word, not the character, decides (覆議 is 复议, but 覆盖 stays). Same length, so offsets hold.
const VARIANTS: Record<string, string> = { 覆议: '复议' };
const VARIANT_WORDS = new RegExp(Object.keys(VARIANTS).join('|'), 'g');

// Pinyin after a Han character, in brackets, with a tone mark: `(zhí)`, `(shù)`, `(lǜ)`. The tone
// mark keeps ordinary bracketed Latin (`(A)`, `(app)`) out. The bracket comes first and the Han character
// is checked behind it, so the search runs from bracket to bracket rather than testing every character.
const PINYIN = /\((?<=[\u3400-\u9fff]\()(?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/g;

function withoutPinyin(text: string): { text: string; toSource: (offset: number) => number } {
  PINYIN.lastIndex = 0;
  // Most texts have no bracket at all; the regex (a lookbehind first) is run only on those that do.
  if (!text.includes('(') || !PINYIN.test(text)) return { text, toSource: (o) => o };
  // map[i] is the source offset of the i-th character kept; map[length] is the source's end.
  const map = new Int32Array(text.length + 1);
  let kept = '';
  let k = 0;
  let from = 0;
  const keep = (to: number) => {
    for (let i = from; i < to; i++) map[k++] = i;
    kept += text.slice(from, to);
  };
  PINYIN.lastIndex = 0; // matchAll starts where test() stopped otherwise
  for (const m of text.matchAll(PINYIN)) {
    keep(m.index);
    from = m.index + m[0].length;
  }
  keep(text.length);
  map[k] = text.length;
  return { text: kept, toSource: (o) => map[Math.max(0, Math.min(o, k))]! };
}

// One buffer for the units a pass writes, reused by every call: a fresh typed array per text costs more
// than the pass that fills it. It is filled and read into a string within one call (calls are
// synchronous and never nested), so it holds nothing between calls; a text longer than SCRATCH_MAX gets a
// buffer of its own, so that one huge text does not keep its size in memory.
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint16Array(0);

/** A buffer of `length` units, to be filled and read before the next call. */
export function unitBuffer(length: number): Uint16Array {
  if (length > SCRATCH_MAX) return new Uint16Array(length);
  if (scratch.length < length) scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(length, 2 * scratch.length, 4096)));
  return scratch.subarray(0, length);
}

/**
 * The string of UTF-16 units, each copied as it is (Buffer's UTF-16 reading keeps lone surrogates too, and
 * is faster than a TextDecoder). One thing is kept from the TextDecoder it replaced, so that no record
 * changes: text without lone surrogates (`wellFormed`) loses a leading U+FEFF. That shifts offsets by one
 * (a known bug, reported to be fixed on its own).
 */
export function fromUnits(units: Uint16Array, wellFormed: boolean): string {
  const from = wellFormed && units[0] === 0xfeff ? 1 : 0;
  return Buffer.from(units.buffer, units.byteOffset + 2 * from, 2 * (units.length - from)).toString('utf16le');
}

// Texts with both kinds of characters in quantity are `mixed`. A few Traditional characters in a
// Simplified text are usually chinese-conv's slips or quoted names, so shares decide, not counts.
function scriptOf(traditional: number, simplifiedOnly: number): Script {
  if (traditional === 0) return 'simplified';
  if (simplifiedOnly === 0) return 'traditional';
  const share = traditional / (traditional + simplifiedOnly);
  if (share > 0.9) return 'traditional';
  if (share < 0.1) return 'simplified';
  return 'mixed';
}
