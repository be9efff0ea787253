// A record as the main thread needs it: the counts for the summary line, and its text in the output format
// whenever that text depends on the record alone, so that the worker that parsed it also writes it out (one
// string crosses back to the main thread, not hundreds of small objects).
import type { ReportRecord } from '../schema.js';
import { createWriter, type KindSet, type OutputFormat, type RecordWriter } from './writers/index.js';

/** How records are to be written out: the run's output format and its options. */
export interface OutputSpec {
  format: OutputFormat;
  bom?: boolean;
  kinds?: KindSet;
}

/** A parsed input as the main thread needs it: the counts for the summary line, and the output text. */
export interface Parsed {
  ok: boolean;
  /** Number of metric mentions (0 for an error record). */
  metrics: number;
  /** Number of warnings on the record. */
  warnings: number;
  /** The record's text in the output format, when that text depends on the record alone (see SELF_CONTAINED). */
  text?: string;
  /** Otherwise the record itself (in-process) ... */
  record?: ReportRecord;
  /** ... or the record as JSON (from a worker), for the main thread's writer. */
  json?: string;
}

/**
 * Formats whose writer turns each record into the same text wherever it stands in the output, so a worker
 * can write it. `json` and `table` put a separator before every record but the first: the main thread writes
 * those. Both paths give the text of the same writer for the same record, so the output does not depend on
 * where it was written.
 */
const SELF_CONTAINED: ReadonlySet<OutputFormat> = new Set<OutputFormat>(['jsonl', 'csv', 'dataset', 'summary']);

const writers = new Map<string, RecordWriter>();

/**
 * A record as `Parsed`: written out if its format allows it, else kept as the object (`keep`, in-process)
 * or as JSON (for a trip between threads).
 */
export function present(record: ReportRecord, output: OutputSpec, keep: boolean): Parsed {
  const head = { ok: record.ok, metrics: record.ok ? record.metrics.length : 0, warnings: record.ok ? record.warnings.length : 0 };
  if (SELF_CONTAINED.has(output.format)) {
    const key = `${output.format}${output.bom ? '+bom' : ''}${output.kinds === 'all' ? '+all' : ''}`;
    let writer = writers.get(key);
    if (!writer) writers.set(key, (writer = createWriter(output.format, { ...(output.bom ? { bom: true } : {}), ...(output.kinds ? { kinds: output.kinds } : {}) })));
    return { ...head, text: writer.record(record) };
  }
  return keep ? { ...head, record } : { ...head, json: JSON.stringify(record) };
}

/** The record a `Parsed` stands for, for the main thread's writer (when the worker could not write it). */
export function recordOf(parsed: Parsed): ReportRecord {
  if (parsed.record) return parsed.record;
  if (parsed.json !== undefined) return JSON.parse(parsed.json) as ReportRecord;
  throw new Error('a parsed input without its record');
}
