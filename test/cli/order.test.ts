// The reorder buffer: results come out in input order whatever order tasks finish in.
import { describe, expect, it } from 'vitest';
import { runInOrder } from '../../src/cli/order.js';

/** A deterministic "random" delay per index, so tasks finish out of order. */
const delay = (i: number) => ((i * 7919) % 13) as number;
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((res, rej) => {
    const onAbort = () => {
      clearTimeout(t);
      rej(new Error('aborted'));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      res();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

describe('runInOrder', () => {
  it('emits every result in index order with tasks finishing out of order', async () => {
    const emitted: number[] = [];
    const settled: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const n = await runInOrder<number>({
      count: 60,
      concurrency: 4,
      start: async (i) => {
        maxRunning = Math.max(maxRunning, ++running);
        await sleep(delay(i));
        running--;
        return i * 10;
      },
      settled: (i) => settled.push(i),
      emit: (i, r) => {
        expect(r).toBe(i * 10);
        emitted.push(i);
      },
    });
    expect(n).toBe(60);
    expect(emitted).toEqual([...Array(60).keys()]);
    expect(settled).not.toEqual(emitted); // they did finish out of order
    expect(maxRunning).toBe(4);
  });

  it('never starts a task more than `window` past the oldest unemitted one', async () => {
    let maxAhead = 0;
    let nextEmit = 0;
    const n = await runInOrder<number>({
      count: 40,
      concurrency: 8,
      window: 8,
      start: async (i) => {
        maxAhead = Math.max(maxAhead, i - nextEmit);
        await sleep(i === 3 ? 30 : 1); // one slow task holds the line
        return i;
      },
      emit: (i) => void (nextEmit = i + 1),
    });
    expect(maxAhead).toBeLessThan(8);
    expect(n).toBe(40); // and still runs to the end once the slow task is done
  });

  it('goes on after a slow task that held the whole window, even with nothing left running', async () => {
    const emitted: number[] = [];
    const n = await runInOrder<number>({
      count: 100,
      concurrency: 16,
      window: 16,
      start: async (i) => {
        // Task 0 finishes last of the first 16, so the window is full and nothing runs when it is done.
        await sleep(i === 0 ? 40 : 0);
        return i;
      },
      emit: (i) => void emitted.push(i),
    });
    expect(n).toBe(100);
    expect(emitted).toEqual([...Array(100).keys()]);
  });

  it('handles zero tasks', async () => {
    expect(await runInOrder({ count: 0, concurrency: 2, start: async () => 1, emit: () => {} })).toBe(0);
  });

  it('after stop, starts nothing new and emits what was running: a prefix', async () => {
    const stop = new AbortController();
    const started: number[] = [];
    const emitted: number[] = [];
    const n = await runInOrder<number>({
      count: 100,
      concurrency: 3,
      stop: stop.signal,
      start: async (i) => {
        started.push(i);
        await sleep(delay(i));
        return i;
      },
      emit: (i) => {
        emitted.push(i);
        if (i === 10) stop.abort();
      },
    });
    expect(n).toBe(emitted.length);
    expect(emitted).toEqual([...Array(n).keys()]);
    expect(started).toEqual(emitted); // everything started was finished and written
    expect(n).toBeLessThan(10 + 1 + 64);
  });

  it('after abort, cancels running tasks and emits only the prefix finished before', async () => {
    const abort = new AbortController();
    const emitted: number[] = [];
    const n = await runInOrder<number>({
      count: 100,
      concurrency: 4,
      abort: abort.signal,
      start: async (i, signal) => {
        if (i === 20) abort.abort();
        await sleep(delay(i), signal);
        return i;
      },
      emit: (i) => void emitted.push(i),
    });
    expect(emitted).toEqual([...Array(n).keys()]);
    expect(n).toBeLessThan(20);
  });
});
