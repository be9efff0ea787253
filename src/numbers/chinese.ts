// Numerals as Chinese reports write them: Arabic (`12`, `1,234`, `10.5`), full-width (`１２`),
// Chinese (`三`, `两`, `十二`, `一百二十`, `二〇二〇`), financial (`壹佰`) and mixed (`1.2万`, `3千`).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const ZH_NUMERAL_CHARS = '零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

// Products like 1.15 * 1e4 pick up binary noise; 12 significant digits is far beyond any report figure.
const clean = (x: number) => Number(x.toPrecision(12));
const HAS_UNIT = /[十拾百佰千仟万亿]/;
const ZH_ONLY = new RegExp(`^[${ZH_NUMERAL_CHARS}]+$`);
const MIXED = /^(\d+(?:\.\d+)?)([十百千万亿拾佰仟]*)$/;

function parseZh(s: string): number | null {
  if (s[0]! in BIG_UNITS) return null; // a bare 万 or 亿 is a unit (`万元`), not a figure
  const hasUnit = HAS_UNIT.test(s);
  if (!hasUnit) {
    if (s.length === 1) return DIGITS[s] ?? null;
    // Digit by digit for year-like strings (二〇二〇, 一九九九); two digits (`三四`, `一一`) are a range or a word.
    if (!/[〇零]/.test(s) && s.length < 3) return null;
    let v = 0;
    for (const c of s) {
      const d = DIGITS[c];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let section = 0;
  let num = -1; // -1: no digit pending
  let lastSmall = Infinity;
  for (const c of s) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (num > 0) return null; // two digits in a row (`三四十`) is a range, not a number
      num = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      if (small >= lastSmall) return null; // `十百` is malformed
      section += (num < 0 ? 1 : num) * small;
      lastSmall = small;
      num = -1;
      continue;
    }
    const big = BIG_UNITS[c];
    if (big === undefined) return null;
    if (big === 1e8) total = (total + section + Math.max(num, 0)) * big;
    else total += (section + Math.max(num, 0)) * big;
    section = 0;
    num = -1;
    lastSmall = Infinity;
  }
  return total + section + Math.max(num, 0);
}

/**
 * Reads a numeral written in any of the ways Chinese reports use. Returns null for anything else.
 *
 * @example
 * parseChineseNumber('三');       // 3
 * parseChineseNumber('一百二十'); // 120
 * parseChineseNumber('1.2万');    // 12000
 * parseChineseNumber('１２');     // 12
 * parseChineseNumber('二〇二〇'); // 2020
 * parseChineseNumber('三四');     // null (a range)
 */
export function parseChineseNumber(input: string): number | null {
  const s = input
    .trim()
    .replace(/[\uff10-\uff19\uff0e\uff0c]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
  if (!s) return null;
  return parseNumeral(s);
}

/** The numeral of an already normalised figure (half-width digits, no separators). */
export function parseNumeral(s: string): number | null {
  const mixed = MIXED.exec(s);
  if (mixed) {
    let v = Number(mixed[1]);
    for (const c of mixed[2]!) v *= SMALL_UNITS[c] ?? BIG_UNITS[c]!;
    return Number.isFinite(v) ? clean(v) : null;
  }
  if (!ZH_ONLY.test(s)) return null;
  const v = parseZh(s);
  return v === null ? null : clean(v);
}
