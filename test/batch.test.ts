// parseFiles: the CLI's records, in the CLI's order, as an async iterator for scripts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiles } from '../src/batch/index.js';
import { isReportError } from '../src/errors.js';
import type { ReportRecord } from '../src/schema.js';
import { buildArchive, type Archive } from './cli/archive.js';
import { jsonLines, runCli, tempDir } from './cli/helpers.js';

let archive: Archive;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir('batch');
  cleanup = t.cleanup;
  archive = await buildArchive(t.dir, 60);
});
afterAll(() => cleanup());

async function collect(iter: AsyncIterable<ReportRecord>): Promise<ReportRecord[]> {
  const out: ReportRecord[] = [];
  for await (const r of iter) out.push(r);
  return out;
}

describe('parseFiles', () => {
  it('gives the records of `extract`, in its order, with one job and with two', async () => {
    const cli = await runCli(['extract', '--quiet', '-j', '1', '.', 'missing.txt'], { cwd: archive.root });
    const expected = jsonLines(cli.stdout);
    expect(expected.length).toBe(archive.files.length + 1);
    const one = await collect(parseFiles(['.', 'missing.txt'], { cwd: archive.root }));
    expect(one).toEqual(expected);
    const two = await collect(parseFiles(['.', 'missing.txt'], { cwd: archive.root, jobs: 2 }));
    expect(two).toEqual(expected);
    expect(one.at(-1)).toMatchObject({ file: 'missing.txt', ok: false, error: { code: 'NOT_FOUND' } });
    expect(one.filter((r) => !r.ok).length).toBeGreaterThan(1); // the archive's broken files are records too
  });

  it('takes include and exclude patterns, a single path, and literal paths', async () => {
    const docx = await collect(parseFiles(archive.root, { include: ['*.docx'] }));
    expect(docx.length).toBeGreaterThan(0);
    expect(docx.every((r) => r.file?.endsWith('.docx'))).toBe(true);
    const noA = await collect(parseFiles(['.'], { cwd: archive.root, exclude: ['A/**', 'a/**'] }));
    expect(noA.length).toBeLessThan(archive.files.length);
    expect(noA.some((r) => /^\.\/a\//i.test(r.file ?? ''))).toBe(false);
    const star = join(archive.root, '*.txt');
    expect((await collect(parseFiles([star], { glob: false })))[0]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('passes parse options on: includeText, maxBytes', async () => {
    const file = join(archive.root, 'one.txt');
    await writeFile(file, '2024年共办理行政处罚案件4起。');
    const [withText] = await collect(parseFiles([file], { includeText: true }));
    expect(withText).toMatchObject({ ok: true, text: '2024年共办理行政处罚案件4起。' });
    const [tooLarge] = await collect(parseFiles([file], { maxBytes: 5 }));
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('stops its workers when the loop is left early', async () => {
    let n = 0;
    for await (const r of parseFiles(['.'], { cwd: archive.root, jobs: 2 })) {
      expect(r).toBeDefined();
      if (++n === 3) break;
    }
    expect(n).toBe(3);
  });

  it('throws the signal’s reason when aborted, after the records before it', async () => {
    const controller = new AbortController();
    const seen: ReportRecord[] = [];
    const run = async () => {
      for await (const r of parseFiles(['.'], { cwd: archive.root, signal: controller.signal })) {
        seen.push(r);
        if (seen.length === 2) controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(seen).toHaveLength(2);
    const aborted = AbortSignal.abort();
    await expect(collect(parseFiles(['.'], { cwd: archive.root, signal: aborted }))).rejects.toThrow(/abort/i);
  });

  it('rejects arguments of the wrong type with TypeError, not ReportError', async () => {
    for (const bad of [undefined, 42, [42], null]) {
      const err = await collect(parseFiles(bad as never)).catch((e: unknown) => e);
      expect(err, String(bad)).toBeInstanceOf(TypeError);
      expect(isReportError(err)).toBe(false);
    }
    await expect(collect(parseFiles('.', { jobs: 0 }))).rejects.toThrow(RangeError);
  });
});
