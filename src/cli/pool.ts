// Where parsing happens: in this thread for one job, or in a piscina pool of worker threads for more.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReportRecord } from '../schema.js';
import type { ParseTask } from './worker.js';

export interface Parser {
  /** Parses one task; rejects only when cancelled through `signal`. */
  parse(task: ParseTask, signal: AbortSignal): Promise<ReportRecord>;
  /** How many tasks are worth having in flight at once. */
  readonly concurrency: number;
  close(): Promise<void>;
}

/** One job parses in-process (no thread start-up cost); more start a pool of `jobs` worker threads. */
export async function createParser(jobs: number): Promise<Parser> {
  if (jobs <= 1) {
    const { default: parseTask } = await import('./worker.js');
    return { parse: (task) => parseTask(task), concurrency: 1, close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ParseTask, ReportRecord>({ ...workerFile(), minThreads: jobs, maxThreads: jobs });
  return {
    parse: (task, signal) => pool.run(task, { signal }),
    // Two tasks per thread, so a worker never waits for the main thread to hand it the next file.
    concurrency: jobs * 2,
    close: () => pool.destroy(),
  };
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
