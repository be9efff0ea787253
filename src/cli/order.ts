// Running tasks concurrently while handing out their results strictly in input order (a reorder buffer).
//
// Tasks are started in index order, at most `concurrency` at a time, and never more than `window` past
// the oldest result not yet emitted: one slow file then holds back at most `window` finished records in
// memory, instead of the whole rest of the run.
//
// Stopping (first Ctrl-C) starts nothing new and lets running tasks finish; since tasks start in order,
// what has been emitted by then is exactly a prefix of the inputs. Aborting (second Ctrl-C) also cancels
// running tasks; results after the first cancelled one are dropped, so the output stays a prefix.

export interface RunInOrderOptions<R> {
  count: number;
  concurrency: number;
  /** How far past the oldest unemitted result tasks may start. Default: max(64, 8 × concurrency). */
  window?: number;
  /** Starts task `index`. A rejection means the task was cancelled (by `abort`) and has no result. */
  start: (index: number, abort: AbortSignal) => Promise<R>;
  /** Receives results in index order; awaited, so a slow writer slows the run down (back-pressure). */
  emit: (index: number, result: R) => void | Promise<void>;
  /** Told as soon as a task finishes, in completion order (for progress). */
  settled?: (index: number, result: R) => void;
  /** Stop starting tasks. */
  stop?: AbortSignal;
  /** Stop starting tasks and cancel the running ones. */
  abort?: AbortSignal;
}

/** Returns how many results were emitted (a prefix of 0..count-1). */
export async function runInOrder<R>(options: RunInOrderOptions<R>): Promise<number> {
  const { count, start, emit, settled } = options;
  const concurrency = Math.max(1, options.concurrency);
  const window = Math.max(concurrency, options.window ?? Math.max(64, 8 * concurrency));
  const abort = options.abort ?? new AbortController().signal;
  const stopped = () => options.stop?.aborted === true || abort.aborted;

  const results = new Map<number, R>();
  let nextStart = 0;
  let nextEmit = 0;
  let running = 0;

  // Wake-up for the loop below; `dirty` catches events that happen while the loop is busy emitting.
  let dirty = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    dirty = true;
    wake?.();
    wake = undefined;
  };
  options.stop?.addEventListener('abort', notify);
  abort.addEventListener('abort', notify);

  try {
    for (;;) {
      dirty = false;
      while (!stopped() && nextStart < count && running < concurrency && nextStart < nextEmit + window) {
        const index = nextStart++;
        running++;
        start(index, abort).then(
          (result) => {
            if (abort.aborted) return; // cancelled runs keep only what was finished before
            results.set(index, result);
            settled?.(index, result);
          },
          () => {}, // cancelled: no result; the prefix ends before it
        ).finally(() => {
          running--;
          notify();
        });
      }
      const emittedBefore = nextEmit;
      while (results.has(nextEmit)) {
        const result = results.get(nextEmit) as R;
        results.delete(nextEmit);
        await emit(nextEmit, result);
        nextEmit++;
      }
      if (nextEmit >= count) return nextEmit;
      if (abort.aborted && running === 0) return nextEmit;
      // Emitting moved the window: more tasks may start now, even with none running (a slow task that held
      // the line has just finished). Go round again before deciding that the run is over.
      if (nextEmit > emittedBefore) continue;
      // Nothing running and nothing more to start: stopped, or a cancelled task left a gap.
      if (running === 0 && !dirty) return nextEmit;
      if (!dirty) await new Promise<void>((r) => (wake = r));
    }
  } finally {
    options.stop?.removeEventListener('abort', notify);
    abort.removeEventListener('abort', notify);
  }
}
