// A table as rows of cells, before it is given meaning. Layouts that keep empty cells (pipes, tabs,
// aligned columns, and what the input step renders from HTML, DOCX and PDF) write a spanning header
// cell as the cell followed by empty cells (colspan) or with empty cells below it (rowspan); this
// turns such rows into a grid whose spanning labels fill every slot they cover.
import { isBareYear, isDash, isCaptionLine, isUnitLine, readValue, type RawCell } from './cells.js';

/** Rows of cells with spans resolved. */
export interface Grid {
  /** Header rows, `width` slots each; a spanning label stands in every slot it covers (one object). */
  header: (RawCell | null)[][];
  /** Data rows, one cell per column; an empty cell has text '' (or is null where a layout has no place for it). */
  rows: (RawCell | null)[][];
  width: number;
  /** Rows above the header that hold a caption or a unit line (`单位:宗`) in one cell. */
  captions: RawCell[];
  /** The header was rebuilt from counts (a layout without empty cells), not read from the layout. */
  guessed?: boolean;
}

const MAX_HEADER_ROWS = 3;

/** An empty cell at an offset (of the row it stands in). */
export const emptyCell = (at: number): RawCell => ({ text: '', start: at, end: at });

// A row of figures: more value (or dash) cells than labels. `合计 | 3 | 4`, `县文旅局 | - | -`.
function isDataRow(row: readonly RawCell[], first: boolean): boolean {
  let values = 0;
  let dashes = 0;
  let labels = 0;
  let years = 0;
  for (const c of row) {
    if (c.text === '') continue;
    if (readValue(c.text)) {
      values++;
      if (isBareYear(c.text)) years++;
    } else if (isDash(c.text)) dashes++;
    else labels++;
  }
  // `项目 | 2023 | 2024` opening a table is a header of year columns.
  if (first && values > 0 && years === values) return false;
  return values + dashes >= 1 && values + dashes >= labels;
}

const nonEmpty = (row: readonly RawCell[]) => row.filter((c) => c.text !== '');

/**
 * Splits rows of cells (empty cells kept) into grids: header rows, then the data rows under them.
 * Several tables in one run of rows (a header row after data rows) give several grids.
 */
export function gridsFromRows(rows: readonly RawCell[][]): Grid[] {
  const full = rows.reduce((most, r) => Math.max(most, r.length), 0); // no spread: tables may have 100,000s of rows
  const filled = rows.map((r) => (r.length < full ? [...r, ...Array.from({ length: full - r.length }, () => emptyCell(r[r.length - 1]?.end ?? 0))] : [...r]));
  // Columns empty in every row (a spreadsheet's unused columns) are no columns.
  const keep = Array.from({ length: full }, (_, c) => filled.some((r) => r[c]!.text !== ''));
  const padded = filled.map((r) => r.filter((_, c) => keep[c]));
  const width = keep.filter(Boolean).length;
  const out: Grid[] = [];
  let i = 0;
  while (i < padded.length) {
    let h = i;
    while (h < padded.length && !isDataRow(padded[h]!, h === i)) h++;
    let d = h;
    while (d < padded.length && isDataRow(padded[d]!, false)) d++;
    if (h > i && d > h) {
      const above = padded.slice(i, h);
      const captions: RawCell[] = [];
      // A row of one caption or unit cell above the header (a title row spanning the table).
      while (above.length > 0) {
        const cells = nonEmpty(above[0]!);
        if (cells.length !== 1 || !(isCaptionLine(cells[0]!.text) || isUnitLine(cells[0]!.text))) break;
        captions.push(cells[0]!);
        above.shift();
      }
      const headerRows = unmerge(above.slice(-MAX_HEADER_ROWS), width);
      if (headerRows.length > 0) out.push({ header: resolveSpans(headerRows, width), rows: padded.slice(h, d), width, captions });
    }
    i = d > i ? d : i + 1;
  }
  return out;
}

// The group label of a two-row header: the cell over several columns (`行政处罚实施数量(宗)`).
const GROUP = /数量|情况|类别|种类|类型|方式/;

// Words copied from a rendered page keep a merged cell as one cell: `行政处罚实施数量(宗)\t罚没金额(万元)`
// over `警告\t罚款\t合计` over four values. Such a header has no empty cells and is narrower than its data;
// the one group label among the upper cells spans the lower row, the others stand over both rows.
function unmerge(rows: RawCell[][], width: number): RawCell[][] {
  if (rows.length !== 2) return rows;
  const [upper, lower] = rows.map((r) => {
    const n = nonEmpty(r).length;
    return r.slice(0, n).every((c) => c.text !== '') ? r.slice(0, n) : null;
  });
  if (!upper || !lower || upper.length < 2 || lower.length < 2 || upper.length - 1 + lower.length !== width) return rows;
  const groups = upper.flatMap((c, i) => (GROUP.test(c.text) ? [i] : []));
  if (groups.length !== 1) return rows;
  const g = groups[0]!;
  const at = (c: RawCell) => emptyCell(c.end);
  const top = [...upper.slice(0, g), upper[g]!, ...lower.slice(1).map(() => at(upper[g]!)), ...upper.slice(g + 1)];
  const bottom = [...upper.slice(0, g).map(at), ...lower, ...upper.slice(g + 1).map(at)];
  return [top, bottom];
}

/**
 * Resolves empty header cells: below a label that starts in this column, the label reaches down
 * (rowspan); otherwise the label to the left reaches across (colspan). A lone empty corner stays null.
 *
 * @example
 * // | 行政处罚实施数量(宗) |  | 罚没金额(万元) |
 * // | 警告 | 合计(宗) |  |
 * // → 行政处罚实施数量 covers columns 0–1, 罚没金额 covers column 2 in both rows.
 */
export function resolveSpans(rows: readonly (readonly RawCell[])[], width: number): (RawCell | null)[][] {
  const out: (RawCell | null)[][] = rows.map(() => new Array<RawCell | null>(width).fill(null));
  rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell && cell.text !== '') {
        out[r]![c] = cell;
        continue;
      }
      const above = r > 0 ? out[r - 1]![c] : null;
      const startsAbove = above && (c === 0 || out[r - 1]![c - 1] !== above);
      if (above && startsAbove) out[r]![c] = above;
      else if (c > 0 && out[r]![c - 1]) out[r]![c] = out[r]![c - 1]!;
    }
  });
  return out;
}
