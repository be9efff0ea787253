// `evaluate` on the command line: the bundled seed gold, bad gold folders, thresholds; and the same figures
// as the project's scorer (../shared/eval/score.mjs) on the seeds and the dev corpus.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared');
const SCORER = join(SHARED, 'eval/score.mjs');
const HAS_SHARED = existsSync(SCORER);

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => void (tmp = await tempDir('evaluate')));
afterAll(() => tmp.cleanup());

const LINE = /^docs \d+\/\d+ · summary \d+\/\d+ \([\d.]+%\), stated \d+\/\d+ \([\d.]+%\) · mentions P=[\d.]+ R=[\d.]+ F1=[\d.]+ · headings F1=[\d.]+ · meta \d+\/\d+ · forbidden \d+$/;
const lastLine = (s: string) => s.trimEnd().split('\n').at(-1)!;

describe('evaluate', () => {
  it('scores the bundled seed gold: one row per report, one per kind, the scorecard line last', async () => {
    const run = await runCli(['evaluate', '--gold', 'fixtures/gold', '--docs', 'fixtures/seeds'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(lastLine(run.stdout)).toMatch(LINE);
    expect(lastLine(run.stdout)).toMatch(/^docs 5\/5 · summary \d+\/50 /);
    for (const f of readdirSync(join(ROOT, 'fixtures/gold'))) expect(run.stdout).toContain(f.replace('.json', '.txt'));
    expect(run.stdout).toMatch(/\npenalty\.cases +\d+\/5 +[\d.]+ +[\d.]+ +[\d.]+ +\d+\/\d+\/\d+\n/);
  });

  it('gives the same as JSON, and leaves out misses on request', async () => {
    const run = await runCli(['evaluate', '--gold', 'fixtures/gold', '--docs', 'fixtures/seeds', '--format', 'json', '--no-misses'], { cwd: ROOT });
    const card = JSON.parse(run.stdout) as { docs: number; byKind: Record<string, { precision: number }>; rows: { misses?: unknown }[] };
    expect(card.docs).toBe(5);
    expect(Object.keys(card.byKind)).toContain('litigation.lost');
    expect(card.rows.every((r) => r.misses === undefined)).toBe(true);
  });

  it('exits 1 when a threshold is not met, and says which', async () => {
    const gold = join(tmp.dir, 'strict');
    await mkdir(gold);
    // A figure the seed does not state: the summary is then wrong.
    const g = JSON.parse(readFileSync(join(ROOT, 'fixtures/gold/001_3770c9764d7b996a.json'), 'utf8'));
    await writeFile(join(gold, 'a.json'), JSON.stringify({ ...g, summary: { ...g.summary, 'penalty.cases': 999 } }));
    const run = await runCli(['evaluate', '--gold', gold, '--docs', 'fixtures/seeds', '--min-summary', '1'], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/short of: min-summary 1 \(got 0\.9\d+\)\ndocs 1\/1/);
    expect(run.stdout).toContain('summary penalty.cases: want 999, got {"value":1');
  });

  it.each([
    ['a missing gold folder', async () => join(tmp.dir, 'nope'), /cannot read the gold folder/],
    ['a folder without gold files', async () => {
      const d = join(tmp.dir, 'empty');
      await mkdir(d, { recursive: true });
      return d;
    }, /no gold files/],
    ['a gold file with a bad field', async () => {
      const d = join(tmp.dir, 'bad');
      await mkdir(d, { recursive: true });
      await writeFile(join(d, 'x.json'), JSON.stringify({ doc: 'x.txt', mentions: [{ kind: 'penalty.cases', value: '4', anchor: 'a' }] }));
      return d;
    }, /x\.json: mentions\.0\.value: .*docs\/gold-format\.md/],
    ['a gold file that names a missing document', async () => {
      const d = join(tmp.dir, 'missing-doc');
      await mkdir(d, { recursive: true });
      await writeFile(join(d, 'x.json'), JSON.stringify({ doc: 'x.txt' }));
      return d;
    }, /names a document that is not in fixtures\/seeds/],
    ['an anchor that is not in the text', async () => {
      const d = join(tmp.dir, 'bad-anchor');
      await mkdir(d, { recursive: true });
      await writeFile(join(d, 'x.json'), JSON.stringify({ doc: '001_3770c9764d7b996a.txt', mentions: [{ kind: 'penalty.cases', value: 1, anchor: '处罚一百件' }] }));
      return d;
    }, /mention anchor not in the text: 处罚一百件/],
  ])('exits 2 on %s, saying what is wrong', async (_, make, message) => {
    const run = await runCli(['evaluate', '--gold', await make(), '--docs', 'fixtures/seeds'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('keeps fixtures/gold a copy of the project gold for the seeds', () => {
    if (!HAS_SHARED) return;
    for (const f of readdirSync(join(ROOT, 'fixtures/gold'))) {
      expect(readFileSync(join(ROOT, 'fixtures/gold', f), 'utf8'), f).toBe(readFileSync(join(SHARED, 'eval/gold/seeds', f), 'utf8'));
    }
  });
});

// The project's scorer is in ../shared, beside the developers' clones and CI's, not in users' clones.
const agreement = HAS_SHARED
  ? 'evaluate agrees with ../shared/eval/score.mjs'
  : 'evaluate agrees with ../shared/eval/score.mjs — SKIPPED: ../shared/eval/score.mjs is not beside this clone (CI has it)';

// Gold for two dev documents with a summary figure and a mention changed, so that both scorers have
// misses to list whatever the extractor gets right.
async function alteredDevGold(): Promise<string> {
  const dir = join(tmp.dir, 'altered-gold');
  await mkdir(dir, { recursive: true });
  for (const f of readdirSync(join(SHARED, 'eval/gold/dev')).slice(0, 2)) {
    const g = JSON.parse(readFileSync(join(SHARED, 'eval/gold/dev', f), 'utf8')) as { summary: Record<string, unknown>; mentions: { value: number }[] };
    g.summary['penalty.cases'] = 987654;
    if (g.mentions[0]) g.mentions[0].value += 1;
    await writeFile(join(dir, f), JSON.stringify(g));
  }
  return dir;
}

describe.skipIf(!HAS_SHARED)(agreement, () => {
  it.each([
    ['seeds', 'corpus/seeds'],
    ['dev', 'corpus/dev'],
    ['altered', 'corpus/dev'],
  ])('on the %s: the same scorecard line, rows and misses', async (set, docsDir) => {
    const gold = set === 'altered' ? await alteredDevGold() : join(SHARED, 'eval/gold', set);
    const docs = join(SHARED, docsDir);
    const ours = await runCli(['evaluate', '--gold', gold, '--docs', docs], { cwd: ROOT });
    // The scorer reads the same extractor's records, written by `extract` in this process.
    const files = readdirSync(gold).map((f) => join(docs, JSON.parse(readFileSync(join(gold, f), 'utf8')).doc as string));
    const extracted = await runCli(['extract', '--format', 'jsonl', '--jobs', '1', '--quiet', ...files], { cwd: ROOT });
    const pred = join(tmp.dir, `${set}.jsonl`);
    await writeFile(pred, extracted.stdout);
    let theirs: string;
    try {
      theirs = execFileSync(process.execPath, [SCORER, '--gold', gold, '--docs', docs, '--pred', pred, '--verbose'], { encoding: 'utf8' });
    } catch (e) {
      theirs = (e as { stdout: string }).stdout; // exit 1 when a doc gives no record: the output still counts
    }
    expect(lastLine(ours.stdout)).toBe(lastLine(theirs));
    const rows = (s: string) => s.split('\n').filter((l) => /^\S+\.txt +\d+\/\d+ /.test(l));
    expect(rows(ours.stdout)).toEqual(rows(theirs));
    const misses = (s: string) => s.split('\n').filter((l) => l.startsWith('  - ')).sort();
    expect(misses(ours.stdout)).toEqual(misses(theirs));
    expect(misses(ours.stdout).length).toBeGreaterThan(set === 'altered' ? 0 : -1);
  });
});
