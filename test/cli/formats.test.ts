// Output formats: CSV long and dataset parse back (csv-parse) to the records' values; json is the JSONL as an
// array; the table shows facts, figures, outline and errors. Inputs: the seeds plus error inputs.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/writers/csv.js';
import { DATASET_COLUMNS, datasetColumns } from '../../src/cli/writers/dataset.js';
import { SUMMARY_COLUMNS } from '../../src/cli/writers/summary.js';
import { KINDS } from '../../src/metrics/kinds.js';
import { summaryOf } from '../../src/summary.js';
import { tableBlock } from '../../src/cli/writers/table.js';
import { TABLE_KINDS } from '../../src/metrics/kinds.js';
import { CORE_KINDS, RecordSchema, type Metric, type Report, type ReportRecord } from '../../src/schema.js';
import { SEEDS_DIR } from './archive.js';
import { runCli, tempDir } from './helpers.js';
import { NO_PROFILE } from '../records.js';

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
      const evidence = new Set(Object.values(r.summary).flatMap((x) => x?.evidence ?? []));
      return r.metrics.map((m, i) => ({
        file: r.file, ok: 'true', error_code: '', doc_id: r.docId, title: cell(r.title), report_year: cell(r.year), issuer: cell(r.issuer),
        kind: m.kind, value: String(m.value), unit: m.unit, qualifier: m.qualifier, role: m.role, text: m.text,
        start: String(m.start), end: String(m.end), section: m.section.join(' > '), negated: String(m.negated),
        metric_year: cell(m.year), year_stated: String(m.yearStated), in_summary: String(evidence.has(i)), rule: m.rule,
      }));
    });
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => expect(row).toMatchObject(expected[i]!));
    expect(rows.map((r) => r.file)).toContain('quote,"and\nnewline".txt');
    expect(rows.find((r) => r.file === 'missing.txt')?.error_code).toBe('NOT_FOUND');
    // Every summary figure's evidence is marked, and nothing else.
    const marked = rows.filter((r) => r.in_summary === 'true').length;
    expect(marked).toBe(records.reduce((n, r) => n + (r.ok ? new Set(Object.values(r.summary).flatMap((x) => x?.evidence ?? [])).size : 0), 0));
    expect(marked).toBeGreaterThan(10);
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
    expect(header!.slice(0, 18)).toEqual([
      'file', 'ok', 'error_code', 'error_message', 'doc_id', 'title', 'year', 'issuer', 'report_type', 'body_type',
      'publisher', 'published', 'region_code', 'province', 'city', 'county', 'script', 'format',
    ]);
    expect(header!.slice(18, 21)).toEqual(['penalty.cases.value', 'penalty.cases.qualifier', 'penalty.cases.evidence']);
    expect(header!.slice(18 + 3 * CORE_KINDS.length, 18 + 3 * CORE_KINDS.length + 3)).toEqual(['penalty.type.warning.value', 'penalty.type.warning.qualifier', 'penalty.type.warning.evidence']);
    expect(header).toHaveLength(18 + 3 * (CORE_KINDS.length + TABLE_KINDS.length));
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
      expect(got).toMatchObject({
        ok: 'true', doc_id: r.docId, title: cell(r.title), year: cell(r.year), issuer: cell(r.issuer), script: r.script, format: r.format,
        report_type: r.reportType, body_type: cell(r.bodyType), published: cell(r.published), region_code: cell(r.region?.code),
        province: cell(r.region?.province), city: cell(r.region?.city), county: cell(r.region?.county),
      });
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

describe('--format dataset --kinds', () => {
  it('with --kinds all, adds a triple for every kind in KINDS, core kinds first, in a fixed order', async () => {
    const text = await csv('dataset', ['--kinds', 'all']);
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(datasetColumns('all'));
    expect(header!.filter((h) => h.endsWith('.value'))).toEqual(Object.keys(KINDS).map((k) => `${k}.value`));
    const seed = records.findIndex((r) => r.ok && r.metrics.some((m) => m.kind === 'training.sessions'));
    const r = records[seed] as Report;
    const got = Object.fromEntries(header!.map((h, i) => [h, rows[seed]![i]]));
    const s = summaryOf(r.metrics, 'training.sessions', r.year)!;
    expect(got['training.sessions.value']).toBe(String(s.value));
    expect(got['training.sessions.evidence']).toBe(r.metrics[s.evidence[0]!]!.text);
  });

  it('refuses --kinds for other formats', async () => {
    const run = await runCli([...ARGS, '--format', 'csv', '--kinds', 'all'], { cwd: tmp.dir });
    expect(run.code).toBe(2);
  });
});

describe('--format summary (tidy)', () => {
  it('has one row per report and core kind, with the figure, its words and 30 characters either side', async () => {
    const text = await csv('summary');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(text.startsWith(SUMMARY_COLUMNS.join(',') + '\r\n')).toBe(true);
    const ok = records.filter((r): r is Report => r.ok);
    expect(rows).toHaveLength(ok.length * CORE_KINDS.length + (records.length - ok.length));
    const withText = await runCli([...ARGS, '--include-text'], { cwd: tmp.dir });
    const texts = new Map(withText.stdout.trim().split('\n').map((l) => JSON.parse(l) as Report).map((r) => [r.file, r.text]));
    let checked = 0;
    for (const row of rows) {
      const r = ok.find((x) => x.file === row.file);
      if (!r) {
        expect(row.ok).toBe('false');
        continue;
      }
      const s = r.summary[row.kind as (typeof CORE_KINDS)[number]];
      expect(row.value, `${row.file} ${row.kind}`).toBe(s ? String(s.value) : '');
      if (!s || s.evidence.length !== 1) continue;
      const m = r.metrics[s.evidence[0]!]!;
      const source = texts.get(r.file)!;
      expect(row.evidence).toBe(m.text);
      expect([row.start, row.end]).toEqual([String(m.start), String(m.end)]);
      expect(row.context_before).toBe(source.slice(Math.max(0, m.start - 30), m.start).replace(/\s+/g, ' '));
      expect(row.context_after).toBe(source.slice(m.end, m.end + 30).replace(/\s+/g, ' '));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('is the same whatever the number of jobs (records are written in the workers)', async () => {
    const one = await csv('summary');
    const two = await runCli([...ARGS.filter((a) => a !== '1' && a !== '-j'), '-j', '2', '--format', 'summary'], { cwd: tmp.dir });
    expect(two.stdout).toBe(one);
  });
});

describe('--format json', () => {
  it('is the same records as one pretty-printed array', async () => {
    const run = await runCli([...ARGS, '--format', 'json'], { cwd: tmp.dir });
    expect(run.stdout).toBe(JSON.stringify(records, null, 2) + '\n');
  });

  it('is never written for no inputs: an empty list is an error, also with -q', async () => {
    const run = await runCli(['extract', '--files-from', '-', '--format', 'json', '-q'], { cwd: tmp.dir, stdin: '\n' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: nothing to parse: standard input lists no paths\n');
  });
});

describe('--format table', () => {
  it('writes big figures with thousands separators, shortens long evidence, and lists the other kinds found', () => {
    const m = (kind: Metric['kind'], value: number, text: string): Metric => ({
      kind, value, unit: 'yuan', qualifier: 'exact', role: 'total', text, start: 0, end: text.length, section: [], negated: false, year: 2023, yearStated: true, rule: kind, source: 'prose',
    });
    const long = '全年共作出行政处罚决定并依法收缴罚没款项，经复核确认，罚没金额合计为人民币1234567.5元';
    const report: Report = {
      file: 'r.txt', ok: true, ...NO_PROFILE, title: null, year: 2023, issuer: null, script: 'simplified', format: 'text', encoding: 'utf-8', tables: [],
      metrics: [m('penalty.fines', 1234567.5, long), m('training.sessions', 8, '培训8次'), m('training.sessions', 3, '培训3次'), m('legal_review.cases', 1, '法制审核1件')],
      headings: [],
      summary: { ...Object.fromEntries(CORE_KINDS.map((k) => [k, null])), 'penalty.fines': { value: 1234567.5, unit: 'yuan', qualifier: 'exact', evidence: [0], rule: 'total' } } as Report['summary'],
      warnings: [],
    };
    const block = tableBlock(report);
    expect(block).toContain(`    penalty.fines          1,234,567.5 yuan  「${[...long].slice(0, 19).join('')}…${[...long].slice(-19).join('')}」\n`);
    expect(block).toContain('\n  also     training.sessions ×2, legal_review.cases ×1\n');
    // Short evidence stays whole; a value of 2023 is an amount here, not a year, and is written as one.
    expect(tableBlock({ ...report, summary: { ...report.summary, 'penalty.fines': { value: 2023, unit: 'yuan', qualifier: 'exact', evidence: [1], rule: 'total' } } })).toContain('2,023 yuan  「培训8次」');
  });

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
      file: 'r.txt', ok: true, ...NO_PROFILE, title: '某区教育局2023年行政执法工作报告', year: 2023, issuer: '某区教育局', script: 'traditional',
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
