// Finding tables in the normalised text: runs of pipe rows, tab rows, aligned columns, or one cell per
// line, each read into grids; the caption above a table (or the note title after it) and its unit line.
// HTML, DOCX and PDF tables reach this step as pipe rows (the input step renders them so).
import { overlaps, splitLines, type Range, type TextLine } from '../outline/ranges.js';
import { isCaptionLine, isDash, isLabelLine, isTableNumber, readValue, unitLine, type RawCell } from './cells.js';
import { gridsFromRows, type Grid } from './grid.js';
import { alignedRows, alignedTokens, pipeRows, tabRow, type AlignedToken } from './rows.js';
import { gridFromRuns, runsOf, type StackedCell } from './stacked.js';

/** A grid with what stands around it: caption words and units. */
export interface PlacedGrid {
  grid: Grid;
  caption: string | null;
  captionUnits: string[];
}

interface Block {
  /** The tables of the block, each with its first line and the line after it. */
  tables: { grid: Grid; first: number; next: number }[];
  /** The line after the block. */
  next: number;
}

const isBlank = (l: TextLine) => l.text === '';

/**
 * Finds the tables of a normalised text, in order.
 *
 * @example
 * findGrids('表一\n行政许可实施数量(宗) | ||\n申请数量 | 受理数量 | 许可数量 |\n26569 | 26569 | 26462 |', [])[0].caption;
 * // '表一'
 */
export function findGrids(text: string, chrome: readonly Range[], lines: readonly TextLine[] = splitLines(text)): PlacedGrid[] {
  // Chrome rules see a row of short labels (`| 申请数量 | 受理数量 |`, or one per line) as a menu; under
  // the labels stand figures, which no menu has. So rows are read whatever chrome says; a grid needs
  // a row of figures, and captions are never taken from chrome.
  const isChrome = (i: number) => overlaps(chrome, lines[i]!.start, Math.max(lines[i]!.end, lines[i]!.start + 1));
  const out: PlacedGrid[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const block = pipeBlock(text, lines, i) ?? tabBlock(text, lines, i) ?? alignedBlock(text, lines, i) ?? stackedBlock(lines, i);
    if (!block) {
      i++;
      continue;
    }
    block.tables.forEach(({ grid, first, next }, k) => {
      const lookBack = k === 0 || first !== block.tables[k - 1]!.first;
      const { caption, units } = captionOf(lines, first, next, grid, lookBack, isChrome);
      out.push({ grid, caption, captionUnits: units });
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

// A run read whole: its grids, none when it holds no table (the scan then goes on after the run,
// so a long run is read once, never once per line).
function blockOf(grids: readonly Grid[], taken: readonly number[]): Block {
  const next = taken[taken.length - 1]! + 1;
  return { tables: grids.map((grid) => ({ grid, first: taken[0]!, next })), next };
}

function pipeBlock(text: string, lines: readonly TextLine[], from: number): Block | null {
  const taken = run(lines, from, (i) => lines[i]!.text.includes('|'));
  if (taken.length < 2) return null;
  return blockOf(gridsFromRows(pipeRows(text, taken.map((i) => lines[i]!))), taken);
}

function tabBlock(text: string, lines: readonly TextLine[], from: number): Block | null {
  const taken = run(lines, from, (i) => lines[i]!.text !== '' && text.slice(lines[i]!.from, lines[i]!.to).includes('\t'));
  if (taken.length < 2) return null;
  return blockOf(gridsFromRows(taken.map((i) => tabRow(text, lines[i]!))), taken);
}

function alignedBlock(text: string, lines: readonly TextLine[], from: number): Block | null {
  const tokens = new Map<number, AlignedToken[]>();
  // A group header alone on its line (`行政许可实施数量(件)`) may open the block.
  let start = from;
  while (start < from + 2 && start + 1 < lines.length && isLabelLine(lines[start]!.text) && !/\s/.test(lines[start]!.text)) {
    const single = alignedTokens(text, lines[start]!, 1);
    if (!single || single.length !== 1) break;
    tokens.set(start, single);
    start++;
  }
  const body = run(lines, start, (i) => {
    if (isBlank(lines[i]!)) return false;
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
  const read = cells.every((c) => c !== null) ? gridFromRuns(runsOf(cells as StackedCell[]), 0) : null;
  return blockOf(read ? [read.grid] : [], taken);
}

// A cell of a one-cell-per-line table: a value (a number or a dash), a label, or neither (null).
function cellKind(text: string): boolean | null {
  if (readValue(text) || isDash(text)) return true;
  return isLabelLine(text) ? false : null;
}

function stackedCell(c: RawCell): StackedCell | null {
  const value = cellKind(c.text);
  return value === null ? null : { ...c, value };
}

// No header has more labels than this: a longer run of labels starts that many before its values.
const MAX_HEADER_LABELS = 80;

// A run of one-cell-per-line cells, read once: every table in it, each from the first label that
// makes the counts fit.
function stackedBlock(lines: readonly TextLine[], from: number): Block | null {
  if (!isLabelLine(lines[from]!.text)) return null;
  const taken: number[] = [];
  const cells: StackedCell[] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const value = cellKind(l.text);
    if (value === null) break;
    taken.push(i);
    cells.push({ text: l.text, start: l.start, end: l.end, value });
  }
  const runs = runsOf(cells);
  const firstCell: number[] = [];
  runs.reduce((n, r) => (firstCell.push(n), n + r.cells.length), 0);
  const tables: Block['tables'] = [];
  for (let k = 0; k + 1 < runs.length; k++) {
    if (runs[k]!.value) continue;
    const size = runs[k]!.cells.length;
    for (let skip = Math.max(0, size - MAX_HEADER_LABELS); skip + 2 <= size; skip++) {
      const read = gridFromRuns(runs, k, skip);
      if (!read) continue;
      const lastRun = runs[k + read.runs - 1]!;
      tables.push({ grid: read.grid, first: taken[firstCell[k]! + skip]!, next: taken[firstCell[k + read.runs - 1]! + lastRun.cells.length - 1]! + 1 });
      k += read.runs - 1;
      break;
    }
  }
  return { tables, next: taken[taken.length - 1]! + 1 };
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
