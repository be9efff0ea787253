// The year a figure is for: stated in its sentence (`2023年…处罚1件`, `去年`), else the report's year.
// Figures planned (`计划检查10次`), laid down as a frequency (`每学期检查2次`) or compared with another period (`较去年增加3件`) are no results.
import { eachMatch } from '../matches.js';
import type { Draft } from '../metrics/draft.js';
import { COMPARED, FREQUENCY, PLANNED } from '../metrics/words.js';

const YEAR = /(?<![-—~至\d])((?:19|20)\d{2})\s*年/g;
const LAST_YEAR = /去年|上年|上一年/g;
const lastIndexOf = (re: RegExp, s: string) => {
  let at = -1;
  eachMatch(re, s, (m) => (at = m.index));
  return at;
};
// `本年度`, `今年`, `全年` state the report's own year.
const THIS_YEAR = /本年|今年|全年|年内|年度内/;
const notAResult = new RegExp(`${PLANNED}|${COMPARED}|${FREQUENCY}`);

export interface FigureYear {
  year: number | null;
  stated: boolean;
}

// An aside in brackets (`同比下降14.8%(2022年为27件)`) and the year a figure is compared with
// (`较2022年的45宗减少13宗`, `与2022年同期相比`) say nothing about the year of the figures after them.
const ASIDE = /\([^()]*\)/g;
const COMPARED_WITH = /[较比与同]$/;
const comparedYear = (s: string, m: RegExpExecArray) =>
  COMPARED_WITH.test(s.slice(Math.max(0, m.index - 1), m.index)) || s.startsWith('同期', m.index + m[0].length);

export function figureYear(text: string, d: Draft, reportYear: number | null): FigureYear {
  const sentence = text.slice(d.sentence.start, d.at);
  const before = sentence.includes('(') ? sentence.replace(ASIDE, (a) => ' '.repeat(a.length)) : sentence;
  let stated: number | null = null;
  eachMatch(YEAR, before, (m) => {
    if (!comparedYear(before, m)) stated = Number(m[1]);
  });
  if (stated !== null) return { year: stated, stated: true };
  // `由上年的20名减少至18名`: a figure reached by a change since last year is this year's.
  const last = lastIndexOf(LAST_YEAR, before);
  if (last >= 0 && reportYear !== null) {
    const since = before.slice(last);
    return { year: /(?:增加|减少|下降|上升|增长|降|升)(?:到|至|为)/.test(since) ? reportYear : reportYear - 1, stated: true };
  }
  if (THIS_YEAR.test(before)) return { year: reportYear, stated: true };
  return { year: reportYear, stated: false };
}

// A plan verb opening the sentence governs all of it: `计划培训200人次,开展检查不少于5轮`.
const PLANNED_SENTENCE = new RegExp(`^(?:(?:19|20)\\d{2}年|下一步|明年|今后)?[,\\s]*(?:我局|我们|全局|局)?(?:将)?(?:${PLANNED})`);

/** True when the words before the figure make it a plan, a frequency or a comparison. */
export function isNotAResult(clauseBefore: string, sentenceBefore: string): boolean {
  return notAResult.test(clauseBefore) || PLANNED_SENTENCE.test(sentenceBefore);
}
