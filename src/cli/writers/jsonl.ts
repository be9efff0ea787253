// JSON Lines: one record per line, the CLI's default and the only format --resume can continue.
import type { RecordWriter } from './types.js';

export function jsonlWriter(): RecordWriter {
  return { start: () => '', record: (r) => JSON.stringify(r) + '\n', end: () => '' };
}
