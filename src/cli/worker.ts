// The task each worker thread of the pool (./pool.ts) runs: one file → its record, written out in the run's
// format when the format allows it (`Parsed`, see present.ts), so that one string crosses back to the main
// thread. Built as dist/worker.js, the module piscina loads in every worker.
//
// The task never throws: a file that cannot be parsed gives an error record. So a task that rejects in the
// main thread was cancelled, or its worker died (see pool.ts), never a bad input.
import { workerData } from 'node:worker_threads';
import { toErrorRecord } from '../errors.js';
import { readInputFileInThread } from '../input/index.js';
import { parseDecoded } from '../parse.js';
import type { ReportRecord } from '../schema.js';
import { present, type Parsed } from './present.js';
import type { ParseTask, WorkerSetup } from './protocol.js';

export type { ParseTask, WorkerSetup } from './protocol.js';

/** Parses one file into its record; never throws: a failure is an error record. Also used in-process (evaluate). */
export async function parseRecord(task: ParseTask): Promise<ReportRecord> {
  const { path, file, ...options } = task;
  try {
    // One open, one fstat and plain reads in this thread: no trip to libuv's thread pool per file.
    const input = readInputFileInThread(path, options);
    return parseDecoded(await input.decode(), { ...options, file });
  } catch (err) {
    return toErrorRecord(file, err);
  }
}

/** The piscina task. */
export default async function parseTask(task: ParseTask): Promise<Parsed> {
  const { output } = workerData as WorkerSetup;
  const record = await parseRecord(task);
  try {
    return present(record, output, false);
  } catch (err) {
    return present(toErrorRecord(task.file, err), output, false);
  }
}
