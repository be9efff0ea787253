// Batch runs that never hang, never lose a record and never stay silent: FIFOs, empty runs, what folder
// walks take and skip, --resume from another folder, a worker that dies, stdout that fails, and the options.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParser } from '../../src/cli/pool.js';
import { parseSize } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { RecordSchema } from '../../src/schema.js';
import { makeZip, minimalDocxParts, wp } from '../input/helpers.js';
import { SEEDS_DIR } from './archive.js';
import { jsonLines, runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
const SEED = join(SEEDS_DIR, '001_3770c9764d7b996a.txt');
type Rec = { file: string; ok: boolean; error?: { code: string; message: string } };
const records = (stdout: string) => jsonLines(stdout).map((r) => RecordSchema.parse(r)) as Rec[];
const codes = (stdout: string) => records(stdout).map((r) => `${r.file} ${r.ok ? 'ok' : r.error!.code}`);

beforeAll(async () => {
  tmp = await tempDir('batch');
  const d = (rel: string) => join(tmp.dir, rel);
  await mkdir(d('empty'));
  await mkdir(d('odd/sub'), { recursive: true });
  for (const name of ['photo.jpg', 'sub/archive.zip', 'notes.md']) await writeFile(d(`odd/${name}`), 'x');
  // Web pages as government sites name them, formats we cannot read, and a link whose target is gone.
  await mkdir(d('site'));
  const html = (await readFile(SEED, 'utf8')).split('\n').map((l) => `<p>${l}</p>`).join('');
  for (const ext of ['shtml', 'jhtml', 'xhtml', 'HTM']) await writeFile(d(`site/page.${ext}`), `<html><body>${html}</body></html>`);
  await writeFile(d('site/report.mht'), 'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="----MultipartBoundary--"\r\n\r\n');
  await writeFile(d('site/report.rtf'), '{\\rtf1\\ansi 行政执法报告}');
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (const name of ['report.wps', 'stats.xls']) await writeFile(d(`site/${name}`), ole);
  await writeFile(d('site/stats.xlsx'), makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }));
  await writeFile(d('site/report.ofd'), makeZip({ 'OFD.xml': '<ofd:OFD/>' }));
  await writeFile(d('site/logo.png'), 'x');
  await writeFile(d('site/.htaccess'), 'x');
  await symlink(d('site/gone.txt'), d('site/dangling.txt'));
});
afterAll(() => tmp.cleanup());

describe('no input at all is said, never a silent success', () => {
  it.each([
    ['an empty folder', ['empty'], 'nothing to parse: the folders given are empty'],
    ['a folder of files of other types', ['odd'], 'nothing to parse: the folders given hold no file to parse (3 of other types); --include takes the default report types (see --help)'],
    ["--exclude '*'", ['site', '--exclude', '*'], 'nothing to parse: the folders given hold no file to parse (1 hidden, 1 of other types, 10 excluded); --include takes the default report types (see --help)'],
    ['an empty --files-from', ['--files-from', 'none.txt'], 'nothing to parse: --files-from none.txt lists no paths'],
  ])('%s: exit 2 and a message, also with -q', async (_name, args, message) => {
    await writeFile(join(tmp.dir, 'none.txt'), '\n\n');
    const out = await runCli(['extract', ...args, '-q'], { cwd: tmp.dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(`error: ${message}\n`);
  });
});

describe('folder walks', () => {
  it('take .shtml, .jhtml, .xhtml pages as HTML, give formats we cannot read an UNSUPPORTED_FORMAT record, and a dangling link a NOT_FOUND one', async () => {
    const out = await runCli(['extract', 'site', '-j', '1'], { cwd: tmp.dir });
    expect(codes(out.stdout)).toEqual([
      'site/dangling.txt NOT_FOUND',
      'site/page.HTM ok',
      'site/page.jhtml ok',
      'site/page.shtml ok',
      'site/page.xhtml ok',
      'site/report.mht UNSUPPORTED_FORMAT',
      'site/report.ofd UNSUPPORTED_FORMAT',
      'site/report.rtf UNSUPPORTED_FORMAT',
      'site/report.wps UNSUPPORTED_FORMAT',
      'site/stats.xls UNSUPPORTED_FORMAT',
      'site/stats.xlsx UNSUPPORTED_FORMAT',
    ]);
    const page = records(out.stdout)[3] as unknown as { format: string };
    expect(page.format).toBe('html');
    expect(records(out.stdout)[0]!.error!.message).toMatch(/symbolic link whose target is missing/);
    // The final line says what the walk left out.
    expect(out.stderr).toMatch(/^11 files, 4 ok, 7 failed, \d+ metrics, 0 warnings, [\d.]+ s; skipped in folders: 1 hidden, 1 of other types\n$/);
  });
});

describe('files that are no regular file', () => {
  it.skipIf(process.platform === 'win32')('a FIFO named on the command line gives a NOT_A_FILE record and the run goes on', async () => {
    execFileSync('mkfifo', [join(tmp.dir, 'pipe.txt')]);
    const out = await runCli(['extract', 'pipe.txt', SEED, '-q'], { cwd: tmp.dir });
    expect(out.code).toBe(1);
    expect(codes(out.stdout)).toEqual(['pipe.txt NOT_A_FILE', `${SEED} ok`]);
  });
});

describe('--resume', () => {
  it('from another folder matches the finished inputs by real path, appending only the rest', async () => {
    const base = join(tmp.dir, 'resume');
    await mkdir(join(base, 'archive'), { recursive: true });
    await mkdir(join(base, 'elsewhere'));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) await copyFile(SEED, join(base, 'archive', name));
    const first = await runCli(['extract', 'archive', '--out', 'out.jsonl', '-q'], { cwd: base });
    expect(first.code).toBe(0);
    // Cut the output after the first record, as an interrupted run leaves it.
    const lines = (await readFile(join(base, 'out.jsonl'), 'utf8')).split('\n');
    await writeFile(join(base, 'out.jsonl'), lines[0] + '\n');
    const again = await runCli(['extract', '../archive', '--out', '../out.jsonl', '--resume'], { cwd: join(base, 'elsewhere') });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('resume: 1 of 3 inputs are already in ../out.jsonl');
    const files = (await readFile(join(base, 'out.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as Rec).file);
    expect(files).toEqual(['archive/a.txt', '../archive/b.txt', '../archive/c.txt']);
  });
});

describe('options', () => {
  it.each([
    ['1048576', 1048576],
    ['512K', 512 * 1024],
    ['10M', 10 * 1024 * 1024],
    ['10m', 10 * 1024 * 1024],
    ['1G', 1024 ** 3],
    ['1.5M', 1.5 * 1024 * 1024],
    ['10MB', 10 * 1024 * 1024],
    ['10MiB', 10 * 1024 * 1024],
    ['0', null],
    ['10X', null],
    ['1e3', null],
    ['-5M', null],
  ])('size %s is %s bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('--max-bytes takes a suffix; the record names the flag to raise', async () => {
    const out = await runCli(['extract', SEED, '--max-bytes', '1K', '-q'], { cwd: tmp.dir });
    expect(out.code).toBe(1);
    const r = records(out.stdout)[0]!;
    expect(r.error).toMatchObject({ code: 'TOO_LARGE' });
    expect(r.error!.message).toMatch(/over the limit of 1,024 bytes; raise maxBytes \(CLI: --max-bytes\)/);
  });

  it('--max-docx-xml, --max-docx-uncompressed and --max-pdf-pages reach the parser', async () => {
    const para = wp('本年度共办理行政处罚案件4起。');
    await writeFile(join(tmp.dir, 'big.docx'), makeZip(minimalDocxParts(para.repeat(4000))));
    const xml = await runCli(['extract', 'big.docx', '--max-docx-xml', '100K', '-q'], { cwd: tmp.dir });
    expect(records(xml.stdout)[0]!.error!.message).toMatch(/--max-docx-xml/);
    const zip = await runCli(['extract', 'big.docx', '--max-docx-uncompressed', '100K', '-q'], { cwd: tmp.dir });
    expect(records(zip.stdout)[0]!.error!.message).toMatch(/--max-docx-uncompressed/);
  });

  it('format names ignore case, as --include patterns do', async () => {
    const out = await runCli(['extract', SEED, '-f', 'JSONL', '-q'], { cwd: tmp.dir });
    expect(out.code).toBe(0);
    expect(records(out.stdout)).toHaveLength(1);
  });

  it('--help shows examples', async () => {
    const help = await runCli(['extract', '--help'], { cwd: tmp.dir });
    expect(help.stdout).toContain('Examples:\n  cn-report-metrics extract reports/ > records.jsonl');
    expect(help.stdout).toContain('--max-docx-xml <size>');
  });

  it('the final line counts warnings', async () => {
    await writeFile(join(tmp.dir, 'short-gbk.txt'), iconv.encode('执法报告', 'gbk'));
    const out = await runCli(['extract', 'short-gbk.txt', SEED], { cwd: tmp.dir });
    expect(out.stderr).toMatch(/^2 files, 2 ok, 0 failed, \d+ metrics, 1 warning, /);
  });
});

describe('stdout that cannot be written', () => {
  it('stops the run with a plain message and exit 2', async () => {
    const err: string[] = [];
    const io: CliIO = {
      stdout: () => {
        throw new Error('cannot write the records to standard output: no space left on the device (ENOSPC)');
      },
      stderr: (s) => void err.push(s),
      cwd: tmp.dir,
    };
    expect(await run(['extract', SEED, SEED], io)).toBe(2);
    expect(err.join('')).toBe('error: cannot write the records to standard output: no space left on the device (ENOSPC)\n');
  });
});

describe('a worker that dies', () => {
  it('gives an error record for its file; the files after it still get theirs, with one job', async () => {
    // A DOCX whose conversion needs far more memory than the worker is given.
    const para = wp('本年度共办理行政处罚案件4起，罚没金额10.5万元，开展执法检查12次。');
    await writeFile(join(tmp.dir, 'huge.docx'), makeZip(minimalDocxParts(para.repeat(40_000))));
    const parser = await createParser(1, { format: 'jsonl' }, { resourceLimits: { maxOldGenerationSizeMb: 160 } });
    try {
      const signal = new AbortController().signal;
      const limits = { maxDocxXml: 1024 ** 3, maxTextLength: 1e9 };
      const results = await Promise.allSettled([
        parser.parse({ path: SEED, file: 'before.txt' }, signal),
        parser.parse({ path: join(tmp.dir, 'huge.docx'), file: 'huge.docx', ...limits }, signal),
        parser.parse({ path: SEED, file: 'after.txt' }, signal),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const died = (results[1] as PromiseRejectedResult).reason as { code?: string; message: string };
      expect(died.code).toBe('TOO_LARGE');
      expect(died.message).toMatch(/ran out of memory/);
      expect(JSON.parse((results[2] as PromiseFulfilledResult<{ text: string }>).value.text)).toMatchObject({ file: 'after.txt', ok: true });
    } finally {
      await parser.close();
    }
  });
});
