// Output formats: CSV long and dataset parse back (csv-parse) to the records' values; json is the JSONL as an
// array; the table shows facts, figures, outline and errors. Inputs: the seeds plus error inputs.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/writers/csv.js';
import { DATASET_COLUMNS } from '../../src/cli/writers/dataset.js';
import { tableBlock } from '../../src/cli/writers/table.js';
import { TABLE_KINDS } from '../../src/metrics/kinds.js';
import { CORE_KINDS, RecordSchema, type Metric, type Report, type ReportRecord } from '../../src/schema.js';
import { SEEDS_DIR } from './archive.js';
import { runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let records: ReportRecord[];
const ARGS = ['extract', SEEDS_DIR, 'empty.txt', 'missing.txt', 'quote,"and\nnewline".txt', '-j', '1', '-q'];

beforeAll(async () => {
  tmp = await tempDir('formats');
  await writeFile(join(tmp.dir, 'empty.txt'), '');
  // A file name that needs CSV quoting, with a comma, quotes and a line break.
  await writeFile(join(tmp.dir, 'quote,"and\nnewline".txt'), '教育局\n共办理行政处罚案件4起，罚款1.5万元，"检查"12次。\n');
  const run = await runCli(ARGS, { cwd: tmp.dir });
  expect(run.code).toBe(1);
  records = run.stdout.trim().split('\n').map((l) => RecordSchema.parse(JSON.parse(l)));
  expect(records).toHaveLength(8);
});
afterAll(() => tmp.cleanup());

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const csv = async (format: string, extra: string[] = []) => {
  const run = await runCli([...ARGS, '--format', format, ...extra], { cwd: tmp.dir });
  expect(run.code).toBe(1);
  return run.stdout;
};

describe('--format csv (long)', () => {
  it('parses back to one row per metric, one per metric-less report and one per error, with the same values', async () => {
    const text = await csv('csv');
    expect(text.startsWith(CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const expected = records.flatMap((r): Record<string, string | undefined>[] => {
      if (!r.ok) return [{ file: r.file, ok: 'false', error_code: r.error.code, error_message: r.error.message, kind: '' }];
      if (!r.metrics.length) return [{ file: r.file, ok: 'true', error_code: '', title: cell(r.title), kind: '' }];
      return r.metrics.map((m) => ({
        file: r.file, ok: 'true', error_code: '', title: cell(r.title), year: cell(r.year), issuer: cell(r.issuer),
        kind: m.kind, value: String(m.value), unit: m.unit, qualifier: m.qualifier, role: m.role, text: m.text,
        start: String(m.start), end: String(m.end), section: m.section.join(' > '), negated: String(m.negated),
      }));
    });
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => expect(row).toMatchObject(expected[i]!));
    expect(rows.map((r) => r.file)).toContain('quote,"and\nnewline".txt');
    expect(rows.find((r) => r.file === 'missing.txt')?.error_code).toBe('NOT_FOUND');
  });

  it('starts with a BOM with --bom', async () => {
    const text = await csv('csv', ['--bom']);
    expect(text.startsWith('\ufefffile,ok,')).toBe(true);
  });
});

describe('--format dataset (wide)', () => {
  it('has a fixed header and one row per report that parses back to the summary', async () => {
    const text = await csv('dataset');
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual([...DATASET_COLUMNS]);
    expect(header!.slice(0, 9)).toEqual(['file', 'ok', 'error_code', 'error_message', 'title', 'year', 'issuer', 'script', 'format']);
    expect(header!.slice(9, 12)).toEqual(['penalty.cases.value', 'penalty.cases.qualifier', 'penalty.cases.evidence']);
    expect(header!.slice(9 + 3 * CORE_KINDS.length)).toEqual(TABLE_KINDS.map((k) => `${k}.value`));
    expect(rows).toHaveLength(records.length);
    const byName = (row: string[]) => Object.fromEntries(header!.map((h, i) => [h, row[i]]));
    rows.forEach((row, i) => {
      const r = records[i]!;
      const got = byName(row);
      expect(row).toHaveLength(header!.length);
      expect(got.file).toBe(r.file);
      if (!r.ok) {
        expect(got).toMatchObject({ ok: 'false', error_code: r.error.code, error_message: r.error.message, title: '' });
        return;
      }
      expect(got).toMatchObject({ ok: 'true', title: cell(r.title), year: cell(r.year), issuer: cell(r.issuer), script: r.script, format: r.format });
      for (const kind of CORE_KINDS) {
        const s = r.summary[kind];
        expect(got[`${kind}.value`], `${r.file} ${kind}`).toBe(s ? String(s.value) : '');
        expect(got[`${kind}.qualifier`]).toBe(s ? s.qualifier : '');
        expect(got[`${kind}.evidence`]).toBe(s ? s.evidence.map((e) => r.metrics[e]!.text).join(' | ') : '');
      }
      for (const kind of TABLE_KINDS) {
        const m = r.metrics.find((x) => x.kind === kind && x.role === 'total');
        expect(got[`${kind}.value`], `${r.file} ${kind}`).toBe(m ? String(m.value) : '');
      }
    });
  });
});

describe('--format json', () => {
  it('is the same records as one pretty-printed array', async () => {
    const run = await runCli([...ARGS, '--format', 'json'], { cwd: tmp.dir });
    expect(run.stdout).toBe(JSON.stringify(records, null, 2) + '\n');
  });

  it('is an empty array for no inputs', async () => {
    const run = await runCli(['extract', '--files-from', '-', '--format', 'json', '-q'], { cwd: tmp.dir, stdin: '\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('[]\n');
  });
});

describe('--format table', () => {
  it('shows each report, its figures with evidence or —, and errors plainly', async () => {
    const run = await runCli([...ARGS, '--format', 'table'], { cwd: tmp.dir });
    const blocks = run.stdout.split('\n\n');
    expect(blocks).toHaveLength(records.length);
    expect(blocks[5]).toBe('empty.txt\n  error    EMPTY: ' + (records[5] as { error: { message: string } }).error.message);
    expect(blocks[6]).toContain('missing.txt\n  error    NOT_FOUND: no such file or directory: missing.txt');
    for (const kind of CORE_KINDS) expect(blocks[0]).toMatch(new RegExp(`\\n    ${kind.replace('.', '\\.')} +\\S`));
  });

  it('renders a report block: facts, figures, outline indented by level, warnings', () => {
    const metric: Metric = { kind: 'penalty.cases', value: 4, unit: 'case', qualifier: 'more_than', role: 'total', text: '处罚案件4起余', start: 0, end: 7, section: [], negated: false, year: 2023, yearStated: true, rule: 'penalty', source: 'prose' };
    const report: Report = {
      file: 'r.txt', ok: true, title: '某区教育局2023年行政执法工作报告', year: 2023, issuer: '某区教育局', script: 'traditional',
      format: 'html', encoding: 'big5', tables: [], metrics: [metric],
      headings: [{ level: 1, marker: '一、', title: '基本情况', start: 0, end: 5 }, { level: 2, marker: '（一）', title: '执法', start: 6, end: 10 }],
      summary: { ...Object.fromEntries(CORE_KINDS.map((k) => [k, null])), 'penalty.cases': { value: 4, unit: 'case', qualifier: 'more_than', evidence: [0] } } as Report['summary'],
      warnings: [{ code: 'MIXED_SCRIPT', message: 'some characters are Simplified' }],
    };
    expect(tableBlock(report)).toBe(
      [
        'r.txt',
        '  title    某区教育局2023年行政执法工作报告',
        '  year     2023',
        '  issuer   某区教育局',
        '  script   traditional (html, big5)',
        '  figures  1 metric mention',
        '    penalty.cases          4 case (more than)  「处罚案件4起余」',
        ...CORE_KINDS.slice(1).map((k) => `    ${k.padEnd(21)}  —`),
        '  outline',
        '      一、基本情况',
        '        （一）执法',
        '  warning  MIXED_SCRIPT: some characters are Simplified',
        '',
      ].join('\n'),
    );
  });
});
