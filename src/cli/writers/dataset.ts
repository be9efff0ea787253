// Wide CSV: one row per report with the summary figure of each core kind, for spreadsheets and data frames.
// The header is fixed (CORE_KINDS order), so files from different runs line up column by column.
import { CORE_KINDS, type ReportRecord } from '../../schema.js';
import { BOM, csvRow, type Cell } from './cells.js';
import type { RecordWriter } from './types.js';

/** Joins the source words of a summary's evidence metrics into one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

export const DATASET_COLUMNS = [
  'file', 'ok', 'error_code', 'error_message', 'title', 'year', 'issuer', 'script', 'format',
  ...CORE_KINDS.flatMap((k) => [`${k}.value`, `${k}.qualifier`, `${k}.evidence`]),
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
  ];
}
