// Place-value numerals: `一千三百零五`, `两千四百五`, `三亿五千万`, `5万4千`, `3万4000`, `一千零1`, `1.5万`.
//
// The text is cut into tokens (digits, 零, 十/百/千, 万/亿/兆, Arabic figures) and read section by section:
// a section is what stands before one chain of 万/亿/兆 (`三千五百` in `三千五百万`). Every rule below says when
// a form is read; anything else is null, never a guess:
// - a digit after a place unit with nothing after it stands one place lower (`一千三` = 1300, `一万三` = 13000);
// - `零` marks a skipped place and only that (`一千零三` = 1003, `一千零十二` = 1012; `零十` alone is null);
// - 十, 百 and 千 may stand without a digit at the start of a number (`十二`, `百万`), 十 also after 零 or
//   after a unit with its digit (`一百十五`), never after a bare one (`百十` is an approximate form);
// - 两 stands only before 百, 千, 万, 亿 (`两千`, `两万`); two digits in a row (`三四十`, `二十三四`) are a range, null;
// - units fall within a section (`十百` is null) and chains of 万/亿 fall from left to right (`一万一万` is null);
//   a chain multiplies (`万亿` = 10^12, `四万万` = 4 × 10^8), except a falling one (`亿万` is an idiom, null);
// - an Arabic figure counts as a whole section (`5000万`, `3万4000`), after a unit only when it fills the
//   places below it (`3千500`) or is one digit (`一千零1`); a decimal, or a figure of several digits before 千
//   (`350千`, as accounts in 千元 write it), only as the whole number's first part with nothing but units
//   after it (`1.5万`, `10.5千万`).
import { add, belowPow10, fromDigits, fromInt, shift, ZERO, type Decimal } from './decimal.js';

export type Token =
  | { kind: 'digit'; value: number; two: boolean } // 一 … 九 (两 marked: it only stands before a unit)
  | { kind: 'zero' } // 零, 〇
  | { kind: 'arabic'; text: string } // 12, 1.5
  | { kind: 'small'; exp: number } // 十 1, 百 2, 千 3
  | { kind: 'big'; exp: number }; // 万 4, 亿 8, 兆 12

export const DIGIT: Readonly<Record<string, number>> = {
  一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
export const ZEROS = '零〇';
export const SMALL: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
export const BIG: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 兆: 12 };

const ARABIC = /\d+(?:\.\d+)?/y;

/** Tokens of a numeral, or null when a character is no part of one. */
export function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      ARABIC.lastIndex = i;
      const text = ARABIC.exec(s)![0];
      out.push({ kind: 'arabic', text });
      i += text.length;
      continue;
    }
    i++;
    if (DIGIT[c] !== undefined) out.push({ kind: 'digit', value: DIGIT[c]!, two: c === '两' });
    else if (ZEROS.includes(c)) out.push({ kind: 'zero' });
    else if (SMALL[c] !== undefined) out.push({ kind: 'small', exp: SMALL[c]! });
    else if (BIG[c] !== undefined) out.push({ kind: 'big', exp: BIG[c]! });
    else return null;
  }
  return out;
}

// A number written with leading zeros (`05`) is a code, not a figure.
const LEADING_ZERO = /^0\d/;
const isDecimalText = (t: string) => t.includes('.');

interface Section {
  value: Decimal;
  next: number;
  /** A decimal or scaled figure (`1.5万`, `350千`): only big units may follow. */
  decimal: boolean;
}

interface Place {
  /** True at the very start of the number. */
  first: boolean;
  /** Exponent of the chain of big units before this section (4 after 万), or null at the start. */
  above: number | null;
}

/** Reads the section starting at token i, up to the next big unit or the end. */
function readSection(tokens: readonly Token[], i: number, at: Place): Section | null {
  let value = ZERO;
  let lastExp = Infinity; // the last place unit read in this section
  let pending: Token | null = null; // a digit or figure not yet followed by its unit
  let zero = false;
  let decimal = false;
  let bareStart = false; // `百十`: an approximate form, not 110
  const start = i;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'big') break;
    if (decimal) return null; // nothing after `1.5千` but big units
    if (t.kind === 'digit' || t.kind === 'arabic') {
      if (pending) return null; // `三四`: a range
      pending = t;
      continue;
    }
    if (t.kind === 'zero') {
      if (pending || zero) return null;
      if (i === start && at.above === null) return null; // a number never starts with 零 (`零十`)
      zero = true;
      continue;
    }
    // A small unit: 十, 百, 千.
    const exp = t.exp;
    if (exp >= lastExp) return null; // `十百`, `一十一十`
    const ceiling = lastExp !== Infinity ? lastExp : at.above;
    if (zero && ceiling !== null && exp >= ceiling - 1) return null; // `一千零三百`: 零 skips no place
    let coef: Decimal;
    if (!pending) {
      // Bare at the start (`十二`, `百万`), and 十 after 零 or after a written digit's unit (`一百十五`).
      const bare = (at.first && i === start) || (exp === 1 && (zero || (lastExp !== Infinity && !bareStart)));
      if (!bare) return null;
      if (i === start) bareStart = true;
      coef = fromInt(1);
    } else if (pending.kind === 'digit') {
      if (pending.two && exp === 1) return null; // `两十`: ten is 二十
      coef = fromInt(pending.value);
    } else {
      const text = pending.text;
      // `1.5千`, and `350千` as in accounts kept in 千元: a figure scaled by units, nothing else after it.
      const scaled = isDecimalText(text) || (exp === 3 && text.length > 1);
      if (scaled) {
        if (!at.first || i !== start + 1 || LEADING_ZERO.test(text)) return null;
        decimal = true;
      } else if (text.length !== 1 || text === '0') {
        return null; // `15百`
      }
      coef = fromDigits(text);
    }
    value = add(value, shift(coef, exp));
    lastExp = exp;
    pending = null;
    zero = false;
  }
  const endsNumber = i === tokens.length;
  if (!pending) {
    if (zero) return null; // `一千零`
    return { value, next: i, decimal };
  }
  // A digit or figure with no unit after it.
  const empty = lastExp === Infinity;
  const alone = at.first && endsNumber && i === start + 1;
  if (pending.kind === 'arabic') {
    const text = pending.text;
    if (LEADING_ZERO.test(text) || (text === '0' && !alone)) return null;
    if (isDecimalText(text)) {
      if (!empty || zero || !at.first) return null;
      return { value: fromDigits(text), next: i, decimal: true };
    }
  }
  // 两 stands before a unit (`两万`; here a big one follows) or alone.
  const beforeBig = empty && !zero && !endsNumber;
  if (pending.kind === 'digit' && pending.two && !beforeBig && !alone) return null;
  const tail = pending.kind === 'digit' ? fromInt(pending.value) : fromDigits(pending.text);
  const width = pending.kind === 'digit' ? 1 : pending.text.length;
  if (zero) {
    const ceiling = empty ? at.above! : lastExp;
    if (!belowPow10(tail, ceiling - 1)) return null; // `一千零125`
    return { value: add(value, tail), next: i, decimal };
  }
  if (empty) {
    // `3万4000`, `一万三`: the whole section after a big unit, at the end of the number.
    if (at.above !== null && endsNumber) {
      if (width === 1) return { value: shift(tail, at.above - 1), next: i, decimal };
      if (width !== at.above) return null; // `1万20`, `1亿5000`
    }
    return { value: tail, next: i, decimal };
  }
  // After a unit: `二十三`, `一千三` (one place lower), `3千500` (fills the places below).
  if (width === lastExp) return { value: add(value, tail), next: i, decimal };
  if (width === 1) return { value: add(value, shift(tail, lastExp - 1)), next: i, decimal };
  return null;
}

/** Reads place-value tokens as one number; null when they are not one. */
export function readPlaces(tokens: readonly Token[]): Decimal | null {
  if (!tokens.length) return null;
  let total = ZERO;
  let above: number | null = null;
  for (let i = 0; i < tokens.length; ) {
    const first = i === 0;
    const section = readSection(tokens, i, { first, above });
    if (!section || section.next === i) return null; // `万一`: a number never starts with 万
    i = section.next;
    let exp = 0;
    let link = 0;
    for (; i < tokens.length && tokens[i]!.kind === 'big'; i++) {
      const e = (tokens[i] as { exp: number }).exp;
      if (e < link) return null; // `亿万`
      exp += e;
      link = e;
    }
    if (above !== null) {
      if (exp >= above) return null; // `一万一万`
      if (!belowPow10(section.value, above - exp)) return null; // `1亿20000万`
    }
    if (section.decimal && i < tokens.length) return null; // `1.5万3千`
    total = add(total, shift(section.value, exp));
    if (exp === 0) break;
    above = exp;
  }
  return total;
}
