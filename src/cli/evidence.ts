// The words a figure was read from, with the text around them: what a reader checks before trusting it.
import type { Metric, Report, SummaryValue } from '../schema.js';

/** Characters of context shown on either side of the evidence words. */
export const CONTEXT_CHARS = 30;

export interface Evidence {
  /** The source words (the metric's `text`). */
  words: string;
  start: number;
  end: number;
  /** Up to CONTEXT_CHARS characters before and after, line breaks as spaces; null when the record has no text. */
  before: string | null;
  after: string | null;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The evidence of one metric in a record made with --include-text (context null without the text). */
export function evidenceOf(m: Metric, text: string | undefined, chars = CONTEXT_CHARS): Evidence {
  if (text === undefined) return { words: m.text, start: m.start, end: m.end, before: null, after: null };
  return {
    words: m.text,
    start: m.start,
    end: m.end,
    before: flat(text.slice(Math.max(0, m.start - chars), m.start)),
    after: flat(text.slice(m.end, m.end + chars)),
  };
}

/** The evidence of a summary value: one entry per metric it rests on. */
export function summaryEvidence(r: Report, s: SummaryValue, chars = CONTEXT_CHARS): Evidence[] {
  return s.evidence.flatMap((i) => {
    const m = r.metrics[i];
    return m ? [evidenceOf(m, r.text, chars)] : [];
  });
}
