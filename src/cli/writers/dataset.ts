// Wide CSV: one row per report with the summary figure of each core kind, for spreadsheets and data frames,
// then the report's figure of each standard-table kind (行政处罚 by type, 行政许可, 行政强制, other acts, 持证率).
// The header is fixed (CORE_KINDS, then TABLE_KINDS order), so files from different runs line up column by column.
import { TABLE_KINDS } from '../../metrics/kinds.js';
import { CORE_KINDS, type ReportRecord } from '../../schema.js';
import { pickFigure } from '../../summary.js';
import { BOM, csvRow, type Cell } from './cells.js';
import type { RecordWriter } from './types.js';

/** Joins the source words of a summary's evidence metrics into one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

export const DATASET_COLUMNS = [
  'file', 'ok', 'error_code', 'error_message', 'title', 'year', 'issuer', 'script', 'format',
  ...CORE_KINDS.flatMap((k) => [`${k}.value`, `${k}.qualifier`, `${k}.evidence`]),
  ...TABLE_KINDS.map((k) => `${k}.value`),
] as const;

export function datasetWriter(options: { bom?: boolean } = {}): RecordWriter {
  return {
    start: () => (options.bom ? BOM : '') + csvRow(DATASET_COLUMNS),
    record: (r) => csvRow(datasetRow(r), DATASET_COLUMNS.length),
    end: () => '',
  };
}

export function datasetRow(r: ReportRecord): Cell[] {
  if (!r.ok) return [r.file ?? '', false, r.error.code, r.error.message];
  return [
    r.file ?? '', true, null, null, r.title, r.year, r.issuer, r.script, r.format,
    ...CORE_KINDS.flatMap((k) => {
      const s = r.summary[k];
      if (!s) return [null, null, null];
      const words = s.evidence.map((i) => r.metrics[i]?.text ?? '').join(EVIDENCE_SEPARATOR);
      return [s.value, s.qualifier, words];
    }),
    // Chosen as the summary chooses: a table's total (its 合计 row), never an agency's row.
    ...TABLE_KINDS.map((k) => pickFigure(r.metrics, k, r.year)?.value ?? null),
  ];
}
