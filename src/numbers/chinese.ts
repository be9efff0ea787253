// Numerals as Chinese reports write them, read exactly or not at all: Arabic (`12`, `1,234`, `10.5`, `１２`),
// Chinese (`三`, `两千四百五`, `一千零十二`, `二〇二〇`), financial (`壹佰`), mixed (`1.2万`, `5万4千`, `一千零1`),
// decimals (`十五点七`), percentages (`百分之八十五`, `85%`), fractions (`三分之一`, `1/3`) and negatives (`负三十二`).
// The place-value grammar is in places.ts; exact arithmetic in decimal.ts.
import { belowPow10, fromDigits, toNumber, type Decimal } from './decimal.js';
import { BIG, DIGIT, readPlaces, tokenize, ZEROS } from './places.js';

/** Characters the quantity scan takes as part of a numeral (normalised, Simplified text). */
export const ZH_NUMERAL_CHARS = '零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

// No figure is longer than this; longer strings are null without being read (so a run of a million 一 costs nothing).
const MAX_LENGTH = 48;

// Traditional and variant forms, folded so that text that was not normalised reads the same.
const FOLD: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 兩: '两', 倆: '俩', 點: '点', 負: '负', 貳: '贰', 陸: '陆', '−': '-',
  廿: '二十', 卅: '三十', 卌: '四十',
};
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

// An Arabic figure with commas must group them by three: `1,234` and `4,565.5`, never `1,23` or `12,3456`.
const WITH_COMMAS = /[\d.,]*,[\d.,]*/g;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Removes thousands separators; null when a comma is anything else. */
function dropSeparators(s: string): string | null {
  if (!s.includes(',')) return s;
  let ok = true;
  const out = s.replace(WITH_COMMAS, (chunk) => {
    if (!THOUSANDS.test(chunk)) ok = false;
    return chunk.replace(/,/g, '');
  });
  return ok ? out : null;
}

// Digit by digit (`二〇二〇`, `一九九九`) is how years and codes are written; without a zero or a 19xx/18xx year
// shape, a row of digits is a list or an idiom (`一二三四`, `三三两两`), not a number.
const BY_DIGIT = /^[〇零一二三四五六七八九]+$/;
const YEAR_BY_DIGIT = /^一[八九][〇零一二三四五六七八九]{2}$/;

function digitByDigit(s: string): Decimal | null {
  if (!BY_DIGIT.test(s) || ZEROS.includes(s[0]!)) return null;
  if (!(s.length >= 3 && /[〇零]/.test(s)) && !YEAR_BY_DIGIT.test(s)) return null;
  let text = '';
  for (const c of s) text += ZEROS.includes(c) ? '0' : String(DIGIT[c]);
  return fromDigits(text);
}

const DECIMAL_DIGITS = /^([〇零一二三四五六七八九]+)(.*)$/;
const UNIT_CHAIN = /^[十百千]?[万亿兆]*$/;

/** `十五点七` = 15.7, `零点五` = 0.5, `一点五万` = 15000. */
function chineseDecimal(s: string, point: number): Decimal | null {
  const whole = s.slice(0, point);
  const rest = DECIMAL_DIGITS.exec(s.slice(point + 1));
  if (!whole || whole.includes('.') || !rest) return null;
  const [, digits, units] = rest as unknown as [string, string, string];
  const int = readNumeral(whole);
  if (!int || int.e < 0) return null;
  let fraction = '';
  for (const c of digits) fraction += ZEROS.includes(c) ? '0' : String(DIGIT[c]);
  const intText = `${int.m}${'0'.repeat(int.e)}`;
  if (!units) return fromDigits(`${intText}.${fraction}`);
  // With units after it, the whole part is a plain figure (`一点五万`, not `一万点五万`).
  if (!UNIT_CHAIN.test(units) || [...whole].some((c) => BIG[c] !== undefined)) return null;
  const tokens = tokenize(units);
  return tokens && readPlaces([{ kind: 'arabic', text: `${intText}.${fraction}` }, ...tokens]);
}

/** A plain number (no sign, percent or fraction) in folded, separator-free text. */
function readNumeral(s: string): Decimal | null {
  const point = s.indexOf('点');
  if (point >= 0) return chineseDecimal(s, point);
  const tokens = tokenize(s);
  if (!tokens) return s === '俩' ? fromDigits('2') : null;
  if (s.length === 1 && ZEROS.includes(s)) return fromDigits('0');
  if (tokens.length > 1 && tokens.every((t) => t.kind === 'digit' || t.kind === 'zero')) return digitByDigit(s);
  return readPlaces(tokens);
}

// Beyond 2^53 a double no longer holds every integer: such a figure would come back changed.
const exact = (v: number) => Math.abs(v) <= Number.MAX_SAFE_INTEGER;

const isInteger = (d: Decimal) => d.e >= 0 || d.m % 10n ** BigInt(-d.e) === 0n;

const PERCENT = /^百分之(.+)$|^(.+)%$/;
const FRACTION = /^(?:(.+)又)?(.+)分之(.+)$/;
const SLASH = /^(\d+)\/(\d+)$/;

/** `三分之一`, `一又三分之一`, `1/3`: a fraction of whole numbers, as a double. */
function fraction(s: string): number | null | undefined {
  const zh = FRACTION.exec(s);
  const slash = zh ? null : SLASH.exec(s);
  if (!zh && !slash) return undefined; // not a fraction at all
  const whole = zh?.[1] ? readNumeral(zh[1]) : null;
  const den = readNumeral(zh ? zh[2]! : slash![2]!);
  const num = readNumeral(zh ? zh[3]! : slash![1]!);
  if (!den || !num || (zh?.[1] && !whole) || den.m === 0n || !isInteger(den) || !isInteger(num)) return null;
  if (whole && (!isInteger(whole) || !belowPow10(num, 15) || toNumber(num) >= toNumber(den))) return null;
  return (whole ? toNumber(whole) : 0) + toNumber(num) / toNumber(den);
}

/** The value of a folded numeral: sign, then a percentage, a fraction or a plain number. */
function readValue(s: string): number | null {
  const negative = s[0] === '负' || s[0] === '-';
  if (negative) s = s.slice(1);
  let v: number | null;
  const percent = PERCENT.exec(s);
  if (percent) {
    const d = readNumeral(percent[1] ?? percent[2]!);
    v = d && toNumber(d);
  } else {
    const f = fraction(s);
    if (f === undefined) {
      const d = readNumeral(s);
      v = d && toNumber(d);
    } else {
      v = f;
    }
  }
  if (v === null || !Number.isFinite(v) || !exact(v)) return null;
  return negative && v !== 0 ? -v : v;
}

/**
 * Reads one number written in any of the ways Chinese reports use; null for anything else, never a guess.
 * A percentage returns its number of percent (`百分之八十五` and `85%` → 85, as a `%` quantity's value);
 * a fraction returns its value (`三分之一` → 0.333…). Approximate and range forms (`十几`, `三四十`,
 * `一两千`) are null here: the quantity scan reads them in running text with a qualifier.
 *
 * @example
 * parseChineseNumber('一百二十');     // 120
 * parseChineseNumber('两千四百五');   // 2450 (a digit after a unit stands one place lower)
 * parseChineseNumber('一千零十二');   // 1012
 * parseChineseNumber('1.2万');        // 12000
 * parseChineseNumber('４，５６５');   // 4565
 * parseChineseNumber('十五点七');     // 15.7
 * parseChineseNumber('百分之八十五'); // 85
 * parseChineseNumber('负三十二');     // -32
 * parseChineseNumber('二〇二〇');     // 2020
 * parseChineseNumber('三四十');       // null (a range)
 * parseChineseNumber('万一');         // null (a word)
 */
export function parseChineseNumber(input: string): number | null {
  if (input.length > MAX_LENGTH * 4) return null;
  const s = dropSeparators(input.normalize('NFKC').trim().replace(FOLDED, (c) => FOLD[c]!));
  if (!s || s.length > MAX_LENGTH) return null;
  return readValue(s);
}

// Most figures are plain Arabic (`12`, `10.5`): with at most 15 digits before the point, the number the
// double of the text is the one exact arithmetic gives (both round the same decimal once), so it is read
// directly. Leading zeros (`05`, a code) and longer figures take the general path.
const PLAIN_ARABIC = /^(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

/**
 * The plain number of a figure found in normalised text (`300`, `1,234`, `十五`, `3万4千`): no sign,
 * percentage or fraction. Exact: `161.18万` → 1611800.
 */
export function parseNumeral(s: string): number | null {
  if (s.length > MAX_LENGTH) return null;
  if (PLAIN_ARABIC.test(s)) return Number(s);
  const plain = dropSeparators(s);
  const d = plain && readNumeral(plain);
  if (!d) return null;
  const v = toNumber(d);
  return exact(v) ? v : null;
}
