// The year a report covers. Read from the title first, then from the opening paragraph; a date line
// (signature or letterhead) only counts together with 今年/一年来 in the opening. Never from a range
// (`(2021-2025年)`), a full date (`2021年1月6日`), or a year inside 《…》 or brackets in the body.
import { spelledYear } from './numerals.js';

const MIN_YEAR = 1990;
const MAX_YEAR = 2099;
/** How much body text after the title counts as the opening. */
export const OPENING_CHARS = 600;

const YEAR_DIGITS = /(?:19|20)\d{2}|[二一][〇○零O0][〇○零O0一二三四五六七八九]{2}/g;
const RANGE_MARKS = '-—–~～至到';
// After `年`: a second year of a range, or month and day of a full date.
const RANGE_AFTER = /^\s*[-—–~～至到]\s*(?:\d|[二一][〇○零])/;
const FULL_DATE_AFTER = /^\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日/;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHanChar = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

// Whether the year at [at, end) is one end of a range: `2021-2025`, `2021年至2025年`.
function inRange(s: string, at: number, end: number): boolean {
  const before = s[at - 1];
  if (before !== undefined && RANGE_MARKS.includes(before)) {
    const back = s[at - 2] === '年' ? s[at - 3] : s[at - 2];
    if (isDigit(back)) return true;
  }
  let k = end;
  while (s[k] === ' ') k++;
  if (s[k] === '年') k++;
  return RANGE_AFTER.test(s.slice(k, k + 8));
}

/** A covered-year mention starting at `m.index`, or null. `bare` accepts a year without 年 (titles). */
function yearOf(s: string, m: RegExpExecArray, bare: boolean): number | null {
  const at = m.index;
  const end = at + m[0].length;
  const before = s[at - 1];
  if (isDigit(before) || before === '.' || before === '/' || isDigit(s[end]) || inRange(s, at, end)) return null;
  let k = end;
  while (s[k] === ' ') k++;
  if (s[k] === '年') {
    if (FULL_DATE_AFTER.test(s.slice(k + 1, k + 16))) return null;
  } else if (!(bare && isHanChar(s[k]) && !RANGE_MARKS.includes(s[k]!))) {
    return null;
  }
  const y = isDigit(m[0][0]) ? Number(m[0]) : spelledYear(m[0]);
  return y !== null && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** The first covered year in a title (`2020年度…总结`, `…2023 年度…`), or null. */
export function yearInTitle(title: string): number | null {
  for (const m of title.matchAll(YEAR_DIGITS)) {
    const y = yearOf(title, m, true);
    if (y !== null) return y;
  }
  return null;
}

const OPENERS = '《“(（〔[【「';
const CLOSERS = '》”)）〕]】」';

/** The first year in running text that stands outside quotes and brackets, or null. */
export function yearInBody(s: string): number | null {
  let depth = 0;
  let scanned = 0;
  for (const m of s.matchAll(YEAR_DIGITS)) {
    for (; scanned < m.index; scanned++) {
      const c = s[scanned]!;
      if (OPENERS.includes(c)) depth++;
      else if (CLOSERS.includes(c) && depth > 0) depth--;
      else if (c === '\n') depth = 0;
    }
    if (depth > 0) continue;
    const y = yearOf(s, m, false);
    if (y !== null) return y;
  }
  return null;
}

const DATE_LINE = /^(\d{4}|[二一][〇○零O0][〇○零O0一二三四五六七八九]{2})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$/;
const PRESENT = /今年|本年/;
const PAST = /一年来|过去一年|过去的一年/;
/** A report dated this late in a year that says 今年 covers that year. */
const LATE_MONTH = 7;
/** A report dated this early that says 一年来 covers the year before. */
const EARLY_MONTH = 3;

/**
 * The covered year from a date line and the opening's words: `今年以来…` dated 2023年12月 → 2023;
 * `一年来…` dated 2021年1月 → 2020. Null when the two do not fit together.
 */
export function yearFromDate(dateLine: string, opening: string): number | null {
  const m = DATE_LINE.exec(dateLine);
  if (!m) return null;
  const year = isDigit(m[1]![0]) ? Number(m[1]) : spelledYear(m[1]!);
  const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : smallMonth(m[2]!);
  if (year === null || month === null) return null;
  if (PRESENT.test(opening) && month >= LATE_MONTH) return year;
  if (PAST.test(opening) && month <= EARLY_MONTH) return year - 1;
  return null;
}

const MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const smallMonth = (s: string) => {
  const i = MONTHS.indexOf(s);
  return i < 0 ? null : i + 1;
};

/** Whether a line is a date alone, as a signature or letterhead writes it. */
export const isDateLine = (s: string) => DATE_LINE.test(s);
