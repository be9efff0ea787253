// Rows of cells from the text layouts that keep empty cells: pipe-separated (`| 12175 | 94929 |`,
// `a | b |`, and one cell per line between bare `|` lines), tab-separated, and columns aligned with
// spaces. Offsets are into the normalised text.
import type { TextLine } from '../outline/ranges.js';
import { emptyCell } from './grid.js';
import { isDash, isLabelLine, readValue, SENTENCE_MARK, type RawCell } from './cells.js';

export type { TextLine } from '../outline/ranges.js';

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff;

// Cells between separators in text[from, to), trimmed; an empty cell stands where its gap starts.
function cellsBetween(text: string, from: number, to: number, separator: string): RawCell[] {
  const out: RawCell[] = [];
  let at = from;
  for (;;) {
    let next = text.indexOf(separator, at);
    if (next < 0 || next > to) next = to;
    let s = at;
    let e = next;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x0a)) e--;
    // A row spread over several lines has line breaks between its cells.
    while (s < e && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 0x0a)) s++;
    out.push(s < e ? { text: text.slice(s, e), start: s, end: e } : emptyCell(s));
    if (next >= to) return out;
    at = next + separator.length;
  }
}

const NO_CONTENT = /^[|\s]*$/;
const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/**
 * The cells of one pipe row, text[start, end): a leading and a trailing `|` are the row's edges,
 * every `|` between ends a cell. Null for a Markdown separator row (`|---|---|`).
 *
 * @example
 * pipeRow('12175 | 94929 |', 0, 15).map((c) => c.text); // ['12175', '94929']
 * pipeRow('| a |  | b |', 0, 12).map((c) => c.text);   // ['a', '', 'b']
 */
export function pipeRow(text: string, start: number, end: number): RawCell[] | null {
  const line = text.slice(start, end);
  // A line of bars alone (`||||`) holds no cell: it is read as nothing, not as a row of empty cells
  // (a page of them once made hundreds of thousands of cells).
  if (SEPARATOR_ROW.test(line) || NO_CONTENT.test(line)) return null;
  let s = start;
  let e = end;
  if (text.charCodeAt(s) === 0x7c) s++;
  if (e > s && text.charCodeAt(e - 1) === 0x7c) e--;
  return cellsBetween(text, s, e, '|');
}

/**
 * Rows of a run of pipe lines. Lines that are a bare `|` open a row whose cells follow one per line
 * (`|` / `警告 |` / `罚款 |`); otherwise each line is a row.
 */
export function pipeRows(text: string, lines: readonly TextLine[]): RawCell[][] {
  const rows: RawCell[][] = [];
  const bare = (l: TextLine) => l.text === '|';
  if (!lines.some(bare)) {
    for (const l of lines) {
      const row = pipeRow(text, l.start, l.end);
      if (row) rows.push(row);
    }
    return rows;
  }
  // A bare `|` also stands for one empty cell. Rows have the width most rows have when every bare
  // line opens one; a bare line opens a row only when the row before it is full.
  const naive = splitAtBare(text, lines, () => true);
  const widths = new Map<number, number>();
  for (const r of naive) if (r.length > 1) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [w, n] of widths) if (n > most || (n === most && w > width)) [width, most] = [w, n];
  return splitAtBare(text, lines, (cells) => cells >= width);
}

// Rows of a pipe run with bare `|` lines: `opens(cellsSoFar)` tells whether a bare line opens a row.
function splitAtBare(text: string, lines: readonly TextLine[], opens: (cells: number) => boolean): RawCell[][] {
  const rows: RawCell[][] = [];
  let current: RawCell[] | null = null;
  for (const l of lines) {
    if (l.text === '|' && (current === null || opens(current.length))) {
      current = [];
      rows.push(current);
      continue;
    }
    if (l.text === '|') {
      current!.push(emptyCell(l.start));
      continue;
    }
    const cells = pipeCells(text, l);
    if (!cells) continue;
    if (current) current.push(...cells);
    else rows.push(cells);
  }
  return rows;
}

// The cells of one line of a row written one cell per line: every `|` ends a cell (`警告 |`,
// `|||` for three empty ones).
function pipeCells(text: string, l: TextLine): RawCell[] | null {
  if (SEPARATOR_ROW.test(l.text)) return null;
  let e = l.end;
  if (text.charCodeAt(e - 1) === 0x7c) e--;
  return cellsBetween(text, l.start, e, '|');
}

/** The cells of a tab-separated line; leading and trailing tabs are empty cells. */
export function tabRow(text: string, line: TextLine): RawCell[] {
  let to = line.to;
  if (text.charCodeAt(to - 1) === 0x0d) to--;
  return cellsBetween(text, line.from, to, '\t');
}

// White space that sets two pieces apart: anything but one plain space between words.
const PIECE_GAP = /\S(?:\s{2,}|[^\S ])\S/;

const isFigure = (w: string) => readValue(w) !== null || isDash(w);
const isCellWord = (w: string) => isLabelLine(w) || isFigure(w);

/** A token of an aligned line: its cell and its display columns (a Han character is two wide). */
export interface AlignedToken extends RawCell {
  col: number;
  colEnd: number;
  /** Set apart by one space only: its place on the line says nothing of its column. */
  loose: boolean;
}

// Wide characters (Hangul Jamo, CJK, Hangul syllables, compatibility ideographs and forms, full-width forms)
// take two columns; everything else, characters outside the BMP included, one.
const isWide = (c: number) =>
  (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
const displayWidth = (s: string) => {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character, one column wide.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    w += isWide(c) ? 2 : 1;
  }
  return w;
};

/**
 * Tokens of a line whose cells are set apart by two or more spaces (figures by one or more), with
 * their display columns. Null when the line is no row of such a table.
 */
export function alignedTokens(text: string, line: TextLine, least = 2): AlignedToken[] | null {
  // The line's own bounds, less a CR before its line break.
  const to = text.charCodeAt(line.to - 1) === 0x0d && line.to > line.from ? line.to - 1 : line.to;
  const raw = text.slice(line.from, to);
  if (raw.includes('\t') || raw.includes('|')) return null;
  // Cells stand apart by spaces: a line without one (most paragraphs) is a single piece.
  if (least >= 2 && !raw.includes(' ')) return null;
  // A sentence spaced by single spaces only (`2023 年共办理…。`) is one piece, and its word with the stop is
  // no cell: no row. (Most lines with a space are such sentences; they are not split into words.)
  if (least >= 2 && SENTENCE_MARK.test(raw) && !PIECE_GAP.test(raw)) return null;
  const pieces = [...raw.matchAll(/\S+(?: \S+)*/g)];
  // A run of figures set one space apart is several cells. (Most pieces are words: their first word tells.)
  const tokens: { text: string; at: number; loose?: boolean }[] = [];
  for (const p of pieces) {
    const space = p[0].indexOf(' ');
    const words = space > 0 && isFigure(p[0].slice(0, space)) ? p[0].split(' ') : [p[0]];
    if (words.length > 1 && words.every(isFigure)) {
      let at = p.index;
      for (const w of words) {
        tokens.push({ text: w, at, loose: true });
        at += w.length + 1;
      }
    } else tokens.push({ text: p[0], at: p.index });
  }
  // Cells set apart by one space, as PDF text of a table without borders has them: every word a label
  // or a figure (`警告 罚款 合计(宗)`). Sentences have no spaces between their words.
  if (tokens.length < least && pieces.length > 0 && isCellWord(pieces[0]![0].split(' ', 1)[0]!)) {
    const words = [...raw.matchAll(/\S+/g)];
    if (words.length >= least && words.every((w) => isCellWord(w[0]))) {
      tokens.length = 0;
      for (const w of words) tokens.push({ text: w[0], at: w.index, loose: true });
    }
  }
  if (tokens.length < least) return null;
  // Display columns summed as the line is walked once (a line of a million cells stays linear).
  let pos = 0;
  let col = 0;
  return tokens.map((t) => {
    col += displayWidth(raw.slice(pos, t.at));
    pos = t.at;
    return { text: t.text, start: line.from + t.at, end: line.from + t.at + t.text.length, col, colEnd: col + displayWidth(t.text), loose: t.loose === true };
  });
}

/**
 * Places aligned tokens into columns: the columns are those of the widest row of figures, and a
 * header token goes to the column it starts in (a group's label spans to the next label). Null when
 * the figure rows do not line up, or when cells are set apart by one space (their places tell nothing).
 */
export function alignedRows(lines: readonly AlignedToken[][]): RawCell[][] | null {
  if (lines.some((row) => row.some((t) => t.loose))) return null;
  const isFigureRow = (row: readonly AlignedToken[]) => row.filter((t) => readValue(t.text) || isDash(t.text)).length >= 2;
  const figureRows = lines.filter(isFigureRow);
  if (figureRows.length === 0) return null;
  const width = figureRows.reduce((most, r) => Math.max(most, r.length), 0); // no spread: rows may be 100,000s
  const widest = figureRows.find((r) => r.length === width)!;
  // Column k runs from its start to the next column's start; figures may be right-aligned in it.
  const starts = widest.map((t) => t.col);
  const columnOf = (t: AlignedToken) => {
    let k = 0;
    while (k + 1 < starts.length && t.col >= starts[k + 1]! - 1) k++;
    return k;
  };
  const rows: RawCell[][] = [];
  for (const row of lines) {
    const cells: RawCell[] = Array.from({ length: width }, () => emptyCell(row[0]!.start));
    for (const t of row) {
      const k = columnOf(t);
      if (cells[k]!.text !== '') return null; // two tokens in one column: not aligned
      cells[k] = { text: t.text, start: t.start, end: t.end };
    }
    rows.push(cells);
  }
  return rows;
}
