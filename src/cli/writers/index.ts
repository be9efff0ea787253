// The output formats of `extract`.
import { csvWriter } from './csv.js';
import { datasetWriter, type KindSet } from './dataset.js';
import { jsonWriter } from './json.js';
import { jsonlWriter } from './jsonl.js';
import { summaryWriter } from './summary.js';
import { tableWriter } from './table.js';
import type { RecordWriter } from './types.js';

export type { RecordWriter } from './types.js';
export type { KindSet } from './dataset.js';

export const FORMATS = ['jsonl', 'json', 'csv', 'dataset', 'summary', 'table'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Formats whose records need the report's text although the output does not hold it (for context). */
export const NEEDS_TEXT: ReadonlySet<OutputFormat> = new Set<OutputFormat>(['summary']);

export function createWriter(format: OutputFormat, options: { bom?: boolean; kinds?: KindSet } = {}): RecordWriter {
  switch (format) {
    case 'jsonl': return jsonlWriter();
    case 'json': return jsonWriter();
    case 'csv': return csvWriter(options);
    case 'dataset': return datasetWriter(options);
    case 'summary': return summaryWriter(options);
    case 'table': return tableWriter();
  }
}
