// What the pool (./pool.ts) gives its workers (./worker.ts); apart from both, so that the main thread never
// loads the parser just to know the words.
import type { OutputSpec } from './present.js';

/** One file to parse: one piscina task. Plain data: it crosses the worker boundary by structured clone. */
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

/** The pool's `workerData`: how records are written out, the same for every task of a run. */
export interface WorkerSetup {
  output: OutputSpec;
  /** From source: the URL of worker.ts and of tsx's API, for worker-source.mjs. */
  module?: string;
  tsxApi?: string;
}
