// Parsing one input, as a piscina worker (dist/worker.js) and in-process for --jobs 1: the same function,
// so the records are the same whatever the number of jobs. A worker imports the library once, when it starts.
import { toErrorRecord } from '../errors.js';
import { parseFile } from '../parse.js';
import type { ReportRecord } from '../schema.js';

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

/** Parses one file into its record; never throws: a failure is an error record. */
export default async function parseTask(task: ParseTask): Promise<ReportRecord> {
  const { path, file, ...options } = task;
  try {
    return await parseFile(path, { ...options, file });
  } catch (err) {
    return toErrorRecord(file, err);
  }
}
