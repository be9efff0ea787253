// Character ranges and the per-line view of a text that every outline step works on.

/** A [start, end) range of the text. */
export type Range = readonly [start: number, end: number];

/** One line of the text: `start`/`end` bound its content, blanks at either side left out. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** A line as `splitLines` gives it: also `from`/`to`, the line's own bounds (line break excluded). */
export interface TextLine extends Line {
  from: number;
  to: number;
}

// Space, tab, CR, ideographic space, no-break space and BOM do not count as line content.
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff;

/**
 * Splits on `\n`, one pass; empty lines are kept so that line adjacency stays visible. The parser splits
 * a text once and hands the lines to every step that reads lines.
 */
export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    out.push({ from: pos, to: nl, start: s, end: e, text: text.slice(s, e) });
    pos = nl + 1;
  }
  return out;
}

/** CJK ideographs (basic block and extension A). */
export const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** True when [start, end) meets a range. `ranges` must be sorted and disjoint (as findChrome returns them). */
export function overlaps(ranges: readonly Range[], start: number, end: number = start + 1): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (r[1] <= start) lo = mid + 1;
    else if (r[0] >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Sorts and merges ranges given by a caller, so that `overlaps` may search them. */
export function tidyRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
