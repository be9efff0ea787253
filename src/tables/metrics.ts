// Figures from table cells: each figure column of a known kind gives one metric per row, with its
// label through its value cell as the evidence words. In a table of agencies the 合计 row (or a lone
// agency row) is the report's figure and the other rows are items naming their agency.
import { KINDS } from '../metrics/kinds.js';
import type { Normalized } from '../normalize.js';
import { sectionPaths } from '../refiners/sections.js';
import type { Heading, Kind, Metric, Role } from '../schema.js';
import { isMoneyUnit, readValue, splitLabel, toYuan, type CellValue, type RawCell } from './cells.js';
import { columnKind, isPartKind, SUBTOTAL_ROW, TOTAL_ROW } from './columns.js';
import type { FoundTable } from './table.js';

export interface TableMetricContext {
  headings: readonly Heading[];
  /** The report's year: the year of a figure whose table states none. */
  year: number | null;
  /** Where further reports start in the same text (their title lines): sections end there. */
  reportStarts?: readonly number[];
}

/** A table figure in normalised offsets, before it is mapped to the source. */
interface Draft {
  kind: Kind;
  value: number;
  role: Role;
  start: number;
  end: number;
  at: number;
  year: number | null;
  yearStated: boolean;
  agency?: string;
  cell: { table: number; row: number; column: number };
  rule: string;
}

const YEAR_LABEL = /^((?:19|20)\d{2})年?度?$/;

/**
 * A cell's number in the base unit of the kind: yuan for money (from 元, 万元, 亿元), percent for
 * rates, a whole count otherwise. Null when the unit does not fit the kind (a count in 万元, money
 * without a unit): a figure we cannot be sure of is left out.
 */
export function baseValue(kind: Kind, v: CellValue, unit: string | null): number | null {
  const base = KINDS[kind]?.unit;
  if (v.number < 0) return null;
  if (base === 'yuan') return toYuan(v.digits, unit);
  if (base === 'percent') return unit === null || unit === '%' ? v.number : null;
  if (isMoneyUnit(unit) || unit === '%' || !Number.isInteger(v.number)) return null;
  return v.number;
}

const nameOf = (c: RawCell | null | undefined) => (c ? splitLabel(c.text).name : '');

// The innermost naming cell of a row (`序号 | 单位名称`: the name, not the number).
function rowName(row: readonly (RawCell | null)[], nameColumns: readonly number[]): RawCell | null {
  for (let k = nameColumns.length - 1; k >= 0; k--) {
    const c = row[nameColumns[k]!];
    if (c && c.text !== '') return c;
  }
  return null;
}

function rowRole(t: FoundTable, name: string, figureRows: number): { role: Role; agency?: string } | null {
  // A row of a year (`2024`, `2024年`) is that year's figure, whatever else the rows name.
  if (YEAR_LABEL.test(name)) return { role: 'total' };
  if (t.mode === 'agencies') {
    if (SUBTOTAL_ROW.test(name)) return null;
    if (TOTAL_ROW.test(name)) return { role: 'total' };
    return { role: figureRows === 1 ? 'total' : 'item', agency: name };
  }
  // Several rows that nothing names (no agency, no year, no item): which is the report's is unknown.
  if (t.mode === 'unnamed') return null;
  return { role: 'total' };
}

/**
 * The metrics of the tables, in table order; offsets point into the source.
 *
 * @example
 * // 行政处罚实施数量(宗) | 合计(宗) | 罚没金额(万元) / 293 | 11817.5
 * // → penalty.cases 293 and penalty.fines 118175000, role total, source 'table'.
 */
export function tableMetrics(n: Normalized, tables: readonly FoundTable[], ctx: TableMetricContext): Metric[] {
  const drafts: Draft[] = [];
  tables.forEach((t, ti) => {
    for (const d of tableDrafts(t, ti, ctx.year)) drafts.push(d); // no spread: a table may give 100,000s
  });
  const section = sectionPaths(ctx.headings, ctx.reportStarts);
  return drafts.map((d) => {
    const start = n.toSource(d.start);
    const end = n.toSource(d.end);
    return {
      kind: d.kind, value: d.value, unit: KINDS[d.kind]!.unit, qualifier: 'exact', role: d.role,
      text: n.source.slice(start, end), start, end, section: [...section(d.at)], negated: false,
      year: d.year, yearStated: d.yearStated, rule: d.rule, source: 'table',
      ...(d.agency !== undefined ? { agency: d.agency } : {}), cell: { table: d.cell.table, row: d.cell.row, column: d.cell.column },
    } satisfies Metric;
  });
}

function tableDrafts(t: FoundTable, ti: number, reportYear: number | null): Draft[] {
  const out: Draft[] = [];
  const nameColumn = t.columns.map((c, i) => (c.names ? i : -1)).filter((i) => i >= 0);
  const figureRows = t.rows.filter((row) => !SUBTOTAL_ROW.test(nameOf(rowName(row, nameColumn)))).length;
  t.rows.forEach((row, r) => {
    const nameCell = rowName(row, nameColumn);
    const name = nameOf(nameCell);
    const placed = rowRole(t, name, figureRows);
    if (!placed) return;
    const rowYearMatch = YEAR_LABEL.exec(name);
    // In a table of items (`行政处罚案件(件) | 4`), the row label names the kind.
    const rowKind = t.mode === 'items' && nameCell ? columnKind([name], t.standard) : null;
    const rowUnit = nameCell ? splitLabel(nameCell.text).unit : null;
    const byKind = new Map<Kind, Draft>();
    t.columns.forEach((col, c) => {
      const kind = col.kind ?? rowKind;
      const cell = row[c];
      if (col.names || !kind || !cell || cell.text === '') return;
      const v = readValue(cell.text);
      if (!v) return;
      const value = baseValue(kind, v, v.unit ?? col.unit ?? rowUnit);
      if (value === null) return;
      const label = col.kind ? col.label : nameCell;
      const statedYear = col.year ?? (rowYearMatch ? Number(rowYearMatch[1]) : null) ?? t.captionYear;
      const d: Draft = {
        kind, value, role: col.secondary ? 'item' : placed.role, start: Math.min(label?.start ?? cell.start, cell.start), end: cell.end, at: cell.start,
        year: statedYear ?? reportYear, yearStated: statedYear !== null, cell: { table: ti, row: r, column: c },
        rule: `table.${t.standard}`, ...(placed.agency !== undefined ? { agency: placed.agency } : {}),
      };
      const held = isPartKind(kind) ? byKind.get(kind) : undefined;
      if (held) {
        // Columns of one kind in one row (警告 and 通报批评 apart) add up to the kind's figure.
        held.value += value;
        held.end = Math.max(held.end, d.end);
        return;
      }
      if (isPartKind(kind)) byKind.set(kind, d);
      out.push(d);
    });
  });
  return out;
}
