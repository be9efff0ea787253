// The batch run over a synthetic archive of 1,000 files: order, error records, schema, --jobs, --resume, Ctrl-C.
// The 1,000-file runs are the expensive part; each one here checks as much as it can.
import { copyFile, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
import { RecordSchema, type ReportRecord } from '../../src/schema.js';
import { buildArchive, SEEDS_DIR, type Archive } from './archive.js';
import { jsonLines, runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let archive: Archive;
/** The JSONL of a --jobs 1 run: the reference every other run is compared with. */
let reference: string;
/** Each seed parsed on its own, without `file`: what every copy of it must give. */
const seedRecords = new Map<string, string>();

const withoutFile = ({ file: _file, ...rest }: ReportRecord) => JSON.stringify(rest);

beforeAll(async () => {
  tmp = await tempDir('archive');
  archive = await buildArchive(join(tmp.dir, 'archive'));
  for (const seed of new Set([...archive.expected.values()].flatMap((e) => (e.ok ? [e.seed] : [])))) {
    seedRecords.set(seed, withoutFile(await parseFile(join(SEEDS_DIR, seed))));
  }
});
afterAll(() => tmp.cleanup());

describe('extract over 1,000 files', () => {
  it('--jobs 1 gives 1,000 schema-valid records in order, with the right error records', async () => {
    const run = await runCli(['extract', 'archive', '--jobs', '1', '--out', 'j1.jsonl'], { cwd: tmp.dir });
    expect(run.code).toBe(1); // the archive has broken files
    expect(run.stdout).toBe('');
    reference = await readFile(join(tmp.dir, 'j1.jsonl'), 'utf8');
    expect(reference.endsWith('\n')).toBe(true);

    const lines = reference.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1000);
    const records = lines.map((l) => RecordSchema.parse(JSON.parse(l)));
    expect(records.map((r) => r.file)).toEqual(archive.files.map((f) => `archive/${f}`));

    let failures = 0;
    records.forEach((record, i) => {
      const expected = archive.expected.get(archive.files[i]!)!;
      if (expected.ok) {
        expect(record.ok, record.file).toBe(true);
        expect(withoutFile(record), record.file).toBe(seedRecords.get(expected.seed));
      } else {
        failures++;
        expect(record.ok, record.file).toBe(false);
        if (!record.ok) expect(expected.codes, record.file).toContain(record.error.code);
      }
    });
    expect(failures).toBe(40);
    expect(run.stderr).toMatch(/^1000 files, 960 ok, 40 failed, \d+ metrics, 0 warnings, 0\.00 s; skipped in folders: 2 hidden, 2 of other types\n$/);
  });

  it('--jobs 2 writes byte-identical output', async () => {
    const run = await runCli(['extract', 'archive', '--jobs', '2', '--out', 'j2.jsonl', '--quiet'], { cwd: tmp.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(await readFile(join(tmp.dir, 'j2.jsonl'), 'utf8')).toBe(reference);
  });

  it('--resume finishes a run cut off mid-line, without duplicates', async () => {
    const out = join(tmp.dir, 'cut.jsonl');
    await copyFile(join(tmp.dir, 'j1.jsonl'), out);
    // Cut in the middle of record 401: 400 whole lines and half a line stay.
    const offsets = [...reference.matchAll(/\n/g)].map((m) => m.index);
    const cut = Buffer.byteLength(reference.slice(0, offsets[399]! + 1)) + 25;
    await truncate(out, cut);

    const run = await runCli(['extract', 'archive', '--jobs', '1', '--out', 'cut.jsonl', '--resume'], { cwd: tmp.dir });
    expect(run.code).toBe(1); // failures written before the cut still count
    expect(run.stderr).toContain('dropped a cut-off last record (25 bytes)');
    expect(run.stderr).toContain('400 of 1000 inputs are already in cut.jsonl');
    expect(run.stderr).toMatch(/600 files, \d+ ok, \d+ failed, .*\(400 more already in the output, skipped\)/);
    expect(await readFile(out, 'utf8')).toBe(reference);

    // Resuming a finished file changes nothing.
    const again = await runCli(['extract', 'archive', '--out', 'cut.jsonl', '--resume', '-q', '-j', '1'], { cwd: tmp.dir });
    expect(again.code).toBe(1);
    expect(await readFile(out, 'utf8')).toBe(reference);
  });

  it('Ctrl-C writes the finished records in order and exits 130; --resume completes the output', async () => {
    let lines = 0;
    const run = await runCli(['extract', 'archive', '--jobs', '2'], {
      cwd: tmp.dir,
      onStdout: (chunk, interrupt) => {
        lines += chunk.split('\n').length - 1;
        if (lines === 100) interrupt();
      },
    });
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('interrupted: finishing the files in progress');
    expect(run.stderr).toMatch(/interrupted after \d+ of 1000 files/);
    // A prefix of the full output: every finished record, in order, none after a gap.
    const written = jsonLines(run.stdout).length;
    expect(written).toBeGreaterThanOrEqual(100);
    expect(written).toBeLessThan(1000);
    expect(reference.startsWith(run.stdout)).toBe(true);

    await writeFile(join(tmp.dir, 'stopped.jsonl'), run.stdout);
    const resumed = await runCli(['extract', 'archive', '--out', 'stopped.jsonl', '--resume', '-q', '-j', '1'], { cwd: tmp.dir });
    expect(resumed.code).toBe(1);
    expect(await readFile(join(tmp.dir, 'stopped.jsonl'), 'utf8')).toBe(reference);
  });
});
