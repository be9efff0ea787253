// The record is described in three places made from one: the zod schemas' `.describe()` texts feed the
// JSON Schema and docs/record.md (generated, checked here), and the JSDoc beside each field, which editors
// show on hover, must say the same (checked here with the TypeScript compiler's own view of the types).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RECORD_DOC_PATH, recordDocText } from '../scripts/gen-record-doc.js';
import { recordJsonSchema } from '../scripts/gen-schema.js';
import { ErrorRecordSchema, HeadingSchema, MetricSchema, ReportSchema, SummaryValueSchema, TableSchema, WarningSchema } from '../src/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('docs/record.md', () => {
  it('is what scripts/gen-record-doc.ts makes of src/schema.ts (run `npm run gen` after changing it)', () => {
    expect(readFileSync(RECORD_DOC_PATH, 'utf8')).toBe(recordDocText());
  });

  it('describes every field of every part', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`));
      else if (node && typeof node === 'object') {
        const o = node as { properties?: Record<string, { description?: string }> };
        for (const [name, prop] of Object.entries(o.properties ?? {})) if (!prop.description) missing.push(`${path}.${name}`);
        for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`);
      }
    };
    walk(recordJsonSchema(), '');
    expect(missing).toEqual([]);
  });
});

describe('hover docs', () => {
  // The TypeScript types users see, by name, with the zod object each is inferred from.
  const parts: Array<[string, z.ZodObject]> = [
    ['Report', ReportSchema],
    ['Metric', MetricSchema],
    ['Heading', HeadingSchema],
    ['SummaryValue', SummaryValueSchema],
    ['Table', TableSchema],
    ['Warning', WarningSchema],
    ['ErrorRecord', ErrorRecordSchema],
    ["ErrorRecord['error']", ErrorRecordSchema.shape.error],
  ];

  it('every field has JSDoc equal to its zod description', () => {
    const probe = `${root}test/.hover-probe.ts`;
    const source =
      `import type { ${[...new Set(parts.map(([n]) => n.replace(/\[.*/, '')))].join(', ')} } from '../src/index.js';\n` +
      parts.map(([name], i) => `declare const v${i}: ${name};`).join('\n');
    const host = ts.createCompilerHost({});
    const readFile = host.readFile.bind(host);
    host.readFile = (f) => (f === probe ? source : readFile(f));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (f) => f === probe || fileExists(f);
    const program = ts.createProgram({
      rootNames: [probe],
      options: { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: ['node'], noEmit: true },
      host,
    });
    const checker = program.getTypeChecker();
    const file = program.getSourceFile(probe)!;
    const mismatches: string[] = [];
    let checked = 0;
    parts.forEach(([name, schema], i) => {
      const decl = file.statements.find((s) => ts.isVariableStatement(s) && s.declarationList.declarations[0]!.name.getText(file) === `v${i}`) as ts.VariableStatement;
      const type = checker.getTypeAtLocation(decl.declarationList.declarations[0]!.name);
      const props = new Map(checker.getPropertiesOfType(type).map((p) => [p.name, p]));
      for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
        const prop = props.get(field);
        const hover = prop ? ts.displayPartsToString(prop.getDocumentationComment(checker)) : '(no such property)';
        if (hover !== fieldSchema.description) mismatches.push(`${name}.${field}: JSDoc ${JSON.stringify(hover)} ≠ describe ${JSON.stringify(fieldSchema.description)}`);
        checked++;
      }
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  }, 60_000);
});
