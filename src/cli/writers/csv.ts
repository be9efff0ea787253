// Long CSV: one row per metric. A report without metrics still gets one row, and an error record one row
// with its code and message, so every input is in the file. Two years per row: the report's and the
// figure's (a 2022 figure quoted in a 2023 report), with whether the figure's sentence states it; where
// the figure was read (a table's cell or the prose) and, in a table of agencies, whose row it is.
import type { ReportRecord } from '../../schema.js';
import { BOM, csvRow } from './cells.js';
import type { RecordWriter } from './types.js';

export const CSV_COLUMNS = [
  'file', 'ok', 'error_code', 'error_message', 'doc_id', 'title', 'report_year', 'issuer',
  'kind', 'value', 'unit', 'qualifier', 'role', 'text', 'start', 'end', 'section', 'negated',
  'metric_year', 'year_stated', 'in_summary', 'rule', 'source', 'agency',
] as const;

/** Joins a metric's section path (outermost first) into one cell. */
export const SECTION_SEPARATOR = ' > ';

export function csvWriter(options: { bom?: boolean } = {}): RecordWriter {
  return {
    start: () => (options.bom ? BOM : '') + csvRow(CSV_COLUMNS),
    record: (r) => csvRows(r).map((row) => csvRow(row, CSV_COLUMNS.length)).join(''),
    end: () => '',
  };
}

function csvRows(r: ReportRecord): (string | number | boolean | null)[][] {
  if (!r.ok) return [[r.file ?? '', false, r.error.code, r.error.message]];
  const head = [r.file ?? '', true, null, null, r.docId, r.title, r.year, r.issuer];
  if (r.metrics.length === 0) return [head];
  // Which metrics the summary rests on.
  const evidence = new Set(Object.values(r.summary).flatMap((s) => s?.evidence ?? []));
  return r.metrics.map((m, i) => [
    ...head,
    m.kind, m.value, m.unit, m.qualifier, m.role, m.text, m.start, m.end, m.section.join(SECTION_SEPARATOR), m.negated,
    m.year, m.yearStated, evidence.has(i), m.rule, m.source, m.agency ?? null,
  ]);
}
