// Sentences and clauses: the context a rule reads around a figure, found from the figure outwards.
// A sentence ends at 。;!? or a line break; a clause also ends at a comma. A colon does not end one:
// `行政检查:120次` names the figure before the colon. Figures are sparse, so we never split the whole
// text; a context is at most MAX_REACH characters each way, which keeps the cost linear in the text.

export interface Span {
  start: number;
  end: number;
}

const MAX_REACH = 600;
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a;
const isClauseEnd = (c: number) => c === 0x2c || isSentenceEnd(c);

function around(text: string, at: number, within: Span, isEnd: (c: number) => boolean): Span {
  const floor = Math.max(within.start, at - MAX_REACH);
  const ceil = Math.min(within.end, at + MAX_REACH);
  let start = at;
  while (start > floor && !isEnd(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < ceil && !isEnd(text.charCodeAt(end))) end++;
  return { start, end };
}

/** The sentence that holds `at`. */
export function sentenceAt(text: string, at: number): Span {
  return around(text, at, { start: 0, end: text.length }, isSentenceEnd);
}

/** The clause that holds `at`, inside its sentence. */
export function clauseAt(text: string, at: number, sentence: Span): Span {
  return around(text, at, sentence, isClauseEnd);
}
