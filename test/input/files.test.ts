import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { fileError } from '../../src/input/files.js';
import { DEFAULT_LIMITS, readInputFile } from '../../src/input/index.js';
import { resolveLimits } from '../../src/input/limits.js';
import { parseFile } from '../../src/parse.js';
import { renderPdf } from '../../scripts/render-containers.js';
import { rejectsWith, seed } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cn-report-input-'));
});
afterAll(async () => {
  await chmod(join(dir, 'locked.txt'), 0o644).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

describe('files', () => {
  it('reads a seed file', async () => {
    const d = await readInputFile(`fixtures/seeds/${seed('001').name}`);
    expect([d.format, d.encoding, d.text]).toEqual(['text', 'utf-8', seed('001').text]);
  });
  it('a missing path is NOT_FOUND, through parseFile too', async () => {
    const err = await rejectsWith(readInputFile(join(dir, 'nope.txt')), 'NOT_FOUND');
    expect(err.message).toMatch(/check the path/);
    await rejectsWith(parseFile(join(dir, 'nope.txt')), 'NOT_FOUND');
  });
  it('a path through a file is NOT_FOUND', async () => {
    const path = await file('plain.txt', '一、基本情况');
    await rejectsWith(readInputFile(join(path, 'inner.txt')), 'NOT_FOUND');
  });
  it('a directory is IS_DIRECTORY', async () => {
    const err = await rejectsWith(readInputFile(dir), 'IS_DIRECTORY');
    expect(err.message).toMatch(/pass the report files in it/);
  });
  it.skipIf(process.getuid?.() === 0)('a file without read permission is UNREADABLE', async () => {
    const path = await file('locked.txt', '一、基本情况');
    await chmod(path, 0o000);
    await rejectsWith(readInputFile(path), 'UNREADABLE');
  });
  it('an empty file, white space only, or a bare BOM is EMPTY', async () => {
    await rejectsWith(readInputFile(await file('empty.txt', '')), 'EMPTY');
    await rejectsWith(readInputFile(await file('blank.txt', ' \n\t\r\n　\n')), 'EMPTY');
    await rejectsWith(readInputFile(await file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf]))), 'EMPTY');
  });
  it('over maxBytes is TOO_LARGE', async () => {
    const err = await rejectsWith(readInputFile(await file('big.txt', '一'.repeat(2000)), { maxBytes: 1000 }), 'TOO_LARGE');
    expect(err.message).toMatch(/raise maxBytes/);
  });
  it('the size is checked before reading: an 8 GiB sparse file fails at once', async () => {
    const path = join(dir, 'sparse.bin');
    await writeFile(path, '');
    await truncate(path, 8 * 1024 ** 3);
    const started = performance.now();
    await rejectsWith(readInputFile(path), 'TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(500);
  });
  it.skipIf(!existsSync('/dev/zero'))('a device (one that never ends, too) is NOT_A_FILE, before a byte is read', async () => {
    const err = await rejectsWith(readInputFile('/dev/zero', { maxBytes: 64 * 1024 }), 'NOT_A_FILE');
    expect(err.message).toMatch(/is a device, not a regular file/);
  });
  it('the file name is a hint only: a PDF named .txt is a PDF, text named .pdf is text', async () => {
    const pdf = await file('report.txt', await renderPdf('一、基本情况'));
    expect((await readInputFile(pdf)).format).toBe('pdf');
    const txt = await file('report.pdf', '一、基本情况');
    expect((await readInputFile(txt)).format).toBe('text');
  });
  it('parseFile sets the record’s file, format and encoding', async () => {
    const path = await file('seed.txt', new TextEncoder().encode(seed('000').text));
    const r = await parseFile(path);
    expect([r.file, r.format, r.encoding]).toEqual([path, 'text', 'utf-8']);
  });
});

describe('fileError', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
  it.each([
    ['ENOENT', 'NOT_FOUND'],
    ['ENOTDIR', 'NOT_FOUND'],
    ['ENAMETOOLONG', 'NOT_FOUND'],
    ['ELOOP', 'NOT_FOUND'],
    ['EISDIR', 'IS_DIRECTORY'],
    ['EACCES', 'UNREADABLE'],
    ['EPERM', 'UNREADABLE'],
    ['EMFILE', 'UNREADABLE'],
    ['EIO', 'UNREADABLE'],
  ])('%s → %s', (code, want) => {
    const err = fileError(errno(code), 'a.txt');
    expect(err).toBeInstanceOf(ReportError);
    expect(err.code).toBe(want);
    expect(err.message).toMatch(/a\.txt/);
  });
});

describe('limits', () => {
  it('defaults, overrides, and a RangeError for nonsense', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxBytes: 10 }).maxBytes).toBe(10);
    expect(() => resolveLimits({ maxBytes: -1 })).toThrow(RangeError);
    expect(() => resolveLimits({ maxTextLength: Number.NaN })).toThrow(RangeError);
  });
  it('maxTextLength is enforced on decoded text', async () => {
    const path = await file('long.txt', '一'.repeat(100));
    await rejectsWith(readInputFile(path, { maxTextLength: 50 }), 'TOO_LARGE');
  });
});
