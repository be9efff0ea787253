// What the pool (./pool.ts) and its workers (./worker.ts) say to each other; apart from both, so that the
// main thread never loads the parser just to know the words.
import type { OutputSpec, Parsed } from './present.js';

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
  | { id: number; results: [index: number, parsed: Parsed][]; done: boolean };

/** What the pool gives a worker to start with. */
export interface WorkerSetup {
  role: typeof ROLE;
  output: OutputSpec;
  /** From source: the URL of this module and of tsx's API, for worker-source.mjs. */
  module?: string;
  tsxApi?: string;
}

export const ROLE = 'cn-report-metrics parser';
