// Finding tables in the normalised text: runs of pipe rows, tab rows, aligned columns, or one cell per
// line, each read into grids; the caption above a table (or the note title after it) and its unit line.
// HTML, DOCX and PDF tables reach this step as pipe rows (the input step renders them so).
import { overlaps, type Range } from '../outline/ranges.js';
import { isCaptionLine, isDash, isLabelLine, isTableNumber, readValue, unitLine, type RawCell } from './cells.js';
import { gridsFromRows, type Grid } from './grid.js';
import { alignedRows, alignedTokens, pipeRows, tabRow, textLines, type AlignedToken, type TextLine } from './rows.js';
import { gridFromStacked, type StackedCell } from './stacked.js';

/** A grid with what stands around it: caption words and units, and the lines it takes. */
export interface PlacedGrid {
  grid: Grid;
  caption: string | null;
  captionUnits: string[];
  /** Lines [first, last] of the layout the grid was read from (caption lines not included). */
  firstLine: number;
  lastLine: number;
}

interface Block {
  grids: Grid[];
  /** The line after the block. */
  next: number;
}

const isBlank = (l: TextLine) => l.text === '';

/**
 * Finds the tables of a normalised text, in order. Chrome lines are never table rows.
 *
 * @example
 * findGrids('表一\n行政许可实施数量(宗) | ||\n申请数量 | 受理数量 | 许可数量 |\n26569 | 26569 | 26462 |', [])[0].caption;
 * // '表一'
 */
export function findGrids(text: string, chrome: readonly Range[]): PlacedGrid[] {
  const lines = textLines(text);
  // Chrome rules see a row of short labels (`| 申请数量 | 受理数量 |`, or one per line) as a menu; under
  // the labels stand figures, which no menu has. So rows are read whatever chrome says; a grid needs
  // a row of figures, and captions are never taken from chrome.
  const usable = (i: number) => i < lines.length;
  const isChrome = (i: number) => overlaps(chrome, lines[i]!.start, Math.max(lines[i]!.end, lines[i]!.start + 1));
  const out: PlacedGrid[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const block = pipeBlock(text, lines, i, usable) ?? tabBlock(text, lines, i, usable) ?? alignedBlock(text, lines, i, usable) ?? stackedBlock(lines, i, usable);
    if (!block) {
      i++;
      continue;
    }
    block.grids.forEach((grid, k) => {
      const { caption, units } = captionOf(lines, i, block.next, grid, k === 0, isChrome);
      out.push({ grid, caption, captionUnits: units, firstLine: i, lastLine: block.next - 1 });
    });
    i = block.next;
  }
  return out;
}

// Consecutive lines passing `test`; single blank lines between them are taken in.
function run(lines: readonly TextLine[], from: number, test: (i: number) => boolean): number[] {
  const taken: number[] = [];
  let i = from;
  while (i < lines.length) {
    if (test(i)) {
      taken.push(i);
      i++;
    } else if (isBlank(lines[i]!) && taken.length > 0 && i + 1 < lines.length && test(i + 1)) i++;
    else break;
  }
  return taken;
}

const blockOf = (grids: Grid[], taken: readonly number[]): Block | null =>
  grids.length > 0 ? { grids, next: taken[taken.length - 1]! + 1 } : null;

function pipeBlock(text: string, lines: readonly TextLine[], from: number, usable: (i: number) => boolean): Block | null {
  const taken = run(lines, from, (i) => usable(i) && lines[i]!.text.includes('|'));
  if (taken.length < 2) return null;
  return blockOf(gridsFromRows(pipeRows(text, taken.map((i) => lines[i]!))), taken);
}

function tabBlock(text: string, lines: readonly TextLine[], from: number, usable: (i: number) => boolean): Block | null {
  const taken = run(lines, from, (i) => usable(i) && lines[i]!.text !== '' && text.slice(lines[i]!.from, lines[i]!.to).includes('\t'));
  if (taken.length < 2) return null;
  return blockOf(gridsFromRows(taken.map((i) => tabRow(text, lines[i]!))), taken);
}

function alignedBlock(text: string, lines: readonly TextLine[], from: number, usable: (i: number) => boolean): Block | null {
  const tokens = new Map<number, AlignedToken[]>();
  // A group header alone on its line (`行政许可实施数量(件)`) may open the block.
  let start = from;
  while (start < from + 2 && start + 1 < lines.length && isLabelLine(lines[start]!.text) && !lines[start]!.text.includes('  ')) {
    const single = alignedTokens(text, lines[start]!, 1);
    if (!single || single.length !== 1) break;
    tokens.set(start, single);
    start++;
  }
  const body = run(lines, start, (i) => {
    if (!usable(i) || isBlank(lines[i]!)) return false;
    const t = alignedTokens(text, lines[i]!);
    if (t) tokens.set(i, t);
    return t !== null;
  });
  if (body.length < 2 || body[0] !== start) return null;
  const taken = [...Array.from({ length: start - from }, (_, k) => from + k), ...body];
  const rows = alignedRows(taken.map((i) => tokens.get(i)!));
  if (rows) return blockOf(gridsFromRows(rows), taken);
  // Columns that do not line up: read the tokens in order, as one cell per line.
  const cells = taken.flatMap((i) => tokens.get(i)!).map(stackedCell);
  if (cells.some((c) => c === null)) return null;
  const read = gridFromStacked(cells as StackedCell[]);
  return read ? blockOf([read.grid], taken) : null;
}

function stackedCell(c: RawCell): StackedCell | null {
  if (readValue(c.text) || isDash(c.text)) return { ...c, value: true };
  return isLabelLine(c.text) ? { ...c, value: false } : null;
}

function stackedBlock(lines: readonly TextLine[], from: number, usable: (i: number) => boolean): Block | null {
  const first = lines[from]!;
  if (!isLabelLine(first.text)) return null;
  const taken: number[] = [];
  const cells: StackedCell[] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (!usable(i)) break;
    const c = stackedCell({ text: l.text, start: l.start, end: l.end });
    if (!c) break;
    taken.push(i);
    cells.push(c);
  }
  const read = gridFromStacked(cells);
  if (!read) return null;
  return { grids: [read.grid], next: taken[read.used - 1]! + 1 };
}

const NOTE_TITLE = /\s*(?:填报|填表)?(?:说明|注释|备注|注)\s*[:]?\s*$/;
const UNIT_SUFFIX = /\s*[(]?(?:金额|计量)?单位\s*[:].*$/;

// The caption: above the table, a table number (`表一`), a title (`…统计表`) and a unit line, in any
// order, at most one of each; else a title on the line after the table that opens its notes
// (`2020年度行政许可实施情况统计表(表一)说明:`). Caption rows inside the table count too.
function captionOf(
  lines: readonly TextLine[],
  first: number,
  next: number,
  grid: Grid,
  firstGrid: boolean,
  isChrome: (i: number) => boolean,
): { caption: string | null; units: string[] } {
  const parts: string[] = [];
  const units: string[] = [];
  let number = false;
  let title = false;
  const take = (text: string, above = true): boolean => {
    const u = unitLine(text);
    if (u) {
      if (units.length > 0) return false;
      units.push(...u);
      return true;
    }
    if (!isCaptionLine(text)) return false;
    const suffix = UNIT_SUFFIX.exec(text);
    const words = suffix ? text.slice(0, suffix.index) : text;
    if (suffix) units.push(...(unitLine(suffix[0].trim()) ?? []));
    const isNumber = isTableNumber(words);
    if (isNumber ? number : title) return false;
    if (isNumber) number = true;
    else title = true;
    const cleaned = words.replace(/[:\s]+$/, '');
    if (above) parts.unshift(cleaned);
    else parts.push(cleaned);
    return true;
  };
  if (firstGrid) {
    for (let i = first - 1, seen = 0; i >= 0 && seen < 3; i--) {
      const l = lines[i]!;
      if (isBlank(l)) continue;
      seen++;
      if (isChrome(i) || !take(l.text)) break;
    }
  }
  for (const c of grid.captions) take(c.text, false);
  if (parts.length === 0) {
    let i = next;
    while (i < lines.length && isBlank(lines[i]!)) i++;
    const l = lines[i];
    if (l && !isChrome(i) && isCaptionLine(l.text) && NOTE_TITLE.test(l.text)) parts.push(l.text.replace(NOTE_TITLE, ''));
  }
  const caption = parts.join(' ').replace(/\s+/g, ' ').trim();
  return { caption: caption === '' ? null : caption, units };
}
