// Sentences and clauses: the context a rule reads around a figure, found from the figure outwards.
// A sentence ends at 。;!? or a line break; a clause also ends at a comma. A colon does not end one:
// `行政检查:120次` names the figure before the colon. A context is at most MAX_REACH characters each way,
// which keeps the cost linear in the text; `contextsOf` finds the same spans from the stops of a text, read once.

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

/** `sentenceAt` and `clauseAt` for one text. */
export interface Contexts {
  sentenceAt(at: number): Span;
  clauseAt(at: number, sentence: Span): Span;
}

/**
 * The sentences and clauses of one text, the spans `sentenceAt` and `clauseAt` give, found by binary search
 * among the positions of its stops (read in one pass) rather than by a walk from every figure: the
 * extraction asks for the context of each figure several times.
 */
export function contextsOf(text: string): Contexts {
  const sentenceStops: number[] = [];
  const clauseStops: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isClauseEnd(c)) {
      clauseStops.push(i);
      if (c !== 0x2c) sentenceStops.push(i);
    }
  }
  // As `around` walks: from `at` back to just after a stop, forward to a stop, within `within` and MAX_REACH.
  const span = (stops: readonly number[], at: number, within: Span): Span => {
    const floor = Math.max(within.start, at - MAX_REACH);
    const ceil = Math.min(within.end, at + MAX_REACH);
    const k = firstAtOrAfter(stops, at);
    const prev = k > 0 ? stops[k - 1]! : -1;
    const next = k < stops.length ? stops[k]! : Infinity;
    return { start: at <= floor ? at : Math.max(floor, prev + 1), end: at >= ceil ? at : Math.min(ceil, next) };
  };
  const whole = { start: 0, end: text.length };
  return {
    sentenceAt: (at) => span(sentenceStops, at, whole),
    clauseAt: (at, sentence) => span(clauseStops, at, sentence),
  };
}

/** The index of the first element of `sorted` that is `at` or more (its length when none is). */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
