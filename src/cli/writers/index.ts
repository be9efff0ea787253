// The output formats of `extract`.
import { csvWriter } from './csv.js';
import { datasetWriter } from './dataset.js';
import { jsonWriter } from './json.js';
import { jsonlWriter } from './jsonl.js';
import { tableWriter } from './table.js';
import type { RecordWriter } from './types.js';

export type { RecordWriter } from './types.js';

export const FORMATS = ['jsonl', 'json', 'csv', 'dataset', 'table'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function createWriter(format: OutputFormat, options: { bom?: boolean } = {}): RecordWriter {
  switch (format) {
    case 'jsonl': return jsonlWriter();
    case 'json': return jsonWriter();
    case 'csv': return csvWriter(options);
    case 'dataset': return datasetWriter(options);
    case 'table': return tableWriter();
  }
}
