// Where parsing happens: in this thread for one job, or in a piscina pool of worker threads for more.
//
// A report parses in one or two milliseconds, so how work reaches the workers matters. With one file per
// task a worker idled between two tasks until the main thread had taken its result and handed it the next
// file, and each record crossed back as a structured clone of hundreds of small objects. So the pool sends
// files in batches of BATCH (one message each way), keeps two batches queued at every worker, and the
// worker returns each record already written out as text (one string copy); the main thread only writes.
import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReportRecord } from '../schema.js';
import type { ParseBatch, ParseTask } from './worker.js';
import { createWriter, type KindSet, type OutputFormat, type RecordWriter } from './writers/index.js';

/** How records are to be written out: the run's output format and its options. */
export interface OutputSpec {
  format: OutputFormat;
  bom?: boolean;
  kinds?: KindSet;
}

/** A parsed input as the main thread needs it: the counts for the summary line, and the output text. */
export interface Parsed {
  ok: boolean;
  /** Number of metric mentions (0 for an error record). */
  metrics: number;
  /** The record's text in the output format, when that text depends on the record alone (see SELF_CONTAINED). */
  text?: string;
  /** Otherwise the record itself (in-process) ... */
  record?: ReportRecord;
  /** ... or the record as JSON (from a worker), for the main thread's writer. */
  json?: string;
}

/**
 * Formats whose writer turns each record into the same text wherever it stands in the output, so a worker
 * can write it. `json` and `table` put a separator before every record but the first: the main thread writes
 * those. Both paths give the text of the same writer for the same record, so the output does not depend on
 * where it was written.
 */
const SELF_CONTAINED: ReadonlySet<OutputFormat> = new Set<OutputFormat>(['jsonl', 'csv', 'dataset', 'summary']);

const writers = new Map<string, RecordWriter>();

/**
 * A record as `Parsed`: written out if its format allows it, else kept as the object (`keep`, in-process)
 * or as JSON (for a trip between threads).
 */
export function present(record: ReportRecord, output: OutputSpec, keep: boolean): Parsed {
  const head = { ok: record.ok, metrics: record.ok ? record.metrics.length : 0 };
  if (SELF_CONTAINED.has(output.format)) {
    const key = `${output.format}${output.bom ? '+bom' : ''}${output.kinds === 'all' ? '+all' : ''}`;
    let writer = writers.get(key);
    if (!writer) writers.set(key, (writer = createWriter(output.format, { ...(output.bom ? { bom: true } : {}), ...(output.kinds ? { kinds: output.kinds } : {}) })));
    return { ...head, text: writer.record(record) };
  }
  return keep ? { ...head, record } : { ...head, json: JSON.stringify(record) };
}

/** The record a `Parsed` stands for, for the main thread's writer (when the worker could not write it). */
export function recordOf(parsed: Parsed): ReportRecord {
  if (parsed.record) return parsed.record;
  if (parsed.json !== undefined) return JSON.parse(parsed.json) as ReportRecord;
  throw new Error('a parsed input without its record');
}

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

/**
 * One job parses in-process (no thread start-up cost); more start a pool of `jobs` worker threads.
 * `output` tells how records are written, so that workers can write them.
 */
export async function createParser(jobs: number, output: OutputSpec): Promise<Parser> {
  if (jobs <= 1) {
    const { parseRecord } = await import('./worker.js');
    return {
      parse: async (task) => present(await parseRecord(task), output, true),
      // Two files at once: one is read while the other is parsed.
      concurrency: 2,
      close: async () => {},
    };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ParseBatch, Parsed[]>({
    ...workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: BATCHES_PER_WORKER,
  });
  const batcher = createBatcher((tasks, signal) => pool.run({ tasks, output }, { signal }));
  return {
    parse: batcher,
    concurrency: jobs * BATCHES_PER_WORKER * BATCH,
    close: () => pool.destroy(),
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
 * batch share its cancellation: a batch holds only tasks with the same signal. `parse` rejects only when the
 * batch is cancelled, or when its file alone fails in a worker (the caller then writes an error record).
 */
export function createBatcher(runBatch: (tasks: ParseTask[], signal: AbortSignal) => Promise<Parsed[]>) {
  // piscina listens to the signal of every batch in flight, past the 10 listeners after which Node warns of
  // a leak on machines with many cores. So batches carry a signal of ours, which may have any number of
  // listeners and follows the caller's through a single one.
  const ours = new WeakMap<AbortSignal, AbortSignal>();
  const follow = (signal: AbortSignal): AbortSignal => {
    let inner = ours.get(signal);
    if (!inner) {
      const controller = new AbortController();
      setMaxListeners(0, controller.signal);
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
      ours.set(signal, (inner = controller.signal));
    }
    return inner;
  };
  let pending: Pending[] = [];
  let pendingSignal: AbortSignal | undefined;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending;
    const signal = pendingSignal;
    pending = [];
    pendingSignal = undefined;
    if (batch.length === 0 || !signal) return;
    send(batch, signal);
  };

  // A batch that fails without being cancelled lost its worker (out of memory, ...): its files are run
  // again one by one, so that only the file that brings a worker down gets an error record.
  const send = (batch: Pending[], signal: AbortSignal) =>
    runBatch(batch.map((p) => p.task), follow(signal)).then(
      (results) => batch.forEach((p, i) => p.resolve(results[i]!)),
      (err: unknown) => {
        if (batch.length === 1 || signal.aborted) batch.forEach((p) => p.reject(err));
        else batch.forEach((p) => send([p], signal));
      },
    );

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

/**
 * The worker module next to this one. Built: dist/worker.js beside dist/cli.js. From source (vitest, tsx):
 * src/cli/worker.ts, loaded through tsx, a dev dependency that is only needed there.
 */
function workerFile(): { filename: string; execArgv?: string[] } {
  const built = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { filename: built.href };
  const source = new URL('./worker.ts', import.meta.url);
  if (existsSync(fileURLToPath(source))) {
    // Resolved here, not by the worker: `--import tsx` would be looked up from the working directory.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return { filename: source.href, execArgv: [...process.execArgv, '--import', tsx] };
  }
  throw new Error(`cannot find the worker module next to ${fileURLToPath(import.meta.url)}; rebuild with npm run build`);
}
