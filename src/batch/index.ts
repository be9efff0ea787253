// parseFiles: many files parsed by the CLI's own machinery (input expansion, worker pool, ordered
// output), handed to a script as an async iterator of records. The CLI's `extract` is this plus a
// writer, progress and --resume; both give the same records in the same order.
import { resolve } from 'node:path';
import type { Input, Source } from '../cli/inputs.js';
import type { OutputSpec } from '../cli/pool.js';
import type { ParseTask } from '../cli/worker.js';
import { toErrorRecord } from '../errors.js';
import type { InputOptions } from '../input/index.js';
import type { ReportRecord } from '../schema.js';
import { createChannel } from './channel.js';

export interface ParseFilesOptions extends Pick<InputOptions, 'maxBytes' | 'maxTextLength' | 'maxDocxUncompressed' | 'maxDocxXml' | 'maxPdfPages'> {
  /**
   * Worker threads. Default `1`: one worker, which keeps this thread free and gives a file that brings it
   * down (out of memory) an error record; more pay off on large batches, PDF and DOCX, and more cores.
   */
  jobs?: number;
  /** Patterns of the files to take from directories (as the CLI's `--include`). Default: the CLI's (see `extract --help`). */
  include?: readonly string[];
  /** Patterns of files and folders to leave out of directories and glob matches (as `--exclude`). */
  exclude?: readonly string[];
  /** Read the inputs as globs when they name no existing path (as the CLI does). Default `true`. */
  glob?: boolean;
  /** Directory relative inputs are resolved against. Default: `process.cwd()`. */
  cwd?: string;
  /** Put the decoded text into each report record, as `text`. Default `false`. */
  includeText?: boolean;
  /** Stops the run: no new file is started, running ones are cancelled, and the iterator throws the signal's reason. */
  signal?: AbortSignal;
}

// Records come back from the pool's workers as JSON: `json` is a format that workers never write out
// themselves (see SELF_CONTAINED in ../cli/present.ts).
const AS_RECORDS: OutputSpec = { format: 'json' };

/**
 * Parses files, directories (walked recursively) and globs, and yields one record per input in input
 * order: a report (`ok: true`) or an error record (`ok: false`) for an input that could not be parsed,
 * so N inputs give N records and a bad file never stops the run. Inputs are ordered as the CLI orders
 * them (arguments in order, a directory's files sorted by path, a file reached twice read once).
 * Breaking out of the loop stops the run and its workers.
 *
 * @example
 * for await (const r of parseFiles(['reports/', 'archive/**\/*.pdf'], { jobs: 4, exclude: ['drafts/**'] })) {
 *   if (r.ok) console.log(r.file, r.summary['penalty.cases']?.value);
 *   else console.error(r.file, r.error.code);
 * }
 */
export async function* parseFiles(
  inputs: string | readonly string[],
  options: ParseFilesOptions = {},
): AsyncGenerator<ReportRecord, void, undefined> {
  const list = typeof inputs === 'string' ? [inputs] : inputs;
  if (!Array.isArray(list) || !list.every((i) => typeof i === 'string')) {
    throw new TypeError('parseFiles takes a path, directory or glob, or an array of them');
  }
  if (typeof options !== 'object' || options === null) throw new TypeError('parseFiles: options must be an object');
  const { jobs = 1, signal } = options;
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`parseFiles: jobs must be a whole number of 1 or more, not ${jobs}`);
  signal?.throwIfAborted();

  // Loaded on the first call: glob matching and the pool are not worth their import time to a program
  // that only calls parseReport.
  const [{ expandInputs }, { runInOrder }, { createParser, present, recordOf }] = await Promise.all([
    import('../cli/inputs.js'),
    import('../cli/order.js'),
    import('../cli/pool.js'),
  ]);
  const cwd = resolve(options.cwd ?? process.cwd());
  const sources: Source[] = list.map((value) => ({ value, glob: options.glob !== false }));
  const todo: Input[] = await expandInputs(sources, {
    cwd,
    ...(options.include ? { include: options.include } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const taskOptions: Omit<ParseTask, 'path' | 'file'> = { ...(options.includeText ? { includeText: true } : {}) };
  for (const key of ['maxBytes', 'maxTextLength', 'maxDocxUncompressed', 'maxDocxXml', 'maxPdfPages'] as const) {
    if (options[key] !== undefined) taskOptions[key] = options[key];
  }

  const parser = await createParser(Math.max(1, Math.min(jobs, todo.filter((i) => 'path' in i).length)), AS_RECORDS);
  const abort = new AbortController();
  const onAbort = () => abort.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const channel = createChannel<ReportRecord>();

  const run = runInOrder({
    count: todo.length,
    concurrency: parser.concurrency,
    window: Math.max(64, 4 * parser.concurrency),
    abort: abort.signal,
    start: async (index, cancel) => {
      const input = todo[index]!;
      if ('error' in input) return { file: input.file, ok: false, error: input.error } as ReportRecord;
      const task: ParseTask = { path: input.path, file: input.file, ...taskOptions };
      try {
        return recordOf(await parser.parse(task, cancel));
      } catch (err) {
        if (cancel.aborted) throw err;
        return recordOf(present(toErrorRecord(input.file, err), AS_RECORDS, true)); // a worker that died fails this input only
      }
    },
    emit: (_, record) => channel.push(record),
  }).then(
    () => channel.end(),
    (err: unknown) => channel.fail(err),
  );

  try {
    for (;;) {
      const next = await channel.next();
      signal?.throwIfAborted();
      if (next.done) break;
      yield next.value;
    }
  } finally {
    // Also when the caller breaks out of the loop: stop the run, let it settle, close the workers.
    abort.abort();
    channel.close();
    signal?.removeEventListener('abort', onAbort);
    await run;
    await parser.close();
  }
}
