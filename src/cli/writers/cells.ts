// Shared by the CSV writers: cells as strings, RFC 4180 quoting via csv-stringify (required on the first
// row written: the library exports the writers, and most programs that import it write no CSV).
import type * as CsvStringify from 'csv-stringify/sync';
import { onFirstUse } from '../../load.js';

const csvStringify = onFirstUse<typeof CsvStringify>('csv-stringify/sync');

export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV row, padded with empty cells to `width` (RFC 4180 wants the same number of fields on every line).
 * Cells are cast here, not by csv-stringify: null is empty, booleans are true/false, numbers as in JSON.
 */
export function csvRow(cells: readonly Cell[], width = cells.length): string {
  const padded = cells.length < width ? [...cells, ...new Array<Cell>(width - cells.length).fill(null)] : cells;
  const text = padded.map((c) => (c === null || c === undefined ? '' : typeof c === 'string' ? c : String(c)));
  // CRLF line ends as RFC 4180 says; spreadsheets and csv parsers read both.
  return csvStringify().stringify([text], { record_delimiter: 'windows' });
}

/** The UTF-8 byte order mark, which makes Excel read the CSV as UTF-8 (`--bom`). */
export const BOM = '\ufeff';
