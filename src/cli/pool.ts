// Where parsing happens: a piscina pool of `jobs` worker threads, one task per file, also for one job.
//
// Every parse runs in a worker, also for --jobs 1: the main thread stays free to answer Ctrl-C and to write
// records, and a file that exhausts a worker's memory (its resourceLimits) or crashes it takes down that
// worker only. piscina does the scheduling: it hands each task to a worker, a task whose worker dies rejects
// and piscina starts a new worker for the tasks after it, `destroy` stops every worker at once, and a task
// given a `signal` runs alone on its worker. What is ours: the task (./worker.ts), the error a dead worker's
// file gets (workerDeath), and the order of the output (./order.ts).
//
// One task per file, so a record comes back as soon as its file is finished: a slow file holds back no other
// file's record, and a second Ctrl-C keeps every record finished before it. Each worker holds two files,
// the one it parses and the next (concurrentTasksPerWorker), so that it starts the next at once instead of
// waiting for the main thread between two files, each of which takes a millisecond or two.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ReportError } from '../errors.js';
import type { OutputSpec, Parsed } from './present.js';
import type { ParseTask, WorkerSetup } from './protocol.js';

export { present, recordOf, type OutputSpec, type Parsed } from './present.js';

export interface Parser {
  /**
   * Parses one file; rejects when `signal` aborts, or when the file brought its worker down. A parser serves
   * one run: when any signal given to it aborts, every file not finished is cancelled and its workers stop.
   */
  parse(task: ParseTask, signal: AbortSignal): Promise<Parsed>;
  /** How many files to have in flight at once. */
  readonly concurrency: number;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Limits of each worker's memory (Node's defaults when absent): a file that needs more fails alone. */
  resourceLimits?: ResourceLimits;
}

/** Files a worker holds at once: the one it parses and the next. */
const PER_WORKER = 2;

/** Starts `jobs` worker threads; `output` tells how records are written, so that workers can write them. */
export async function createParser(jobs: number, output: OutputSpec, options: PoolOptions = {}): Promise<Parser> {
  const threads = Math.max(1, jobs);
  const { filename, source } = workerFile();
  // Workers start now, so that they load the library while the caller sets up its output.
  const pool = new Piscina<ParseTask, Parsed>({
    filename,
    workerData: { output, ...source } satisfies WorkerSetup,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: PER_WORKER,
    idleTimeout: Infinity,
    recordTiming: false,
    ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
  });

  // piscina reports here a worker that fails with no task on it. One that fails before it is ready makes
  // piscina start no other (they would fail alike), and the files still queued would wait for ever: fail them.
  let broken: Error | undefined;
  pool.on('error', (err: Error) => {
    if (broken || pool.threads.length >= threads) return;
    broken = new Error(`cannot start a parser worker: ${err.message}`);
    void pool.destroy();
  });

  // Cancelling a run stops every worker: piscina rejects every task, queued or running.
  const watched = new WeakSet<AbortSignal>();
  const watch = (signal: AbortSignal) => {
    if (watched.has(signal)) return;
    watched.add(signal);
    signal.addEventListener('abort', () => void pool.destroy(), { once: true });
  };

  const failed = (signal: AbortSignal) => (err: unknown) => {
    throw signal.aborted ? signal.reason : (broken ?? workerDeath(err));
  };

  return {
    parse: (task, signal) => {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (broken) return Promise.reject(broken);
      watch(signal);
      // A worker that dies fails both files it holds, and which of them brought it down is not known: each
      // runs again alone (piscina runs a task that has a signal alone on its worker). A file that brings
      // down a worker of its own is the culprit, and fails.
      return pool.run(task).catch((err: unknown) => {
        if (signal.aborted || broken) return failed(signal)(err);
        return pool.run(task, { signal }).catch(failed(signal));
      });
    },
    // One more file per worker than it holds waits in piscina's queue, so that piscina hands a worker its
    // next file as soon as it reports one finished, while the main thread may still be writing records.
    concurrency: threads * (PER_WORKER + 1),
    close: () => pool.destroy(),
  };
}

/**
 * Why a worker stopped, as the error its file gets. The task itself never throws (see worker.ts), so a task
 * that was not cancelled failed with its worker. Out of memory is a limit of the input's size.
 */
function workerDeath(err: unknown): Error {
  if ((err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ReportError(
      'TOO_LARGE',
      'parsing it ran out of memory, and the worker parsing it was stopped; split the file, or lower the limits (--max-bytes, --max-docx-xml) so that such files are refused before they are parsed',
    );
  }
  return new Error(`the worker parsing it stopped (${err instanceof Error ? err.message : String(err)})`);
}

/**
 * The worker module next to this one. Built: dist/worker.js beside dist/cli.js. From source (vitest, tsx):
 * src/cli/worker.ts, imported by worker-source.mjs through tsx, a dev dependency that is only needed there.
 */
function workerFile(): { filename: string; source?: Pick<WorkerSetup, 'module' | 'tsxApi'> } {
  const built = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { filename: built.href };
  const source = new URL('./worker.ts', import.meta.url);
  if (existsSync(fileURLToPath(source))) {
    // Resolved here, not by the worker: tsx would be looked up from the working directory.
    const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
    const api = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
    return {
      filename: new URL('./worker-source.mjs', import.meta.url).href,
      source: { module: source.href, tsxApi: pathToFileURL(join(dirname(pkg), api.import.default)).href },
    };
  }
  throw new Error(`cannot find the worker module next to ${fileURLToPath(import.meta.url)}; rebuild with npm run build`);
}
