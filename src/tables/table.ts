// A grid given meaning: each column's header path and unit, which standard table it is, which columns
// name the rows (单位名称, 项目) and which metric kind each figure column holds.
import type { Kind, TableStandard } from '../schema.js';
import { isDash, isMoneyUnit, readValue, splitLabel, type RawCell } from './cells.js';
import { columnKind, LABEL_COLUMN, standardOf } from './columns.js';
import type { PlacedGrid } from './find.js';

export interface FoundColumn {
  /** Header labels, outermost first, without units. */
  path: string[];
  unit: string | null;
  /** The column's own header cell (the innermost label); null for a column without one. */
  label: RawCell | null;
  /** The column names the rows (agencies, items, years) instead of holding figures. */
  names: boolean;
  kind: Kind | null;
  /** The year a column of a year (`2024年`) is for. */
  year: number | null;
  /** Another column of the table states the kind more exactly: its figures are items. */
  secondary: boolean;
}

/** How the rows of a table are told apart. */
export type RowMode = 'single' | 'agencies' | 'items' | 'unnamed';

export interface FoundTable {
  caption: string | null;
  /** The year the caption states (`2020年度行政处罚实施情况统计表`). */
  captionYear: number | null;
  standard: TableStandard;
  columns: FoundColumn[];
  rows: (RawCell | null)[][];
  mode: RowMode;
  /** Offsets of the first header cell and past the last data cell, in the normalised text. */
  start: number;
  end: number;
  /**
   * Why the columns cannot be trusted, when they cannot: a header rebuilt from counts whose 合计 is not
   * the sum of the columns its group holds before it. Such a table gives no figures.
   */
  doubt: string | null;
}

const YEAR_LABEL = /^((?:19|20)\d{2})年?度?$/;
const YEAR_IN = /((?:19|20)\d{2})\s*年/;
const MONEY_WORDS = /金额|罚没|罚款金额|万元/;
const CERTIFIED = /持证|执证|持有/;

const yearOf = (re: RegExp, s: string | null) => {
  const m = s ? re.exec(s) : null;
  return m ? Number(m[1]) : null;
};

// The distinct labels over a column, top to bottom (a spanning label is one object in several slots).
function labelsOver(header: readonly (RawCell | null)[][], c: number): RawCell[] {
  const out: RawCell[] = [];
  for (const row of header) {
    const cell = row[c];
    if (cell && cell.text !== '' && out[out.length - 1] !== cell) out.push(cell);
  }
  return out;
}

// Column c has cells, and none of them is a value or a dash: it names the rows.
function onlyWords(rows: readonly (RawCell | null)[][], c: number): boolean {
  let any = false;
  for (const r of rows) {
    const x = r[c];
    if (x == null || x.text === '') continue;
    if (readValue(x.text) || isDash(x.text)) return false;
    any = true;
  }
  return any;
}

/**
 * Reads a placed grid into a table: column paths and units (the header's, else the caption's), the
 * standard it is, the kind of each figure column, and how its rows are named.
 */
export function buildTable(placed: PlacedGrid): FoundTable {
  const { grid } = placed;
  const columns: FoundColumn[] = [];
  for (let c = 0; c < grid.width; c++) {
    const labels = labelsOver(grid.header, c);
    // The path has the labels' names; the unit is the innermost label's that states one.
    const path: string[] = [];
    let unit: string | null = null;
    for (const cell of labels) {
      const label = splitLabel(cell.text);
      if (label.name !== '') path.push(label.name);
      if (label.unit !== null) unit = label.unit;
    }
    const leaf = path[path.length - 1] ?? '';
    const names = LABEL_COLUMN.test(leaf) || onlyWords(grid.rows, c);
    const year = yearOf(YEAR_LABEL, leaf);
    columns.push({ path, unit, label: labels[labels.length - 1] ?? null, names, kind: null, year, secondary: false });
  }
  const figures = columns.filter((c) => !c.names);
  const standard = standardOf(placed.caption, figures.map((c) => c.path));
  for (const col of figures) {
    col.kind = col.year !== null && col.path.length === 1 ? null : columnKind(col.path, standard);
    if (col.unit === null) col.unit = captionUnit(placed.captionUnits, col);
  }
  // 执法人员数 beside 持证人数: officers.total is the certified count; the staff count is an item.
  const officers = figures.filter((c) => c.kind === 'officers.total');
  if (officers.some((c) => CERTIFIED.test(c.path.join('')))) for (const c of officers) c.secondary = !CERTIFIED.test(c.path.join(''));
  const named = columns.some((c) => c.names);
  const mode: RowMode = !named
    ? grid.rows.length === 1 ? 'single' : 'unnamed'
    : figures.some((c) => c.kind !== null) ? 'agencies' : 'items';
  const { start, end } = extent(grid.header, grid.rows);
  return {
    caption: placed.caption,
    captionYear: yearOf(YEAR_IN, placed.caption),
    standard,
    columns,
    rows: grid.rows,
    mode,
    start,
    end,
    doubt: grid.guessed ? sumDoubt(columns, grid.rows) : null,
  };
}

// From the first header cell (or data cell) to past the last one; empty cells do not count. Walked in
// loops, not flattened and spread: a table may have 100,000s of cells (and flat() is slow on small ones too).
function extent(header: readonly (RawCell | null)[][], rows: readonly (RawCell | null)[][]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const part of [header, rows]) {
    for (const row of part) {
      for (const x of row) {
        if (x == null || x.text === '') continue;
        // Header cells count by where they start, data cells by where they end.
        if (part === header) {
          if (x.start < start) start = x.start;
          if (x.start > end) end = x.start;
        } else {
          if (x.end < start) start = x.end;
          if (x.end > end) end = x.end;
        }
      }
    }
  }
  return { start, end };
}

const TOTAL = /^(?:合计|总计)$/;

// In the standard tables a group's 合计 is the sum of the columns before it in the group (each decision
// counted once, under its heaviest type). A header rebuilt from counts that breaks this has its labels
// over the wrong figures: a wrong number is worse than none.
function sumDoubt(columns: readonly FoundColumn[], rows: readonly (RawCell | null)[][]): string | null {
  const parent = (c: FoundColumn) => c.path.slice(0, -1).join('>');
  for (let t = 0; t < columns.length; t++) {
    const total = columns[t]!;
    if (total.path.length < 2 || !TOTAL.test(total.path[total.path.length - 1]!)) continue;
    const group = parent(total);
    const parts: number[] = [];
    for (let i = 0; i < t; i++) {
      const c = columns[i]!;
      if (!c.names && parent(c) === group && !MONEY_WORDS.test(c.path.join(''))) parts.push(i);
    }
    if (parts.length === 0) continue;
    for (const row of rows) {
      const want = row[t] ? readValue(row[t]!.text) : null;
      const got = parts.map((i) => (row[i] ? readValue(row[i]!.text) : null));
      if (!want || got.some((v) => !v)) continue;
      const sum = got.reduce((n, v) => n + v!.number, 0);
      if (Math.abs(sum - want.number) > 1e-6) {
        return `the ${total.path.join('>')} column (${want.number}) is not the sum of the ${parts.length} columns before it (${sum})`;
      }
    }
  }
  return null;
}

// A caption's units (`单位:宗、万元`) for a column whose header states none: money to money columns,
// the other unit to the rest.
function captionUnit(units: readonly string[], col: FoundColumn): string | null {
  if (units.length === 0) return null;
  const money = units.find(isMoneyUnit) ?? null;
  const count = units.find((u) => !isMoneyUnit(u)) ?? null;
  const isMoney = col.kind === 'penalty.fines' || MONEY_WORDS.test(col.path.join(''));
  return isMoney ? money : count;
}
