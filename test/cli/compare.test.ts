// `compare`: figures that disagree between reports of the same issuer and year.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRecords, type Comparison } from '../../src/cli/compare.js';
import { CORE_KINDS, type Report, type ReportRecord, type SummaryValue } from '../../src/schema.js';
import { SEEDS_DIR } from './archive.js';
import { runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => void (tmp = await tempDir('compare')));
afterAll(() => tmp.cleanup());

/** A synthetic record, so these tests do not depend on the extraction's progress. */
function record(file: string, issuer: string | null, year: number | null, figures: Partial<Record<(typeof CORE_KINDS)[number], number>>): Report {
  const summary = Object.fromEntries(CORE_KINDS.map((k) => [k, null])) as Report['summary'];
  for (const [kind, value] of Object.entries(figures)) {
    summary[kind as keyof typeof summary] = { value, unit: kind === 'penalty.fines' ? 'yuan' : 'case', qualifier: 'exact', evidence: [0] } as SummaryValue;
  }
  return { file, ok: true, title: null, year, issuer, script: 'simplified', format: 'text', encoding: 'utf-8', headings: [], tables: [], metrics: [], summary, warnings: [] };
}

const A = record('a.txt', '西青区教育局', 2023, { 'penalty.cases': 1, 'officers.total': 20, 'penalty.fines': 5000 });
// A copy of A with one figure changed: the planted conflict.
const A2 = { ...record('copy/a.txt', '西青区教育局', 2023, { 'penalty.cases': 1, 'officers.total': 21, 'penalty.fines': 5000 }) };
// Says nothing of fines: no conflict with A over fines.
const A3 = record('a3.txt', '西青区教育局', 2023, { 'penalty.cases': 1, 'officers.total': 20 });
const OTHER_YEAR = record('b.txt', '西青区教育局', 2022, { 'penalty.cases': 9 });
const NO_ISSUER = record('c.txt', null, 2023, { 'penalty.cases': 7 });
const ERROR: ReportRecord = { file: 'd.txt', ok: false, error: { code: 'EMPTY', message: 'no text' } };
const jsonl = (records: ReportRecord[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('compareRecords', () => {
  it('flags the changed figure only, between reports of the same issuer and year', () => {
    const c = compareRecords(jsonl([A, OTHER_YEAR, A2, NO_ISSUER, ERROR, A3]).split('\n').concat('{"cut'));
    expect(c).toEqual<Comparison>({
      reports: 4,
      groups: 2,
      comparedGroups: 1,
      skipped: { noIssuerOrYear: 1, errorRecords: 1, badLines: 1 },
      conflicts: [
        {
          issuer: '西青区教育局',
          year: 2023,
          kind: 'officers.total',
          readings: [
            { value: 20, unit: 'case', qualifier: 'exact', files: ['a.txt', 'a3.txt'] },
            { value: 21, unit: 'case', qualifier: 'exact', files: ['copy/a.txt'] },
          ],
        },
      ],
    });
  });

  it('finds no conflict between identical copies', () => {
    expect(compareRecords(jsonl([A, { ...A, file: 'again.txt' }]).split('\n')).conflicts).toEqual([]);
  });
});

describe('compare command', () => {
  it('prints conflicts as a table and exits 0; 1 with --fail-on-conflict', async () => {
    await writeFile(join(tmp.dir, 'set.jsonl'), jsonl([A, OTHER_YEAR, A2, NO_ISSUER, ERROR]));
    const run = await runCli(['compare', 'set.jsonl'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '西青区教育局 2023',
        '  officers.total',
        '    20 case: a.txt',
        '    21 case: copy/a.txt',
        '',
        '1 conflicting figure in 1 group with two reports or more (3 reports, 2 issuer-and-year groups)',
        'skipped: 1 without issuer or year, 1 error records',
        '',
      ].join('\n'),
    );
    const strict = await runCli(['compare', 'set.jsonl', '--fail-on-conflict', '--format', 'json'], { cwd: tmp.dir });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ conflicts: [{ kind: 'officers.total' }], skipped: { noIssuerOrYear: 1 } });
  });

  it('exits 0 with --fail-on-conflict when all agree, and reads stdin with -', async () => {
    const run = await runCli(['compare', '-', '--fail-on-conflict'], { cwd: tmp.dir, stdin: jsonl([A, A3, OTHER_YEAR]) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 conflicting figures in 1 group');
  });

  // DEPENDS ON THE EXTRACTION (src/metrics, src/outline, written by others), not only on this CLI.
  // The two real 2023 reports of 西青区教育局 (seeds 001 and 004) must land in one group. They agree on
  // penalties, officers, inspections and rectifications, but genuinely disagree on reconsideration and
  // litigation: 001 says 未发生因行政执法引起的行政复议、行政诉讼案件 (0 and 0), 004 says 行政复议案件1件 …
  // 行政诉讼案件2件 (1 and 2). The hand-labelled gold (shared/eval/gold/seeds) has the same figures, so
  // compare must report exactly those two kinds.
  it('the two real 2023 西青区教育局 seeds: one group, conflicts on reconsideration and litigation only', async () => {
    const seeds = [join(SEEDS_DIR, '001_3770c9764d7b996a.txt'), join(SEEDS_DIR, '004_9f66dcbf1b3e7448.txt')];
    const extracted = await runCli(['extract', ...seeds, '--out', 'seeds.jsonl', '-q', '-j', '1'], { cwd: tmp.dir });
    expect(extracted.code).toBe(0);
    const run = await runCli(['compare', 'seeds.jsonl', '--format', 'json'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Comparison;
    expect(result).toMatchObject({ reports: 2, groups: 1, comparedGroups: 1 });
    expect(result.conflicts.map((c) => [c.issuer, c.year, c.kind, c.readings.map((r) => r.value)])).toEqual([
      ['西青区教育局', 2023, 'reconsideration.cases', [0, 1]],
      ['西青区教育局', 2023, 'litigation.cases', [0, 2]],
    ]);
  });
});
