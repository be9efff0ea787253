// The document step for tables: find the tables and the table notes of a normalised text. Figures in
// either are never read as prose: a table's figures come from its columns (./metrics.ts), a note's
// never come at all.
import type { Normalized } from '../normalize.js';
import { splitLines, tidyRanges, type Range, type TextLine } from '../outline/ranges.js';
import type { Table, Warning } from '../schema.js';
import { isDash, readValue, splitLabel } from './cells.js';
import { findGrids } from './find.js';
import { findNotes } from './notes.js';
import { buildTable, type FoundTable } from './table.js';

export { tableMetrics, type TableMetricContext } from './metrics.js';
export type { FoundTable } from './table.js';

/** The tables of a report and the ranges of the text that prose rules must not read. */
export interface TableLayer {
  tables: FoundTable[];
  /** Table notes (说明, 填报说明, counting rules). */
  notes: Range[];
  /** Tables and notes together, sorted and disjoint: figures there are no prose figures. */
  skip: Range[];
  /** `TABLE_UNREADABLE` for a table whose layout could not be read with confidence (it gives no figures). */
  warnings: Warning[];
}

/**
 * Finds the tables and table notes of a normalised text, skipping page chrome. `lines` are the text's
 * lines, when the caller has split it already.
 *
 * @example
 * const n = normalize('行政许可实施数量(宗) | ||\n申请数量 | 受理数量 | 许可数量 |\n26569 | 26569 | 26462 |');
 * readTables(n, []).tables[0].standard; // 'licensing'
 */
export function readTables(n: Normalized, chrome: readonly Range[], lines: readonly TextLine[] = splitLines(n.text)): TableLayer {
  const found = findGrids(n.text, chrome, lines).map(buildTable);
  const notes = findNotes(n.text, chrome, lines);
  const tables = found.filter((t) => t.doubt === null);
  const warnings = found
    .filter((t) => t.doubt !== null)
    .map((t) => ({
      code: 'TABLE_UNREADABLE',
      message: `the table ${t.caption ? `«${t.caption}» ` : ''}at ${n.toSource(t.start)} is left out: its layout (one cell per line, or columns set one space apart) could not be read with confidence, as ${t.doubt}`,
    }));
  return { tables, notes, skip: tidyRanges([...found.map((t) => [t.start, t.end] as const), ...notes]), warnings };
}

/**
 * The record's `tables`: captions and column paths in Simplified, cells with their source words and
 * offsets into the source.
 */
export function toTables(n: Normalized, tables: readonly FoundTable[]): Table[] {
  return tables.map((t) => ({
    caption: t.caption,
    standard: t.standard,
    columns: t.columns.map((c) => ({ path: [...c.path], unit: c.unit })),
    rows: t.rows.map((row) => ({
      cells: row.map((cell) => {
        if (!cell || cell.text === '') {
          const at = n.toSource(cell?.start ?? t.start);
          return { value: null, text: '', start: at, end: at };
        }
        const start = n.toSource(cell.start);
        const end = n.toSource(cell.end);
        const v = readValue(cell.text);
        const value = v ? v.number : isDash(cell.text) ? null : splitLabel(cell.text).name;
        return { value, text: n.source.slice(start, end), start, end };
      }),
    })),
    start: n.toSource(t.start),
    end: n.toSource(t.end),
  }));
}
