import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema, recordJsonSchemaText, SCHEMA_PATH } from '../scripts/gen-schema.js';
import { CORE_KINDS, RecordSchema, type ReportRecord, type Summary } from '../src/schema.js';

const validReport = {
  file: 'reports/2024.txt',
  ok: true,
  docId: '3f2a9c0d41b7e685',
  title: '教育局2024年行政执法工作总结',
  year: 2024,
  issuer: '西青区教育局',
  reportType: 'enforcement_report',
  publisher: '天津市西青区教育局',
  published: '2025-01-20',
  region: { code: '120111', province: '天津市', city: '天津市', county: '西青区', level: 'county', from: 'issuer' },
  regionCandidates: [],
  bodyType: 'education',
  script: 'simplified',
  format: 'text',
  encoding: 'utf-8',
  headings: [{ level: 1, marker: '一、', title: '基本情况', start: 20, end: 26 }],
  tables: [
    {
      caption: '表一 行政处罚实施情况统计表',
      standard: 'penalty',
      columns: [
        { path: ['行政处罚实施数量', '合计'], unit: '宗' },
        { path: ['罚没金额'], unit: '万元' },
      ],
      rows: [{ cells: [{ value: 4, text: '4', start: 80, end: 81 }, { value: 10.5, text: '10.5', start: 84, end: 88 }] }],
      start: 60,
      end: 88,
    },
  ],
  metrics: [
    {
      kind: 'penalty.cases',
      value: 4,
      unit: 'case',
      qualifier: 'exact',
      role: 'total',
      text: '行政处罚案件4起',
      start: 40,
      end: 48,
      section: ['基本情况'],
      negated: false,
      year: 2024,
      yearStated: false,
      rule: 'penalty.cases',
      source: 'prose',
    },
  ],
  summary: {
    ...(Object.fromEntries(CORE_KINDS.map((k) => [k, null])) as Summary),
    'penalty.cases': { value: 4, unit: 'case', qualifier: 'exact', evidence: [0], rule: 'item' },
  },
  warnings: [{ code: 'NO_YEAR_IN_TITLE', message: 'the title states no year' }],
} satisfies ReportRecord;

const validError = {
  file: 'reports/old.doc',
  ok: false,
  error: { code: 'UNSUPPORTED_FORMAT', message: 'legacy .doc files are not read; save it as .docx' },
} satisfies ReportRecord;

describe('schema/report.schema.json', () => {
  it('is what scripts/gen-schema.ts makes of src/schema.ts (run `npx tsx scripts/gen-schema.ts` after changing it)', () => {
    const checkedIn = readFileSync(SCHEMA_PATH, 'utf8');
    expect(JSON.parse(checkedIn)).toEqual(recordJsonSchema());
    expect(checkedIn).toBe(recordJsonSchemaText());
  });

  it('describes a record with named definitions', () => {
    const schema = recordJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
    expect(schema.oneOf).toEqual([{ $ref: '#/$defs/Report' }, { $ref: '#/$defs/ErrorRecord' }]);
    const defs = schema.$defs ?? {};
    expect(Object.keys(defs).sort()).toEqual(['ErrorRecord', 'Heading', 'Metric', 'Region', 'Report', 'SummaryValue', 'Table']);
    for (const [name, def] of Object.entries(defs)) {
      expect(typeof def === 'object' && def.title, name).toBe(name);
      expect(typeof def === 'object' && def.description, name).toBeTruthy();
    }
  });

  it("lists exactly the sample records' fields", () => {
    const defs = recordJsonSchema().$defs ?? {};
    const samples: Array<[string, object]> = [
      ['Report', validReport],
      ['ErrorRecord', validError],
      ['Metric', validReport.metrics[0]!],
      ['Heading', validReport.headings[0]!],
      ['SummaryValue', validReport.summary['penalty.cases']!],
      ['Region', validReport.region],
      ['Table', validReport.tables[0]!],
    ];
    for (const [name, sample] of samples) {
      const def = defs[name] as { properties: object; required: string[]; additionalProperties: boolean };
      expect(Object.keys(sample).sort(), name).toEqual(Object.keys(def.properties).sort().filter((k) => k in sample));
      expect(Object.keys(sample), name).toEqual(expect.arrayContaining(def.required));
      expect(def.additionalProperties, name).toBe(false);
    }
  });
});

describe('RecordSchema', () => {
  it.each([
    ['a report', validReport],
    ['an error record', validError],
    ['a report without file', { ...validReport, file: undefined }],
  ])('accepts %s', (_, record) => {
    expect(RecordSchema.safeParse(record).success).toBe(true);
  });

  it.each([
    ['ok missing', { ...validReport, ok: undefined }],
    ['a report without metrics', { ...validReport, metrics: undefined }],
    ['a negative value', { ...validReport, metrics: [{ ...validReport.metrics[0], value: -1 }] }],
    ['an unknown unit', { ...validReport, metrics: [{ ...validReport.metrics[0], unit: 'km' }] }],
    ['a fractional offset', { ...validReport, headings: [{ ...validReport.headings[0], start: 1.5 }] }],
    ['a table of an unknown standard', { ...validReport, tables: [{ ...validReport.tables[0], standard: 'budget' }] }],
    ['a metric without source', { ...validReport, metrics: [{ ...validReport.metrics[0], source: undefined }] }],
    ['a heading level of 5', { ...validReport, headings: [{ ...validReport.headings[0], level: 5 }] }],
    ['a summary without evidence', { ...validReport, summary: { ...validReport.summary, 'penalty.cases': { value: 4, unit: 'case', qualifier: 'exact', evidence: [] } } }],
    ['a region code of four digits', { ...validReport, region: { ...validReport.region, code: '1201' } }],
    ['an unknown report type', { ...validReport, reportType: 'annual' }],
    ['a publication date not in YYYY-MM-DD', { ...validReport, published: '2025年1月20日' }],
    ['an unknown error code', { ...validError, error: { code: 'OOPS', message: 'x' } }],
    ['an error record with ok: true', { ...validError, ok: true }],
  ])('rejects %s', (_, record) => {
    expect(RecordSchema.safeParse(record).success).toBe(false);
  });
});
