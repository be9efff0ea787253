// Quantities: a numeral with its measure word and qualifier (`30余次`, `不少于60小时`, `10.5万元`, `300余万元`).
// Found on the normalised text in one linear pass: each numeral run is found once, then the few characters
// after it are read (figure.ts). Figures without a measure word (years, document and phone numbers, record
// numbers) never become quantities.
import type { Qualifier, Unit } from '../schema.js';
import { ZH_NUMERAL_CHARS } from './chinese.js';
import { readFigure } from './figure.js';

export interface Quantity {
  /** Start of the figure, including a qualifier written before it (`约`, `不少于`). */
  start: number;
  /** End of the measure word and any qualifier after it (`以上`). */
  end: number;
  numStart: number;
  value: number;
  unit: Unit;
  /** The measure word as written (`起`, `家次`, `元`). */
  measure: string;
  qualifier: Qualifier;
  /** A limit in a rule (`1000元及以上的罚款`), not a count of anything. */
  threshold: boolean;
}

// Longest first: the regex alternation takes the first that fits.
const MEASURES: ReadonlyArray<readonly [string, Unit]> = [
  ['人次', 'person_time'],
  ['家次', 'visit'], ['所次', 'visit'], ['户次', 'visit'], ['校次', 'visit'],
  ['场次', 'time'], ['批次', 'time'], ['轮次', 'time'],
  ['小时', 'hour'], ['学时', 'hour'], ['课时', 'hour'],
  ['元', 'yuan'],
  ['起', 'case'], ['件', 'case'], ['宗', 'case'], ['例', 'case'],
  ['名', 'person'], ['人', 'person'], ['位', 'person'],
  ['次', 'time'], ['轮', 'time'], ['场', 'time'], ['期', 'time'],
  ['家', 'institution'], ['所', 'institution'], ['户', 'institution'],
  ['份', 'item'], ['条', 'item'], ['张', 'item'], ['项', 'item'], ['个', 'item'], ['处', 'item'], ['篇', 'item'], ['批', 'item'],
  ['%', 'percent'],
];
const UNIT_OF = new Map(MEASURES);

const MEASURE = MEASURES.map(([m]) => m).join('|');
// What may stand right after a numeral run of a figure: a measure word, an approximation word, a big unit.
// A table by UTF-16 unit, as the run table below: the scan looks up one slot per character.
const MAY_FOLLOW = new Uint8Array(0x10000);
for (const c of [...MEASURES.map(([m]) => m[0]!), '余', '多', '几', '来', '万', '亿', '千']) MAY_FOLLOW[c.charCodeAt(0)] = 1;
// After the measure: qualifiers, and the words that make a figure a threshold.
const AFTER = '及以上|及以下|以上|以下|以内|左右';
const MEASURE_AT = new RegExp(`(${MEASURE})(${AFTER})?`, 'y');
// Measure words that begin a longer word (`一次性`, `多元化`, `7个工作日`, `3个月`) are no measure (`2所年检…`
// is: the schools of an annual inspection).
const NOT_MEASURE_AFTER = /^(?:性|化|工作日|月|小时|星期|季度|百分点|年(?!检)|多月|半月)/;

// A numeral run: digits and Chinese numerals, with `.` and `,` between digits (`1,234.5`) and 点 between
// Chinese numerals (`十五点七万`: read whole, so `七万元` is never taken for a figure of its own). A run is
// found at its first character and taken whole, so no position is read twice: one linear pass whatever the
// text (a million 一 with no measure word after them included). The scan looks characters up in a table
// (1 digit, 2 Chinese numeral) rather than running a regex over the whole text: most text is no numeral.
const ZH = ZH_NUMERAL_CHARS;
const DIGIT_RUN = 1;
const ZH_RUN = 2;
const RUN_CHAR = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) RUN_CHAR[c] = DIGIT_RUN;
for (const c of ZH) RUN_CHAR[c.charCodeAt(0)] = ZH_RUN;
const POINT = '点'.charCodeAt(0);

/** Where the numeral run that starts at `start` ends. */
function runEnd(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (RUN_CHAR[c]) {
      j++;
      continue;
    }
    if (j + 1 >= text.length) break;
    const prev = RUN_CHAR[text.charCodeAt(j - 1)];
    const next = RUN_CHAR[text.charCodeAt(j + 1)];
    // `1,234.5`: a separator between digits; `十五点七`: 点 between Chinese numerals.
    if ((c === 0x2e || c === 0x2c) && prev === DIGIT_RUN && next === DIGIT_RUN) j += 2;
    else if (c === POINT && prev === ZH_RUN && next === ZH_RUN) j += 2;
    else break;
  }
  return j;
}

const BEFORE_QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?:不少于|不低于|至少)[ \t]{0,2}$/, 'at_least'],
  [/(?:超过|逾|多达)[ \t]{0,2}$/, 'more_than'],
  [/(?:将近|接近|大约|约|近)[ \t]{0,2}$/, 'approx'],
  [/(?:不足|不到|不超过|少于)[ \t]{0,2}$/, 'at_most'],
];
const AFTER_QUALIFIER: Record<string, Qualifier> = {
  以上: 'at_least', 以内: 'at_most', 左右: 'approx',
};

// A Chinese numeral glued to these is part of a word or an ordinal (统一, 第三, 初三, 每一).
const ZH_WORD_BEFORE = /[第初高周统唯同单专逐划合均某其每任之万另首]$/;
// An Arabic figure glued to letters, digits or a decimal point is a code (A3, V2.0), not a count.
const CODE_BEFORE = /[A-Za-z0-9._\-/]$/;
const ORDINAL_OR_RATE_BEFORE = /(?:第|每(?:年|月|周|季度?|学期|天|日|次|人|校|所|家)?)[ \t]{0,2}$/;
// `几十家`, `数百人`, `上百万元`: a count no one wrote; the unit after them is no figure of its own.
const VAGUE_BEFORE = /[几数]$/;
const STARTS_WITH_UNIT = /^[十百千万亿]/;
const UPWARD_BEFORE = /(?<!以)上$/;
const STARTS_WITH_BIG_UNIT = /^[百千万亿]/;
// `十七届人大常委会二十八次会议`: after a 届 (term), `N次会议` is the session's number, not a count of meetings.
const TERM_BEFORE = /届[^,.;:!?，。；：、\n]{0,12}$/;
const SESSION_AFTER = /^(?:全体|常务|主任)?会议/;
// `3点5万`: the digits after a decimal point of a figure the run did not take are no figure of their own.
const AFTER_POINT = new RegExp(`[0-9${ZH}]点$`);
const RANGE_BEFORE = /(?:\d|[一二三四五六七八九十])\s*[-~～至到]\s*$/;

/**
 * Finds every quantity in normalised text, in order.
 *
 * @example
 * findQuantities('联合督查30余次')[0]; // { value: 30, unit: 'time', measure: '次', qualifier: 'more_than', … }
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!RUN_CHAR[text.charCodeAt(i)]) continue;
    const runStart = i;
    const runStop = runEnd(text, runStart);
    i = runStop - 1;
    // Most numeral runs are words (一是, 统一, 三项制度 is read; 一是 is not): only a run followed by what
    // can follow a figure is read at all.
    let p = runStop;
    while (p < text.length && p - runStop < 2 && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
    if (p >= text.length || !MAY_FOLLOW[text.charCodeAt(p)]) continue;
    const run = text.slice(runStart, runStop);
    const fig = readFigure(text, runStart, run);
    if (!fig) continue;
    MEASURE_AT.lastIndex = fig.next;
    const m = MEASURE_AT.exec(text);
    if (!m) continue;
    const measure = m[1]!;
    const after = m[2] ?? '';
    const { numStart, value } = fig;
    let end = fig.next + m[0].length;
    if (NOT_MEASURE_AFTER.test(text.slice(end - after.length, end + 4 - after.length))) continue;
    const before = text.slice(Math.max(0, numStart - 6), numStart);
    const isArabic = /^\d/.test(text[numStart]!);
    if (isArabic ? CODE_BEFORE.test(before) : ZH_WORD_BEFORE.test(before)) continue;
    if (ORDINAL_OR_RATE_BEFORE.test(before) || RANGE_BEFORE.test(before) || AFTER_POINT.test(before)) continue;
    if (VAGUE_BEFORE.test(before) && STARTS_WITH_UNIT.test(run)) continue;
    if (UPWARD_BEFORE.test(before) && STARTS_WITH_BIG_UNIT.test(run)) continue;
    if (measure === '次' && SESSION_AFTER.test(text.slice(end, end + 4)) && TERM_BEFORE.test(text.slice(Math.max(0, numStart - 13), numStart))) continue;

    let qualifier: Qualifier = 'exact';
    let start = numStart;
    for (const [re, q] of BEFORE_QUALIFIERS) {
      const hit = re.exec(before);
      if (hit) {
        qualifier = q;
        start = numStart - hit[0].length;
        break;
      }
    }
    // `近百所`, `万余人`: a bare 百, 千 or 万 is a figure only with a qualifier.
    if (fig.bare && qualifier === 'exact' && !fig.qualifier) continue;
    if (fig.qualifier) qualifier = fig.qualifier;
    let threshold = after === '及以上' || after === '及以下' || after === '以下';
    if (after === '以上' && /^(?:的|罚款|处罚|案件)/.test(text.slice(end, end + 2))) threshold = true;
    if (AFTER_QUALIFIER[after] && !threshold) qualifier = AFTER_QUALIFIER[after]!;
    if (after && threshold === false && !AFTER_QUALIFIER[after]) end -= after.length;

    out.push({ start, end, numStart, value, unit: UNIT_OF.get(measure)!, measure, qualifier, threshold });
  }
  return out;
}
