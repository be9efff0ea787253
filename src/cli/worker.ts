// Parsing inputs in a worker thread (dist/worker.js), started by the pool in ./pool.ts. Every parse runs
// here, also for --jobs 1: the main thread stays free to answer Ctrl-C and to write records, and a file that
// exhausts the memory or crashes the parser takes down its worker only, never the run.
//
// Protocol, all on the worker's own port (messages keep their order, and Node delivers every message a
// worker posted before it reports its exit):
//   main → worker   { id, tasks }                  a batch of files
//   worker → main   { ready: true }                once, when the library is loaded
//                   { id, index, parsed }          each file's output as soon as it is done
//                   { id, done: true }             after the last file of a batch
// Records go back already written out as text when the format allows it (`Parsed`, see pool.ts).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toErrorRecord } from '../errors.js';
import { readInputFileInThread } from '../input/index.js';
import { parseDecoded } from '../parse.js';
import type { ReportRecord } from '../schema.js';
import { present, type OutputSpec, type Parsed } from './present.js';

/** One file to parse. Plain data: it crosses the worker boundary by structured clone. */
export interface ParseTask {
  /** Absolute path to read. */
  path: string;
  /** The path as given, put into the record's `file`. */
  file: string;
  includeText?: boolean;
  maxBytes?: number;
  maxTextLength?: number;
  maxDocxUncompressed?: number;
  maxDocxXml?: number;
  maxPdfPages?: number;
}

/** Several files for one worker: the unit the pool sends. */
export interface ParseBatch {
  id: number;
  tasks: ParseTask[];
}

/** What a worker tells the pool. */
export type WorkerMessage =
  | { ready: true }
  | { id: number; index: number; parsed: Parsed }
  | { id: number; done: true };

/** What the pool gives a worker to start with. */
export interface WorkerSetup {
  role: typeof ROLE;
  output: OutputSpec;
  /** From source: the URL of this module and of tsx's API, for worker-source.mjs. */
  module?: string;
  tsxApi?: string;
}

export const ROLE = 'cn-report-metrics parser';

/** Parses one file into its record; never throws: a failure is an error record. */
export async function parseRecord(task: ParseTask): Promise<ReportRecord> {
  const { path, file, ...options } = task;
  try {
    return parseDecoded(await readInputFileInThread(path, options), { ...options, file });
  } catch (err) {
    return toErrorRecord(file, err);
  }
}

// Started by the pool: take batches in the order they come, one file at a time.
const setup = workerData as Partial<WorkerSetup> | null;
if (!isMainThread && parentPort && setup?.role === ROLE) {
  const port = parentPort;
  const output = setup.output!;
  const queue: ParseBatch[] = [];
  let busy = false;
  const drain = async () => {
    busy = true;
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      for (let index = 0; index < batch.tasks.length; index++) {
        const parsed = present(await parseRecord(batch.tasks[index]!), output, false);
        port.postMessage({ id: batch.id, index, parsed } satisfies WorkerMessage);
      }
      port.postMessage({ id: batch.id, done: true } satisfies WorkerMessage);
    }
    busy = false;
  };
  port.on('message', (batch: ParseBatch) => {
    queue.push(batch);
    if (!busy) void drain();
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
