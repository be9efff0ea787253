// Reading back a cut-off JSONL output for --resume.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.js';
import { prepareResume } from '../../src/cli/resume.js';
import { tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => void (tmp = await tempDir('resume')));
afterAll(() => tmp.cleanup());

const line = (file: string, ok = true) => JSON.stringify(ok ? { file, ok, title: '报告' } : { file, ok, error: { code: 'EMPTY', message: 'm' } }) + '\n';

describe('prepareResume', () => {
  it('returns nothing done for a missing file', async () => {
    expect(await prepareResume(join(tmp.dir, 'none.jsonl'))).toEqual({ done: new Map(), repaired: 0 });
  });

  it('keeps whole records and cuts a last line without its newline', async () => {
    const path = join(tmp.dir, 'cut.jsonl');
    const whole = line('a.txt') + line('b.txt', false);
    await writeFile(path, whole + line('c.txt').slice(0, 12));
    const state = await prepareResume(path);
    expect([...state.done]).toEqual([['a.txt', true], ['b.txt', false]]);
    expect(state.repaired).toBe(12);
    expect(await readFile(path, 'utf8')).toBe(whole);
  });

  it('cuts a last line that is no JSON even with its newline (a write cut inside a multi-byte character)', async () => {
    const path = join(tmp.dir, 'bad-last.jsonl');
    const whole = line('a.txt');
    const bad = Buffer.concat([Buffer.from('{"file":"b.txt","ok":true,"title":"'), Buffer.from('报').subarray(0, 2), Buffer.from('\n\n')]);
    await writeFile(path, Buffer.concat([Buffer.from(whole), bad]));
    const state = await prepareResume(path);
    expect([...state.done.keys()]).toEqual(['a.txt']);
    expect(await readFile(path, 'utf8')).toBe(whole);
  });

  it('refuses a file with a bad line before the end: not an output of extract', async () => {
    const path = join(tmp.dir, 'foreign.jsonl');
    await writeFile(path, line('a.txt') + 'hello\n' + line('b.txt'));
    await expect(prepareResume(path, 'foreign.jsonl')).rejects.toThrow(UsageError);
    await expect(prepareResume(path, 'foreign.jsonl')).rejects.toThrow('line 2 of foreign.jsonl is not a record');
  });
});
