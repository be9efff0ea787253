// `compare`: figures that disagree between reports of the same issuer (or region) and year, and the panel.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, compareReports, type Comparison } from '../../src/cli/compare.js';
import { parseRecords } from '../../src/cli/records.js';
import { CORE_KINDS, type Metric, type Region, type Report, type ReportRecord } from '../../src/schema.js';
import { NO_PROFILE } from '../records.js';
import { SEEDS_DIR } from './archive.js';
import { runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => void (tmp = await tempDir('compare')));
afterAll(() => tmp.cleanup());

type Figures = Partial<Record<(typeof CORE_KINDS)[number], number>>;

/**
 * A synthetic record, so these tests do not depend on the extraction's progress: each figure rests on one
 * metric whose words stand in the record's text.
 */
function record(file: string, issuer: string | null, year: number | null, figures: Figures, over: Partial<Report> = {}): Report {
  const summary = Object.fromEntries(CORE_KINDS.map((k) => [k, null])) as Report['summary'];
  const metrics: Metric[] = [];
  let text = '前言。';
  for (const [kind, value] of Object.entries(figures)) {
    const words = `${kind}为${value}`;
    metrics.push({
      kind: kind as Metric["kind"], value, unit: "case", qualifier: "exact", role: "total", text: words, start: text.length, end: text.length + words.length,
      section: [], negated: false, year, yearStated: false, rule: kind, source: "prose",
    });
    text += `${words}。`;
    summary[kind as keyof typeof summary] = { value, unit: 'case', qualifier: 'exact', evidence: [metrics.length - 1], rule: 'total' };
  }
  return {
    file, ok: true, ...NO_PROFILE, docId: `${file.length.toString(16).padStart(2, '0')}${'0'.repeat(14)}`.slice(0, 16), title: `${issuer ?? ''}${year}年报告`,
    year, issuer, reportType: 'enforcement_report', script: 'simplified', format: 'text', encoding: 'utf-8', headings: [], tables: [], metrics, summary,
    warnings: [], text, ...over,
  };
}

const id = (n: number) => n.toString(16).padStart(16, '0');
const A = record('a.txt', '西青区教育局', 2023, { 'penalty.cases': 1, 'officers.total': 20 }, { docId: id(1) });
// Another report of the same bureau and year with one figure changed: the planted conflict.
const A2 = record('b.txt', '西青区教育局', 2023, { 'penalty.cases': 1, 'officers.total': 21 }, { docId: id(2), reportType: 'rule_of_law_report' });
// Says nothing of officers: no conflict with A over them.
const A3 = record('c.txt', '西青区教育局', 2023, { 'penalty.cases': 1 }, { docId: id(3) });
// A copy of A (same docId) in another container that reads one figure differently is still one report.
const A_COPY = record('a.html', '西青区教育局', 2023, { 'penalty.cases': 1, 'officers.total': 99 }, { docId: id(1) });
const OTHER_YEAR = record('d.txt', '西青区教育局', 2022, { 'penalty.cases': 9 }, { docId: id(4) });
const NO_ISSUER = record('e.txt', null, 2023, { 'penalty.cases': 7 }, { docId: id(5) });
const ERROR: ReportRecord = { file: 'f.txt', ok: false, error: { code: 'EMPTY', message: 'no text' } };
const jsonl = (records: ReportRecord[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const load = (records: ReportRecord[], extra = '') => parseRecords(jsonl(records) + extra, 'set.jsonl', 'compare');

describe('compareReports', () => {
  it('flags the changed figure only, between distinct reports of the same issuer and year', () => {
    const c = compareReports(load([A, OTHER_YEAR, A2, NO_ISSUER, ERROR, A3, A_COPY], '{"cut'));
    expect({ ...c, conflicts: [] }).toEqual<Comparison>({
      by: 'issuer',
      reports: 4,
      groups: 2,
      comparedGroups: 1,
      skipped: { ungrouped: 1, copies: 1, errorRecords: 1, badLines: 1 },
      conflicts: [],
    });
    expect(c.conflicts.map((x) => [x.group, x.year, x.kind, x.readings.map((r) => [r.value, r.files])])).toEqual([
      ['西青区教育局', 2023, 'officers.total', [[20, ['a.txt']], [21, ['b.txt']]]],
    ]);
  });

  it('gives each reading its reports: title, type, copies, and the words with 30 characters either side', () => {
    const long = record('g.txt', '西青区教育局', 2023, { 'officers.total': 20 }, { docId: id(6) });
    long.text = `${'前'.repeat(40)}${long.text!.slice(3)}${'后'.repeat(40)}`;
    long.metrics[0] = { ...long.metrics[0]!, start: 40, end: 40 + long.metrics[0]!.text.length };
    const [conflict] = compareReports(load([A, A_COPY, A2, long])).conflicts;
    const [first, second] = conflict!.readings;
    expect(first!.reports.map((r) => [r.file, r.title, r.reportType, r.copies])).toEqual([
      ['a.txt', '西青区教育局2023年报告', 'enforcement_report', ['a.html']],
      ['g.txt', '西青区教育局2023年报告', 'enforcement_report', []],
    ]);
    expect(second!.reports[0]).toMatchObject({ file: 'b.txt', reportType: 'rule_of_law_report' });
    expect(first!.reports[1]!.evidence).toEqual([
      { words: 'officers.total为20', start: 40, end: 57, before: '前'.repeat(30), after: `。${'后'.repeat(29)}` },
    ]);
  });

  it('finds no conflict between copies, nor between reports that agree', () => {
    expect(compareReports(load([A, A_COPY])).conflicts).toEqual([]);
    expect(compareReports(load([A, { ...A, file: 'again.txt', docId: id(9) }])).conflicts).toEqual([]);
  });

  it('groups by region and kind of body with --by region, joining spellings of one issuer', () => {
    const region: Region = { code: '120101', province: '天津市', city: '天津市', county: '和平区', level: 'county', from: 'issuer' };
    const x = record('x.txt', '天津市和平区教育局', 2023, { 'penalty.cases': 3 }, { docId: id(10), region, bodyType: 'education' });
    const y = record('y.txt', '和平区教育局', 2023, { 'penalty.cases': 4 }, { docId: id(11), region, bodyType: 'education' });
    const z = record('z.txt', '和平区卫生健康委', 2023, { 'penalty.cases': 50 }, { docId: id(12), region, bodyType: 'health' });
    expect(compareReports(load([x, y, z])).conflicts).toEqual([]);
    const byRegion = compareReports(load([x, y, z]), 'region');
    expect(byRegion.conflicts.map((c) => [c.group, c.kind, c.readings.map((r) => r.value)])).toEqual([
      ['天津市 和平区 (120101) education', 'penalty.cases', [3, 4]],
    ]);
  });
});

describe('reading records', () => {
  it('reads a JSON array as JSONL', async () => {
    await writeFile(join(tmp.dir, 'set.json'), JSON.stringify([A, A2, ERROR], null, 2));
    const run = await runCli(['compare', 'set.json', '--format', 'json'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ reports: 2, conflicts: [{ kind: 'officers.total' }], skipped: { errorRecords: 1 } });
  });

  it.each([
    ['CSV', 'file,ok,error_code,error_message,title\r\na.txt,true,,,报告\r\n', /set\.csv holds no records\. It looks like CSV \(--format csv or dataset\)\. compare reads the records `extract` writes as JSON Lines/],
    ['a broken JSON array', '[{"ok": true,', /starts like a JSON array but is not valid JSON/],
    ['prose', '这不是记录', /holds no records\. compare reads/],
  ])('refuses %s with exit 2, saying what it reads', async (_, content, message) => {
    await writeFile(join(tmp.dir, 'set.csv'), content);
    const run = await runCli(['compare', 'set.csv'], { cwd: tmp.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('compare command', () => {
  it('prints each conflict with the reports and their words in context, and exits 0; 1 with --fail-on-conflict', async () => {
    await writeFile(join(tmp.dir, 'set.jsonl'), jsonl([A, OTHER_YEAR, A2, NO_ISSUER, ERROR, A_COPY]));
    const run = await runCli(['compare', 'set.jsonl'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '西青区教育局 2023',
        '  officers.total',
        '    20 case',
        '      a.txt (also: a.html) · 西青区教育局2023年报告 · enforcement_report',
        '        …前言。penalty.cases为1。【officers.total为20】。…',
        '    21 case',
        '      b.txt · 西青区教育局2023年报告 · rule_of_law_report',
        '        …前言。penalty.cases为1。【officers.total为21】。…',
        '',
        '1 conflicting figure in 1 group with two reports or more (3 reports, 2 issuer-and-year groups)',
        'skipped: 1 without issuer or year, 1 copy of a report counted once, 1 error records',
        '',
      ].join('\n'),
    );
    const strict = await runCli(['compare', 'set.jsonl', '--fail-on-conflict', '--format', 'json'], { cwd: tmp.dir });
    expect(strict.code).toBe(1);
  });

  it('shows the words alone, and says how to get context, for records without text', async () => {
    const bare = (r: Report) => ({ ...r, text: undefined });
    const run = await runCli(['compare', '-'], { cwd: tmp.dir, stdin: jsonl([bare(A), bare(A2)]) });
    expect(run.stdout).toContain('        「officers.total为20」\n');
    expect(run.stdout).toContain('run extract with --include-text to see the words in context');
  });

  it('exits 0 with --fail-on-conflict when all agree, and reads stdin with -', async () => {
    const run = await runCli(['compare', '-', '--fail-on-conflict'], { cwd: tmp.dir, stdin: jsonl([A, A3, OTHER_YEAR]) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 conflicting figures in 1 group');
  });
});

describe('compare --panel', () => {
  it('prints one row per issuer and year with the core figures, a disagreement marked', async () => {
    const run = await runCli(['compare', '-', '--panel'], { cwd: tmp.dir, stdin: jsonl([A, OTHER_YEAR, A2, A_COPY, NO_ISSUER]) });
    expect(run.code).toBe(0);
    const [head, first, second] = run.stdout.split('\n');
    expect(head).toMatch(/^issuer +year +reports +penalty\.cases +penalty\.fines +officers\.total/);
    expect(first).toMatch(/^西青区教育局 +2023 +2 +1 +— +20≠21 +— /);
    expect(second).toMatch(/^西青区教育局 +2022 +1 +9 +— +— /);
    expect(run.stdout).toContain('2 rows; 1 figure where reports of a group disagree');
    const strict = await runCli(['compare', '-', '--panel', '--fail-on-conflict'], { cwd: tmp.dir, stdin: jsonl([A, A2]) });
    expect(strict.code).toBe(1);
  });

  it('writes the panel as CSV: an empty value and the readings where reports disagree', async () => {
    const run = await runCli(['compare', '-', '--panel', '--format', 'csv'], { cwd: tmp.dir, stdin: jsonl([A, A2]) });
    const [head, row] = run.stdout.split('\r\n');
    expect(head).toBe(['group', 'region_code', 'year', 'reports', 'files', ...CORE_KINDS.flatMap((k) => [`${k}.value`, `${k}.qualifier`, `${k}.conflict`])].join(','));
    expect(row).toBe(`西青区教育局,,2023,2,a.txt | b.txt,1,exact,,,,,,,20 | 21${',,,'.repeat(CORE_KINDS.length - 3)}`);
  });

  it('refuses CSV without --panel', async () => {
    const run = await runCli(['compare', '-', '--format', 'csv'], { cwd: tmp.dir, stdin: jsonl([A]) });
    expect(run.code).toBe(2);
  });

  it.each([
    [{ value: 30, unit: 'case', qualifier: 'more_than', conflict: null }, '30+'],
    [{ value: 30, unit: 'case', qualifier: 'at_least', conflict: null }, '≥30'],
    [{ value: 30, unit: 'case', qualifier: 'approx', conflict: null }, '~30'],
    [{ value: 30, unit: 'case', qualifier: 'exact', conflict: null }, '30'],
    [{ value: null, unit: 'case', qualifier: null, conflict: [0, 1] }, '0≠1'],
    [null, '—'],
  ] as const)('shows %j as %s', (cell, text) => {
    expect(cellText(cell as never)).toBe(text);
  });
});

// DEPENDS ON THE EXTRACTION (src/metrics, src/outline, written by others), not only on this CLI.
// The two real 2023 reports of 西青区教育局 (seeds 001 and 004) must land in one group. They agree on
// penalties, officers, inspections and rectifications, but genuinely disagree on reconsideration and
// litigation: 001 says 未发生因行政执法引起的行政复议、行政诉讼案件 (0 and 0), 004 says 行政复议案件1件 …
// 行政诉讼案件2件 (1 and 2). The hand-labelled gold (shared/eval/gold/seeds) has the same figures, so
// compare must report exactly those two kinds.
describe('the two real 2023 西青区教育局 seeds', () => {
  it('one group, conflicts on reconsideration and litigation only, each reading with its report and words', async () => {
    const seeds = [join(SEEDS_DIR, '001_3770c9764d7b996a.txt'), join(SEEDS_DIR, '004_9f66dcbf1b3e7448.txt')];
    const extracted = await runCli(['extract', ...seeds, '--out', 'seeds.jsonl', '-q', '-j', '1', '--include-text'], { cwd: tmp.dir });
    expect(extracted.code).toBe(0);
    const run = await runCli(['compare', 'seeds.jsonl', '--format', 'json'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Comparison;
    expect(result).toMatchObject({ reports: 2, groups: 1, comparedGroups: 1 });
    expect(result.conflicts.map((c) => [c.group, c.year, c.kind, c.readings.map((r) => r.value)])).toEqual([
      ['西青区教育局', 2023, 'reconsideration.cases', [0, 1]],
      ['西青区教育局', 2023, 'litigation.cases', [0, 2]],
    ]);
    const [zero, one] = result.conflicts[0]!.readings;
    expect(zero!.reports[0]).toMatchObject({ title: '西青区教育局2023年行政执法情况报告', reportType: 'enforcement_report' });
    expect(one!.reports[0]).toMatchObject({ title: '西青区教育局2023年法治政府建设情况报告', reportType: 'rule_of_law_report' });
    expect(zero!.reports[0]!.evidence[0]!.words).toContain('行政复议');
    expect(one!.reports[0]!.evidence[0]!.before!.length).toBeGreaterThan(10); // 30 characters, white space runs folded
  });
});
