// Turning arguments into the ordered input list: directories, globs, lists, duplicates, missing paths.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCodePoints, expandInputs, splitPathList, type Input, type Source } from '../../src/cli/inputs.js';
import { tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
const arg = (value: string): Source => ({ value, glob: true });
const files = (inputs: Input[]) => inputs.map((i) => ('error' in i ? `${i.error.code}:${i.file}` : i.file));

beforeAll(async () => {
  tmp = await tempDir('inputs');
  const put = async (rel: string, text = '报告') => {
    await mkdir(join(tmp.dir, rel, '..'), { recursive: true });
    await writeFile(join(tmp.dir, rel), text);
  };
  for (const rel of ['d/b.txt', 'd/a.txt', 'd/a/z.txt', 'd/a.b/y.txt', 'd/B.TXT', 'd/c.html', 'd/c.htm', 'd/x.docx', 'd/x.pdf', 'd/x.doc',
    'd/notes.md', 'd/.hidden.txt', 'd/.git/config.txt', 'd/drafts/draft.txt', 'd/ａ.txt', 'd/𠀀.txt', 'd/file[1].txt', 'top.txt']) {
    await put(rel);
  }
  await symlink(join(tmp.dir, 'd'), join(tmp.dir, 'd', 'a', 'loop')); // a cycle the walk must survive
});
afterAll(() => tmp.cleanup());

describe('expandInputs', () => {
  it('walks a directory recursively, default report extensions, sorted by code point, hidden entries skipped', async () => {
    const inputs = await expandInputs([arg('d')], { cwd: tmp.dir });
    // '.' (U+2E) sorts before '/' (U+2F), 'B' before 'a', 'ａ' (U+FF41) before '𠀀' (U+20000).
    // d/a/loop links back to d/, which is walked already: nothing under it is taken twice.
    expect(files(inputs)).toEqual([
      'd/B.TXT', 'd/a.b/y.txt', 'd/a.txt', 'd/a/z.txt', 'd/b.txt', 'd/c.htm', 'd/c.html', 'd/drafts/draft.txt',
      'd/file[1].txt', 'd/x.doc', 'd/x.docx', 'd/x.pdf', 'd/ａ.txt', 'd/𠀀.txt',
    ]);
    const first = inputs[0]!;
    expect('path' in first && first.path).toBe(join(tmp.dir, 'd', 'B.TXT'));
  });

  it('applies --include and --exclude (name patterns at any depth, path patterns from the directory)', async () => {
    const inputs = await expandInputs([arg('d/')], { cwd: tmp.dir, include: ['*.txt'], exclude: ['drafts', 'a/**', '*[1]*'] });
    expect(files(inputs)).toEqual(['d/B.TXT', 'd/a.b/y.txt', 'd/a.txt', 'd/b.txt', 'd/ａ.txt', 'd/𠀀.txt']);
  });

  it('keeps arguments in the order given and drops repeats, keeping the first', async () => {
    const inputs = await expandInputs([arg('top.txt'), arg('d/b.txt'), arg('./top.txt'), arg(join(tmp.dir, 'd', 'b.txt')), arg('d/a.txt')], { cwd: tmp.dir });
    expect(files(inputs)).toEqual(['top.txt', 'd/b.txt', 'd/a.txt']);
  });

  it('reads a named file whatever its extension, and prefers an existing path over a glob reading', async () => {
    const inputs = await expandInputs([arg('d/notes.md'), arg('d/file[1].txt')], { cwd: tmp.dir, include: ['*.pdf'] });
    expect(files(inputs)).toEqual(['d/notes.md', 'd/file[1].txt']);
  });

  it('expands globs in sorted order, applies --exclude to them, and reports missing paths and empty globs', async () => {
    // Globs ignore case, as --include does: archives mix `.TXT` and `.txt`, so d/B.TXT is a match for d/*.txt.
    const inputs = await expandInputs([arg('d/*.txt'), arg('missing.txt'), arg('d/*.xls'), arg('d/*.DOC?'), arg('missing.txt')], {
      cwd: tmp.dir,
      exclude: ['*[1]*'],
    });
    expect(files(inputs)).toEqual(['d/B.TXT', 'd/a.txt', 'd/b.txt', 'd/ａ.txt', 'd/𠀀.txt', 'NOT_FOUND:missing.txt', 'NOT_FOUND:d/*.xls', 'd/x.docx']);
    const missing = inputs[5]!;
    expect('error' in missing && missing.error.message).toBe('no such file or directory: missing.txt; check the path');
  });

  it('reads a file reached twice through a symlink once, under the first name', async () => {
    const inputs = await expandInputs([arg('d/a/loop/b.txt'), arg('d/b.txt')], { cwd: tmp.dir });
    expect(files(inputs)).toEqual(['d/a/loop/b.txt']);
  });

  it('gives absolute paths for an absolute glob', async () => {
    const inputs = await expandInputs([arg(join(tmp.dir, 'd', '*.pdf'))], { cwd: '/' });
    expect(files(inputs)).toEqual([join(tmp.dir, 'd', 'x.pdf')]);
  });

  it('never reads listed paths as globs', async () => {
    const inputs = await expandInputs([{ value: 'd/*.txt', glob: false }], { cwd: tmp.dir });
    expect(files(inputs)).toEqual(['NOT_FOUND:d/*.txt']);
  });
});

describe('helpers', () => {
  it('compares by code point, not by UTF-16 unit', () => {
    const words = ['𠀀', 'ａ', 'b', 'a/b', 'a.b', 'a', 'B', '西', '𠀁', ''];
    const byBytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...words].sort(compareCodePoints)).toEqual(byBytes);
    expect(byBytes.indexOf('ａ')).toBeLessThan(byBytes.indexOf('𠀀'));
    expect([...words].sort().indexOf('ａ')).toBeGreaterThan([...words].sort().indexOf('𠀀')); // the trap avoided
  });

  it('splits path lists by line or by NUL, ignoring blank lines', () => {
    expect(splitPathList('a.txt\r\n\nb c.txt\n')).toEqual(['a.txt', 'b c.txt']);
    expect(splitPathList('a\nb.txt\0c.txt\0')).toEqual(['a\nb.txt', 'c.txt']);
  });
});
