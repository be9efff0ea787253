// Wide CSV: one row per report with who, where and what kind it is, and the summary figure of each kind,
// for spreadsheets and data frames. The header is fixed for a choice of kinds (core: CORE_KINDS, then the
// standard statistics tables' kinds in TABLE_KINDS order; all: every kind in KINDS, core first), so files
// from different runs line up column by column.
import { KINDS, TABLE_KINDS } from '../../metrics/kinds.js';
import { CORE_KINDS, type Report, type ReportRecord, type SummaryValue } from '../../schema.js';
import { summaryOf } from '../../summary.js';
import { BOM, csvRow, type Cell } from './cells.js';
import type { RecordWriter } from './types.js';

/** Joins the source words of a summary's evidence metrics into one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

/** Which kinds get columns: the core kinds, or every kind the rules produce. */
export type KindSet = 'core' | 'all';

/** The kinds of a set, in column order. */
export function kindsOf(set: KindSet): readonly string[] {
  return set === 'all' ? Object.keys(KINDS) : CORE_KINDS;
}

/** The dataset's kinds: with the core set, the standard statistics tables' kinds follow the core ones. */
export function datasetKinds(set: KindSet): readonly string[] {
  return set === 'all' ? kindsOf(set) : [...CORE_KINDS, ...TABLE_KINDS];
}

/** Who, where and what kind: the columns before the figures. */
export const PROFILE_COLUMNS = [
  'file', 'ok', 'error_code', 'error_message', 'doc_id', 'title', 'year', 'issuer', 'report_type', 'body_type',
  'publisher', 'published', 'region_code', 'province', 'city', 'county', 'script', 'format',
] as const;

export function datasetColumns(set: KindSet = 'core'): string[] {
  return [...PROFILE_COLUMNS, ...datasetKinds(set).flatMap((k) => [`${k}.value`, `${k}.qualifier`, `${k}.evidence`])];
}

/** The header with the core kinds (the default). */
export const DATASET_COLUMNS = datasetColumns('core');

export function datasetWriter(options: { bom?: boolean; kinds?: KindSet } = {}): RecordWriter {
  const set = options.kinds ?? 'core';
  const width = datasetColumns(set).length;
  return {
    start: () => (options.bom ? BOM : '') + csvRow(datasetColumns(set)),
    record: (r) => csvRow(datasetRow(r, set), width),
    end: () => '',
  };
}

/** The report's figure for a kind: the record's summary for core kinds, chosen the same way for the others. */
export function figureOf(r: Report, kind: string): SummaryValue | null {
  return (CORE_KINDS as readonly string[]).includes(kind) ? r.summary[kind as keyof Report['summary']] : summaryOf(r.metrics, kind, r.year);
}

export const evidenceWords = (r: Report, s: SummaryValue) => s.evidence.map((i) => r.metrics[i]?.text ?? '').join(EVIDENCE_SEPARATOR);

/** The profile cells of a report (PROFILE_COLUMNS), or of an error record. */
export function profileCells(r: ReportRecord): Cell[] {
  if (!r.ok) return [r.file ?? '', false, r.error.code, r.error.message];
  const g = r.region;
  return [
    r.file ?? '', true, null, null, r.docId, r.title, r.year, r.issuer, r.reportType, r.bodyType,
    r.publisher, r.published, g?.code, g?.province, g?.city, g?.county, r.script, r.format,
  ];
}

export function datasetRow(r: ReportRecord, set: KindSet = 'core'): Cell[] {
  if (!r.ok) return profileCells(r);
  return [
    ...profileCells(r),
    ...datasetKinds(set).flatMap((k) => {
      const s = figureOf(r, k);
      return s ? [s.value, s.qualifier, evidenceWords(r, s)] : [null, null, null];
    }),
  ];
}
