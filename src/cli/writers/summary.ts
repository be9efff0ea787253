// Tidy CSV: one row per report and kind, with the figure, the words it was read from and 30 characters of
// text either side, for checking figures in a spreadsheet and for long-format analysis. A kind the report
// gives no figure for has a row with empty cells; an error record one row with its code and message.
//
// The context needs the report's text. `extract --format summary` has each record parsed with its text kept
// (as --include-text does) for this writer, which uses it and writes no text column.
import type { ReportRecord } from '../../schema.js';
import { summaryEvidence } from '../evidence.js';
import { BOM, csvRow, type Cell } from './cells.js';
import { EVIDENCE_SEPARATOR, figureOf, kindsOf, type KindSet } from './dataset.js';
import type { RecordWriter } from './types.js';

export const SUMMARY_COLUMNS = [
  'file', 'ok', 'error_code', 'error_message', 'doc_id', 'title', 'report_year', 'issuer', 'region_code',
  'kind', 'value', 'unit', 'qualifier', 'evidence', 'context_before', 'context_after', 'start', 'end',
] as const;

export function summaryWriter(options: { bom?: boolean; kinds?: KindSet } = {}): RecordWriter {
  const kinds = kindsOf(options.kinds ?? 'core');
  return {
    start: () => (options.bom ? BOM : '') + csvRow(SUMMARY_COLUMNS),
    record: (r) => summaryRows(r, kinds).map((row) => csvRow(row, SUMMARY_COLUMNS.length)).join(''),
    end: () => '',
  };
}

function summaryRows(r: ReportRecord, kinds: readonly string[]): Cell[][] {
  if (!r.ok) return [[r.file ?? '', false, r.error.code, r.error.message]];
  const head: Cell[] = [r.file ?? '', true, null, null, r.docId, r.title, r.year, r.issuer, r.region?.code];
  return kinds.map((kind) => {
    const s = figureOf(r, kind);
    if (!s) return [...head, kind];
    const ev = summaryEvidence(r, s);
    const join = (f: (e: (typeof ev)[number]) => Cell) => ev.map(f).join(EVIDENCE_SEPARATOR);
    return [
      ...head, kind, s.value, s.unit, s.qualifier,
      join((e) => e.words), join((e) => e.before), join((e) => e.after), join((e) => e.start), join((e) => e.end),
    ];
  });
}
