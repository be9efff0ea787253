// Writes schema/report.schema.json, the JSON Schema of one CLI output record, from the zod schemas in
// src/schema.ts (the source of truth). Run after changing them: `npx tsx scripts/gen-schema.ts`.
// test/schema-json.test.ts fails when the checked-in file and the zod schemas disagree.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  ErrorRecordSchema,
  HeadingSchema,
  MetricSchema,
  RecordSchema,
  RegionSchema,
  ReportSchema,
  SummaryValueSchema,
  TableSchema,
} from '../src/schema.js';

/** Where the generated schema is checked in (and published, as `cn-report-metrics/report.schema.json`). */
export const SCHEMA_PATH = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));

interface Meta {
  id?: string;
  title?: string;
  description?: string;
}

// Titles and descriptions for the named parts; each part with an `id` becomes a `$defs` entry.
const META: Array<[z.ZodType, Meta]> = [
  [
    RecordSchema,
    {
      title: 'cn-report-metrics record',
      description:
        'One record of `cn-report-metrics extract` (one line of its JSONL output): a parsed report when ' +
        '`ok` is true, an error record when it is false.',
    },
  ],
  [
    ReportSchema,
    {
      id: 'Report',
      title: 'Report',
      description:
        "A parsed report: its title, year, issuer and script, the section headings, every metric mention and one summary figure per core kind. Offsets point into the decoded source text.",
    },
  ],
  [
    ErrorRecordSchema,
    {
      id: 'ErrorRecord',
      title: 'ErrorRecord',
      description: 'The record for an input that could not be parsed, with a stable error code.',
    },
  ],
  [
    MetricSchema,
    {
      id: 'Metric',
      title: 'Metric',
      description:
        'One figure read from the report, pointing back to the source words it came from: `source.slice(start, end) === text`.',
    },
  ],
  [
    HeadingSchema,
    {
      id: 'Heading',
      title: 'Heading',
      description:
        'A section heading: level 0 for 第一部分, 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; the title in Simplified, without its marker.',
    },
  ],
  [
    SummaryValueSchema,
    {
      id: 'SummaryValue',
      title: 'SummaryValue',
      description: "The report's figure for one core kind, with the indices into `metrics` of the mentions it rests on.",
    },
  ],
  [
    RegionSchema,
    {
      id: 'Region',
      title: 'Region',
      description:
        'The administrative division the issuer belongs to, with its GB/T 2260 code, read from the issuer, title, publisher or text.',
    },
  ],
  [
    TableSchema,
    {
      id: 'Table',
      title: 'Table',
      description:
        'A table of the report (a standard statistics table or another): caption, which standard table it is, column header paths with units, and data rows whose cells point into the source.',
    },
  ],
];

/**
 * The JSON Schema (draft 2020-12) of one CLI record, built from the zod schemas. Metadata given to the
 * schemas in src/schema.ts (`.describe()`, `.meta()`) is kept; the titles above are added on top.
 *
 * @example
 * const schema = recordJsonSchema();
 * Object.keys(schema.$defs ?? {}); // ['Report', 'Heading', 'Table', 'Metric', 'SummaryValue', 'Region', 'ErrorRecord']
 */
export function recordJsonSchema(): z.core.JSONSchema.BaseSchema {
  const registry = z.registry<Meta>();
  for (const [schema, meta] of META) registry.add(schema, meta);
  // Layer our metadata over the global registry's, so descriptions written in src/schema.ts survive.
  // Ours are looked up by identity: the registry's own `get` also merges a parent schema's entry, and
  // would call this override for it, so a field's `.describe()` lost to its type's description.
  const own = new Map<z.core.$ZodType, Meta>(META);
  registry.get = (schema) => {
    const global = z.globalRegistry.get(schema) as Meta | undefined;
    const mine = own.get(schema);
    return global || mine ? { ...global, ...mine } : undefined;
  };
  return z.toJSONSchema(RecordSchema, { metadata: registry, target: 'draft-2020-12' });
}

/** The file's exact contents: the schema as two-space indented JSON with a final newline. */
export function recordJsonSchemaText(): string {
  return `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, recordJsonSchemaText());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
