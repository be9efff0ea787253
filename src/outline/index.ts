// The outline of a report: page chrome to skip, section headings, and the report's own facts.
// All functions take the *normalised* text (see ../normalize.ts); offsets are the same in the source.
import type { Heading } from '../schema.js';

/** A [start, end) range of the text. */
export type Range = readonly [start: number, end: number];

/** Ranges of page chrome (navigation, footers, 发布日期, 【正文】, ICP and record numbers): never metrics. */
export function findChrome(_text: string): Range[] {
  return []; // STUB: replaced by the outline work
}

/** Section headings in order (levels 0–4), outside chrome. */
export function findHeadings(_text: string, _chrome: readonly Range[] = []): Heading[] {
  return []; // STUB
}

/** The report's own facts. `year` is the year covered, not the publication date. */
export interface Facts {
  title: string | null;
  titleStart: number | null;
  year: number | null;
  issuer: string | null;
}

export function findFacts(_text: string, _chrome: readonly Range[] = []): Facts {
  return { title: null, titleStart: null, year: null, issuer: null }; // STUB
}
