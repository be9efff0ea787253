// The CLI in-process: exit codes, usage errors, path lists, progress and summary, limits, --include-text.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema } from '../../src/schema.js';
import { SEEDS_DIR } from './archive.js';
import { jsonLines, runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
const SEED = join(SEEDS_DIR, '001_3770c9764d7b996a.txt');
const SEED2 = join(SEEDS_DIR, '004_9f66dcbf1b3e7448.txt');
const files = (stdout: string) => jsonLines(stdout).map((r) => (r as { file: string }).file);

beforeAll(async () => {
  tmp = await tempDir('run');
  await writeFile(join(tmp.dir, 'empty.txt'), '');
  await writeFile(join(tmp.dir, 'list.txt'), `${SEED}\nmissing.txt\n\n${SEED2}\n`);
});
afterAll(() => tmp.cleanup());

describe('exit codes', () => {
  it('0 when every input gives a report, with a summary line on stderr', async () => {
    const run = await runCli(['extract', SEED, SEED2], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    expect(files(run.stdout)).toEqual([SEED, SEED2]);
    expect(run.stderr).toMatch(/^2 files, 2 ok, 0 failed, \d+ metrics, 0\.00 s\n$/);
  });

  it('1 when some inputs fail; their error records are in the output', async () => {
    const run = await runCli(['extract', SEED, 'empty.txt', 'nothing/*.txt', '-q', '-j', '1'], { cwd: tmp.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const records = jsonLines(run.stdout).map((r) => RecordSchema.parse(r));
    expect(records.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'EMPTY', 'NOT_FOUND']);
    expect(records[2]).toEqual({ file: 'nothing/*.txt', ok: false, error: { code: 'NOT_FOUND', message: 'no file matches the glob nothing/*.txt' } });
  });

  it.each([
    [['extract', '--format', 'xml', SEED], "argument 'xml' is invalid"],
    [['extract', '--jobs', '0', SEED], '--jobs takes a whole number of 1 or more'],
    [['extract', '--max-bytes', '1e3', SEED], '--max-bytes takes a whole number'],
    [['extract', '--bogus', SEED], "unknown option '--bogus'"],
    [['extract'], 'give at least one file, directory or glob, or --files-from FILE'],
    [['extract', '--resume', SEED], '--resume continues a JSONL output file'],
    [['extract', '--resume', '--out', 'x.csv', '--format', 'csv', SEED], '--resume continues a JSONL output file'],
    [['extract', '--bom', SEED], '--bom is for CSV output'],
    [['extract', '-', '--files-from', '-'], 'standard input can be read once'],
    [['extract', '--files-from', 'nope.txt'], 'cannot read --files-from nope.txt'],
    [['extract', '--out', 'no/such/dir/out.jsonl', SEED], 'cannot write no/such/dir/out.jsonl'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['compare'], "missing required argument 'records'"],
    [['compare', 'nope.jsonl'], 'cannot read nope.jsonl'],
  ])('2 for a usage error: %j', async (argv, message) => {
    const run = await runCli(argv, { cwd: tmp.dir, stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('0 for --help and --version', async () => {
    const help = await runCli(['extract', '--help'], { cwd: tmp.dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--files-from <file>');
    expect(help.stdout).toContain('Exit codes: 0 all inputs ok');
    const version = await runCli(['--version'], { cwd: tmp.dir });
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('path lists', () => {
  it('--files-from reads literal paths, one per line, after the arguments', async () => {
    const run = await runCli(['extract', 'empty.txt', '--files-from', 'list.txt', '-q', '-j', '1'], { cwd: tmp.dir });
    expect(run.code).toBe(1);
    expect(files(run.stdout)).toEqual(['empty.txt', SEED, 'missing.txt', SEED2]);
  });

  it('- reads the list from stdin, in place among the arguments', async () => {
    const run = await runCli(['extract', SEED2, '-', 'empty.txt', '-q', '-j', '1'], { cwd: tmp.dir, stdin: `${SEED}\0${SEED2}\0` });
    expect(files(run.stdout)).toEqual([SEED2, SEED, 'empty.txt']);
  });
});

describe('options passed to the parser', () => {
  it('--include-text adds the decoded text, --max-bytes and --max-text-length refuse big inputs', async () => {
    const text = await runCli(['extract', SEED, '--include-text', '-q'], { cwd: tmp.dir });
    const record = RecordSchema.parse(jsonLines(text.stdout)[0]);
    expect(record.ok && record.text).toBe((await readFile(SEED, 'utf8')).replace(/^\ufeff/, ''));

    const long = await runCli(['extract', SEED, '--max-text-length', '100', '-q'], { cwd: tmp.dir });
    expect(long.code).toBe(1);
    expect(jsonLines(long.stdout)[0]).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  // The byte limit is enforced by the input reader (src/input), written concurrently with this CLI:
  // here we only check that the option reaches it, whatever it answers.
  it('--max-bytes reaches the parser', async () => {
    const run = await runCli(['extract', SEED, '--max-bytes', '10', '-q'], { cwd: tmp.dir });
    expect([0, 1]).toContain(run.code);
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });
});

describe('progress', () => {
  const fakeTTY = () => {
    const chunks: string[] = [];
    return { stream: { isTTY: true, columns: 120, write: (s: string) => chunks.push(s) }, text: () => chunks.join('') };
  };

  it('draws a bar on a TTY with files done/total and failures', async () => {
    const tty = fakeTTY();
    const run = await runCli(['extract', SEED, 'empty.txt', SEED2, '--out', 'p.jsonl', '-j', '1'], { cwd: tmp.dir, progress: tty.stream });
    expect(run.code).toBe(1);
    expect(tty.text()).toMatch(/\d\/3 files \| [\d.]+ files\/s \| ETA \S+ \| [01] failed/);
    expect(run.stderr).toMatch(/^3 files, 2 ok, 1 failed/);
  });

  it('stays off with --quiet, and when records go to a terminal stdout', async () => {
    const quiet = fakeTTY();
    await runCli(['extract', SEED, '--out', 'p.jsonl', '-q'], { cwd: tmp.dir, progress: quiet.stream });
    expect(quiet.text()).toBe('');
    const mixed = fakeTTY();
    await runCli(['extract', SEED], { cwd: tmp.dir, progress: mixed.stream, stdoutIsTTY: true });
    expect(mixed.text()).toBe('');
  });
});

describe('--out', () => {
  it('never reads its own output file as an input', async () => {
    const { dir, cleanup } = await tempDir('own-out');
    await writeFile(join(dir, 'a.txt'), await readFile(SEED));
    await writeFile(join(dir, 'out.txt'), 'stale');
    const run = await runCli(['extract', '.', '--out', 'out.txt', '--format', 'table', '-q', '-j', '1'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toMatch(/^\.\/a\.txt\n  title /);
    await cleanup();
  });
});

describe('Ctrl-C twice', () => {
  it('cancels what runs and writes the finished prefix, as valid JSON for --format json', async () => {
    let seen = false;
    const run = await runCli(['extract', SEEDS_DIR, '--format', 'json', '-j', '1'], {
      cwd: tmp.dir,
      onStdout: (chunk, interrupt) => {
        if (!seen && chunk.includes('"file"')) {
          seen = true;
          interrupt();
          interrupt();
        }
      },
    });
    expect(run.code).toBe(130);
    const records = JSON.parse(run.stdout) as { file: string }[];
    expect(records.length).toBeGreaterThanOrEqual(1);
    expect(records.length).toBeLessThan(5);
    expect(records[0]!.file).toBe(join(SEEDS_DIR, '000_19782628e28f8999.txt'));
    expect(run.stderr).toContain(`wrote the records of the first ${records.length} inputs`);
  });
});
