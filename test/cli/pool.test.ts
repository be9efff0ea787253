// The pool of worker threads (piscina): one task per file, what a cancelled run and workers that cannot
// start give, and the records' text. A worker that dies on a file is in test/cli/batch.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser, present, recordOf, type Parsed } from '../../src/cli/pool.js';
import { createWriter } from '../../src/cli/writers/index.js';
import type { ReportRecord } from '../../src/schema.js';
import { NO_PROFILE } from '../records.js';
import { SEEDS_DIR } from './archive.js';

const SEED = join(SEEDS_DIR, '001_3770c9764d7b996a.txt');
const task = (i: number) => ({ path: SEED, file: `${i}.txt` });
const fileOf = (p: Parsed) => (JSON.parse(p.text!) as { file: string }).file;

describe('createParser', () => {
  it.each([[1], [2]])('with %i worker(s), gives every file its own record, however many are in flight', async (jobs) => {
    const parser = await createParser(jobs, { format: 'jsonl' });
    try {
      const signal = new AbortController().signal;
      const n = 3 * parser.concurrency + 1;
      const results = await Promise.all(Array.from({ length: n }, (_, i) => parser.parse(task(i), signal)));
      expect(results.map(fileOf)).toEqual(Array.from({ length: n }, (_, i) => `${i}.txt`));
      expect(results.every((r) => r.ok)).toBe(true);
    } finally {
      await parser.close();
    }
  });

  it('cancelling rejects every file not finished, queued or running, with the reason, and starts none after', async () => {
    const parser = await createParser(1, { format: 'jsonl' });
    try {
      const abort = new AbortController();
      const pending = Array.from({ length: 8 }, (_, i) => parser.parse(task(i), abort.signal));
      await pending[0];
      abort.abort(new Error('stop'));
      const results = await Promise.allSettled(pending);
      const statuses = results.map((r) => r.status);
      // Files finish in order: some done before the abort, every one after them cancelled, the queued ones too.
      expect(statuses.indexOf('rejected')).toBeGreaterThan(0);
      expect(statuses.slice(statuses.indexOf('rejected')).every((s) => s === 'rejected')).toBe(true);
      expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.message === 'stop')).toBe(true);
      await expect(parser.parse(task(9), abort.signal)).rejects.toThrow('stop');
    } finally {
      await parser.close();
    }
  });

  it('workers that cannot start fail every file with the reason, never leaving one waiting', async () => {
    // Far too little memory to load the library: every worker dies before it is ready.
    const parser = await createParser(2, { format: 'jsonl' }, { resourceLimits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } });
    try {
      const signal = new AbortController().signal;
      const results = await Promise.allSettled(Array.from({ length: 7 }, (_, i) => parser.parse(task(i), signal)));
      expect(results.map((r) => r.status)).toEqual(Array(7).fill('rejected'));
      for (const r of results) expect((r as PromiseRejectedResult).reason.message).toMatch(/^cannot start a parser worker: .*memory/);
      await expect(parser.parse(task(7), signal)).rejects.toThrow(/cannot start a parser worker/);
    } finally {
      await parser.close();
    }
  });
});

describe('present', () => {
  const record: ReportRecord = {
    file: 'r.txt', ok: true, ...NO_PROFILE, title: '报告', year: 2024, issuer: null, script: 'simplified', format: 'text', encoding: 'utf-8',
    headings: [], tables: [], metrics: [], summary: {} as never, warnings: [],
  };

  it('writes self-contained formats in place, with the writer of the format', () => {
    for (const format of ['jsonl', 'csv', 'dataset'] as const) {
      expect(present(record, { format }, false)).toEqual({ ok: true, metrics: 0, warnings: 0, text: createWriter(format).record(record) });
    }
  });

  it('keeps the record for json and table: in-process as is, between threads as JSON that reads back the same', () => {
    expect(present(record, { format: 'json' }, true).record).toBe(record);
    const crossed = present(record, { format: 'table' }, false);
    expect(crossed.text).toBeUndefined();
    expect(recordOf(crossed)).toEqual(record);
  });
});
