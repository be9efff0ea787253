// The outline of a report: page chrome to skip, section headings, and the report's own facts.
// All functions take the *normalised* text (see ../normalize.ts); callers map offsets with `toSource`.
import { normalize } from '../normalize.js';
import type { Heading } from '../schema.js';
import { findChrome } from './chrome.js';
import { findHeadings } from './headings.js';

export { findChrome } from './chrome.js';
export { findHeadings, findReportStarts } from './headings.js';
export { findFacts, type Facts } from './facts.js';
export type { Range } from './ranges.js';

/**
 * Reads the section headings of a report given as raw text, Simplified or Traditional: the text is
 * normalised here and page chrome is skipped. Titles are Simplified; offsets point into `text`.
 *
 * @example
 * extractHeadings('一、基本情況\n（一）執法隊伍。本年度…');
 * // [{ level: 1, marker: '一、', title: '基本情况', start: 0, end: 6 },
 * //  { level: 2, marker: '(一)', title: '执法队伍', start: 7, end: 14 }]
 */
export function extractHeadings(text: string): Heading[] {
  const n = normalize(text);
  return findHeadings(n.text, findChrome(n.text)).map((h) => ({ ...h, start: n.toSource(h.start), end: n.toSource(h.end) }));
}
