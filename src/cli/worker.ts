// Parsing inputs in a worker thread (dist/worker.js), started by the pool in ./pool.ts. Every parse runs
// here, also for --jobs 1: the main thread stays free to answer Ctrl-C and to write records, and a file that
// exhausts the memory or crashes the parser takes down its worker only, never the run.
//
// Protocol, all on the worker's own port (messages keep their order, and Node delivers every message a
// worker posted before it reports its exit):
//   main → worker   { id, tasks }                  a batch of files
//   worker → main   { ready: true }                once, when the library is loaded
//                   { id, results, done }          outputs of files of batch `id`, by index; `done` after the last
// Records go back already written out as text when the format allows it (`Parsed`, see present.ts).
//
// A message costs about as much as parsing a short report, so results are sent a few at a time; but never
// held back while a slow file (a big one, a PDF, a DOCX) is parsed, so that what is finished reaches the main
// thread, and the output, before a Ctrl-C can cancel the slow file.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toErrorRecord } from '../errors.js';
import { readInputFileInThread } from '../input/index.js';
import { parseDecoded } from '../parse.js';
import type { ReportRecord } from '../schema.js';
import { present, type Parsed } from './present.js';
import { ROLE, type ParseBatch, type ParseTask, type WorkerMessage, type WorkerSetup } from './protocol.js';

export type { ParseBatch, ParseTask, WorkerMessage, WorkerSetup } from './protocol.js';

/** Inputs past this size, and every PDF and DOCX, count as slow: what is finished is sent before them. */
const SLOW_BYTES = 64 * 1024;
/** Finished results are sent at least this often (ms), whatever the files. */
const SEND_EVERY = 50;

const isSlow = (bytes: Uint8Array) =>
  bytes.length > SLOW_BYTES || (bytes[0] === 0x25 && bytes[1] === 0x50) /* %P */ || (bytes[0] === 0x50 && bytes[1] === 0x4b); /* PK */

/**
 * Parses one file into its record; never throws: a failure is an error record. `beforeSlow` is called
 * once the bytes are read, if parsing them may take long.
 */
export async function parseRecord(task: ParseTask, beforeSlow?: () => void): Promise<ReportRecord> {
  const { path, file, ...options } = task;
  try {
    const input = readInputFileInThread(path, options);
    if (beforeSlow && isSlow(input.bytes)) beforeSlow();
    return parseDecoded(await input.decode(), { ...options, file });
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
      const id = batch.id;
      let results: [number, Parsed][] = [];
      let sent = performance.now();
      const send = (done: boolean) => {
        port.postMessage({ id, results, done } satisfies WorkerMessage);
        results = [];
        sent = performance.now();
      };
      for (let index = 0; index < batch.tasks.length; index++) {
        const record = await parseRecord(batch.tasks[index]!, () => results.length > 0 && send(false));
        results.push([index, present(record, output, false)]);
        if (performance.now() - sent >= SEND_EVERY && index + 1 < batch.tasks.length) send(false);
      }
      send(true);
    }
    busy = false;
  };
  port.on('message', (batch: ParseBatch) => {
    queue.push(batch);
    if (!busy) void drain();
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
