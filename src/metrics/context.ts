// Sentences and clauses: the context a rule reads around a figure.
// A sentence ends at 。;!? or a line break; a clause also ends at a comma. A colon does not end one:
// `行政检查:120次` names the figure before the colon.

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。;!?\n]/g;
const CLAUSE_END = /,/g;

/** Sentences of the text, each with its clauses, in order. */
export interface Sentence extends Span {
  clauses: Span[];
}

function cut(text: string, from: number, to: number, re: RegExp): Span[] {
  const out: Span[] = [];
  let start = from;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

export function splitSentences(text: string): Sentence[] {
  return cut(text, 0, text.length, SENTENCE_END).map((s) => ({ ...s, clauses: cut(text, s.start, s.end, CLAUSE_END) }));
}

/** Finds the sentence and clause that hold `offset`, by binary search over sorted spans. */
export function locate<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
