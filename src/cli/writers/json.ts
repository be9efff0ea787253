// One JSON array, pretty-printed. Streamed record by record, yet byte-identical to
// JSON.stringify(records, null, 2) + '\n', and still a valid array when a run is interrupted.
import type { RecordWriter } from './types.js';

export function jsonWriter(): RecordWriter {
  let count = 0;
  return {
    start: () => '[',
    record: (r) => (count++ ? ',\n  ' : '\n  ') + JSON.stringify(r, null, 2).replace(/\n/g, '\n  '),
    end: () => (count ? '\n]\n' : ']\n'),
  };
}
