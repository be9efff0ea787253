// Parsing inputs, as a piscina worker (dist/worker.js) and in-process for --jobs 1: the same functions, so
// the output is the same whatever the number of jobs. A worker imports the library once, when it starts.
//
// A worker hands back each record already written out as text (`Parsed`, see pool.ts), not as a record object.
import { toErrorRecord } from '../errors.js';
import { parseFile } from '../parse.js';
import type { ReportRecord } from '../schema.js';
import { present, type OutputSpec, type Parsed } from './pool.js';

/** One file to parse. Plain data: it crosses the worker boundary by structured clone. */
export interface ParseTask {
  /** Absolute path to read. */
  path: string;
  /** The path as given, put into the record's `file`. */
  file: string;
  includeText?: boolean;
  maxBytes?: number;
  maxTextLength?: number;
}

/** Several files for one worker, and how their records are written. The unit piscina runs. */
export interface ParseBatch {
  tasks: ParseTask[];
  output: OutputSpec;
}

/** Parses one file into its record; never throws: a failure is an error record. */
export async function parseRecord(task: ParseTask): Promise<ReportRecord> {
  const { path, file, ...options } = task;
  try {
    return await parseFile(path, { ...options, file });
  } catch (err) {
    return toErrorRecord(file, err);
  }
}

/** Files read at once by one worker: while one is being parsed, the next one is read. */
const LANES = 2;

/** The worker's task: parses a batch of files, `LANES` at a time, and returns their output in batch order. */
export default async function parseBatch(batch: ParseBatch): Promise<Parsed[]> {
  const { tasks, output } = batch;
  const out = new Array<Parsed>(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = present(await parseRecord(tasks[i]!), output, false);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LANES, tasks.length) }, lane));
  return out;
}
