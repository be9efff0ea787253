// Where parsing happens: in worker threads, `jobs` of them, also for one job (see ./worker.ts for why).
//
// A report parses in one or two milliseconds, so how work reaches the workers matters. Files go out in
// batches of BATCH (one message), two batches queued at every worker so that it never idles between two,
// and outputs come back a few at a time, but always before a slow file starts (see worker.ts): a slow file
// in a batch does not hold back the records of the others, and a cancelled or lost batch loses only what
// was not finished.
//
// A worker that dies (out of memory, a crash) fails what it had not finished; the files of a batch are then
// run again one by one in a new worker, so only the file that brings a worker down gets an error record.
//
// The pool is our own, on worker_threads, rather than piscina: results stream back on the worker's own port,
// where Node delivers every message a worker posted before it reports the worker's death, so what a dying or
// cancelled worker finished is never lost; piscina returns one value per task, and a side channel beside it
// has no such ordering.
import { setMaxListeners } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ReportError } from '../errors.js';
import type { OutputSpec, Parsed } from './present.js';
import { ROLE, type ParseBatch, type ParseTask, type WorkerMessage, type WorkerSetup } from './protocol.js';

export { present, recordOf, type OutputSpec, type Parsed } from './present.js';

export interface Parser {
  /** Parses one task; rejects when cancelled through `signal`, or when the file brought its worker down. */
  parse(task: ParseTask, signal: AbortSignal): Promise<Parsed>;
  /** How many tasks are worth having in flight at once. */
  readonly concurrency: number;
  close(): Promise<void>;
}

/** Files per message to a worker. */
export const BATCH = 8;
/** Batches queued at each worker: one being parsed, one waiting, so a worker never idles between two. */
const BATCHES_PER_WORKER = 2;

/** Runs a batch: hands each file's output to `deliver` as it comes; rejects if some never came. */
export type RunBatch = (tasks: ParseTask[], signal: AbortSignal, deliver: (index: number, parsed: Parsed) => void) => Promise<void>;

export interface PoolOptions {
  /** Limits of each worker's memory (Node's defaults when absent): a file that needs more fails alone. */
  resourceLimits?: ResourceLimits;
}

/** Starts `jobs` worker threads; `output` tells how records are written, so that workers can write them. */
export async function createParser(jobs: number, output: OutputSpec, options: PoolOptions = {}): Promise<Parser> {
  const pool = new WorkerPool(Math.max(1, jobs), output, options);
  return {
    parse: createBatcher(pool.run),
    concurrency: pool.size * BATCHES_PER_WORKER * BATCH,
    close: () => pool.close(),
  };
}

interface Pending {
  task: ParseTask;
  resolve: (parsed: Parsed) => void;
  reject: (err: unknown) => void;
}

/**
 * Gathers tasks into batches of BATCH: a batch goes out when it is full, or at the end of the current
 * turn of the event loop (a microtask), so a task never waits for others that are not coming. Tasks of one
 * batch share its cancellation: a batch holds only tasks with the same signal. `parse` rejects only when its
 * task is cancelled, or when its file alone fails in a worker (the caller then writes an error record).
 */
export function createBatcher(runBatch: RunBatch) {
  let pending: Pending[] = [];
  let pendingSignal: AbortSignal | undefined;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending;
    const signal = pendingSignal;
    pending = [];
    pendingSignal = undefined;
    if (batch.length > 0 && signal) send(batch, signal);
  };

  // What a failed batch did not deliver runs again file by file: only the culprit fails for good.
  const send = (batch: Pending[], signal: AbortSignal) => {
    const open = new Set(batch);
    runBatch(batch.map((p) => p.task), signal, (index, parsed) => {
      const p = batch[index];
      if (p && open.delete(p)) p.resolve(parsed);
    }).then(
      () => open.forEach((p) => p.reject(new Error('internal: a worker finished a batch without every result'))),
      (err: unknown) => {
        if (batch.length === 1 || signal.aborted) open.forEach((p) => p.reject(err));
        else open.forEach((p) => send([p], signal));
      },
    );
  };

  return (task: ParseTask, signal: AbortSignal): Promise<Parsed> =>
    new Promise<Parsed>((resolve, reject) => {
      if (pendingSignal !== undefined && pendingSignal !== signal) flush();
      pendingSignal = signal;
      pending.push({ task, resolve, reject });
      if (pending.length >= BATCH) flush();
      else if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    });
}

interface Sent {
  id: number;
  tasks: ParseTask[];
  signal: AbortSignal;
  deliver: (index: number, parsed: Parsed) => void;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  /** Stopped by us (a cancelled batch): its exit is no failure to start. */
  stopping: boolean;
  /** Batches sent to this worker and not done, by id. */
  batches: Map<number, Sent>;
  ready: boolean;
  error?: Error;
}

/** `jobs` worker threads, each fed batches in turn; a worker that dies is replaced when work comes. */
class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Sent[] = [];
  private readonly watched = new WeakSet<AbortSignal>();
  private nextId = 0;
  private closing = false;
  /** Set when a worker could not even start: no other would either, so every batch fails at once. */
  private broken: Error | undefined;

  constructor(
    readonly size: number,
    private readonly output: OutputSpec,
    private readonly options: PoolOptions,
  ) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, stopping: false, batches: new Map(), ready: false }));
    // Started now, so that they load the library while the caller is still listing its inputs.
    for (const slot of this.slots) this.spawn(slot);
  }

  run: RunBatch = (tasks, signal, deliver) =>
    new Promise<void>((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      if (signal.aborted) return reject(signal.reason);
      this.watch(signal);
      this.queue.push({ id: this.nextId++, tasks, signal, deliver, resolve, reject });
      this.pump();
    });

  async close(): Promise<void> {
    this.closing = true;
    for (const sent of this.queue.splice(0)) sent.reject(new Error('the parser was closed'));
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }

  private pump(): void {
    for (;;) {
      const slot = this.slots.reduce<Slot | undefined>(
        (best, s) => (s.batches.size < BATCHES_PER_WORKER && (!best || s.batches.size < best.batches.size) ? s : best),
        undefined,
      );
      const sent = slot && this.queue.shift();
      if (!slot || !sent) return;
      const worker = slot.worker ?? this.spawn(slot);
      slot.batches.set(sent.id, sent);
      worker.postMessage({ id: sent.id, tasks: sent.tasks } satisfies ParseBatch);
    }
  }

  private spawn(slot: Slot): Worker {
    const { entry, source } = workerFile();
    const worker = new Worker(new URL(entry), {
      workerData: { role: ROLE, output: this.output, ...source } satisfies WorkerSetup,
      ...(this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {}),
    });
    Object.assign(slot, { worker, ready: false, stopping: false, error: undefined });
    worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) {
        slot.ready = true;
        return;
      }
      const sent = slot.batches.get(m.id);
      for (const [index, parsed] of m.results) sent?.deliver(index, parsed);
      if (m.done) {
        slot.batches.delete(m.id);
        sent?.resolve();
        this.pump();
      }
    });
    worker.on('error', (err) => (slot.error = err));
    // Every message the worker posted has been delivered by now (Node drains them before 'exit').
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (this.closing) return;
      const err = workerDeath(slot.error, code);
      if (!slot.ready && !slot.stopping) this.broken ??= new Error(`cannot start a parser worker: ${err.message}`);
      // The worker takes its batches in order: the first not done is the one it died on; the others had not
      // started, and go back to the head of the queue, unharmed.
      const [failed, ...waiting] = slot.batches.values();
      slot.batches.clear();
      failed?.reject(this.broken ?? err);
      if (this.broken) for (const sent of [...waiting, ...this.queue.splice(0)]) sent.reject(this.broken);
      else {
        this.queue.unshift(...waiting);
        this.pump();
      }
    });
    return worker;
  }

  // Cancelling: batches not yet sent are dropped; workers holding one are stopped (their other batches, if
  // any, fail without being cancelled and so run again elsewhere).
  private watch(signal: AbortSignal): void {
    if (this.watched.has(signal)) return;
    this.watched.add(signal);
    setMaxListeners(0, signal);
    signal.addEventListener(
      'abort',
      () => {
        for (let i = this.queue.length - 1; i >= 0; i--) {
          if (this.queue[i]!.signal === signal) this.queue.splice(i, 1)[0]!.reject(signal.reason);
        }
        for (const slot of this.slots) {
          if (slot.worker && [...slot.batches.values()].some((b) => b.signal === signal)) {
            slot.stopping = true;
            void slot.worker.terminate();
          }
        }
      },
      { once: true },
    );
  }
}

/** Why a worker stopped, as the error its files get: out of memory is a limit of the input's size. */
function workerDeath(error: Error | undefined, code: number): Error {
  if ((error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ReportError(
      'TOO_LARGE',
      'parsing it ran out of memory, and the worker parsing it was stopped; split the file, or lower the limits (--max-bytes, --max-docx-xml) so that such files are refused before they are parsed',
    );
  }
  return new Error(`the worker parsing it stopped (${error?.message ?? `exit code ${code}`})`);
}

/**
 * The worker module next to this one. Built: dist/worker.js beside dist/cli.js. From source (vitest, tsx):
 * src/cli/worker.ts, imported by worker-source.mjs through tsx, a dev dependency that is only needed there.
 */
function workerFile(): { entry: string; source?: Pick<WorkerSetup, 'module' | 'tsxApi'> } {
  const built = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { entry: built.href };
  const source = new URL('./worker.ts', import.meta.url);
  if (existsSync(fileURLToPath(source))) {
    // Resolved here, not by the worker: tsx would be looked up from the working directory.
    const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
    const api = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
    return {
      entry: new URL('./worker-source.mjs', import.meta.url).href,
      source: { module: source.href, tsxApi: pathToFileURL(join(dirname(pkg), api.import.default)).href },
    };
  }
  throw new Error(`cannot find the worker module next to ${fileURLToPath(import.meta.url)}; rebuild with npm run build`);
}
