// A writer turns records into text, one record at a time, so output streams in input order.
import type { ReportRecord } from '../../schema.js';

export interface RecordWriter {
  /** Text before the first record (a CSV header, `[`), or ''. */
  start(): string;
  /** The text of one record. */
  record(record: ReportRecord): string;
  /** Text after the last record (`]`), or ''. */
  end(): string;
}
