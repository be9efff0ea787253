// How files reach the workers: batches, the records' text, and what a failed or cancelled batch gives.
import { describe, expect, it } from 'vitest';
import { BATCH, createBatcher, present, recordOf, type Parsed, type RunBatch } from '../../src/cli/pool.js';
import type { ParseTask } from '../../src/cli/worker.js';
import { createWriter } from '../../src/cli/writers/index.js';
import type { ReportRecord } from '../../src/schema.js';
import { NO_PROFILE } from '../records.js';

const task = (i: number): ParseTask => ({ path: `/in/${i}.txt`, file: `${i}.txt` });
const parsed = (t: ParseTask): Parsed => ({ ok: true, metrics: 0, warnings: 0, text: t.file });
/** A batch runner from a function of the whole batch, delivering every result at the end. */
const whole = (fn: (tasks: ParseTask[], signal: AbortSignal) => Promise<Parsed[]>): RunBatch => async (tasks, signal, deliver) => {
  (await fn(tasks, signal)).forEach((p, i) => deliver(i, p));
};

describe('createBatcher', () => {
  it('sends the tasks of one turn in batches of BATCH, the rest at the end of the turn, each result to its task', async () => {
    const sent: string[][] = [];
    const parse = createBatcher(whole(async (tasks) => {
      sent.push(tasks.map((t) => t.file));
      return tasks.map(parsed);
    }));
    const signal = new AbortController().signal;
    const n = 2 * BATCH + 3;
    const results = await Promise.all(Array.from({ length: n }, (_, i) => parse(task(i), signal)));
    expect(results.map((r) => r.text)).toEqual(Array.from({ length: n }, (_, i) => `${i}.txt`));
    expect(sent.map((b) => b.length)).toEqual([BATCH, BATCH, 3]);
  });

  it('runs the files of a batch that lost its worker again one by one: only the culprit fails', async () => {
    const sent: number[] = [];
    const parse = createBatcher(whole(async (tasks) => {
      sent.push(tasks.length);
      if (tasks.some((t) => t.file === '2.txt')) throw new Error('worker exited');
      return tasks.map(parsed);
    }));
    const signal = new AbortController().signal;
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => parse(task(i), signal)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(sent).toEqual([4, 1, 1, 1, 1]);
  });

  it('rejects every task of a cancelled batch, without running any again', async () => {
    const abort = new AbortController();
    let calls = 0;
    const parse = createBatcher(whole(async (_tasks, signal) => {
      calls++;
      expect(signal.aborted).toBe(true); // the batch's signal follows the caller's
      throw new Error('aborted');
    }));
    const pending = Array.from({ length: 3 }, (_, i) => parse(task(i), abort.signal));
    abort.abort();
    const results = await Promise.allSettled(pending);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(calls).toBe(1);
  });

  it('never puts tasks with different signals into one batch', async () => {
    const sent: string[][] = [];
    const parse = createBatcher(whole(async (tasks) => {
      sent.push(tasks.map((t) => t.file));
      return tasks.map(parsed);
    }));
    const a = new AbortController().signal;
    const b = new AbortController().signal;
    await Promise.all([parse(task(0), a), parse(task(1), a), parse(task(2), b), parse(task(3), a)]);
    expect(sent).toEqual([['0.txt', '1.txt'], ['2.txt'], ['3.txt']]);
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
