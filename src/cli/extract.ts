// `extract`: inputs → (parallel) parsing → records in input order → the chosen format, on stdout or --out.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { toErrorRecord } from '../errors.js';
import { expandInputs, splitPathList, type Input, type Source } from './inputs.js';
import { UsageError, type CliIO } from './io.js';
import { runInOrder } from './order.js';
import { createParser, present, recordOf, type OutputSpec, type Parsed } from './pool.js';
import { createProgress, summaryLine } from './progress.js';
import { prepareResume } from './resume.js';
import { fileSink, stdoutSink } from './sink.js';
import type { ParseTask } from './worker.js';
import { createWriter, NEEDS_TEXT, type KindSet, type OutputFormat } from './writers/index.js';

export interface ExtractOptions {
  format: OutputFormat;
  out?: string;
  /** Empty: the default report extensions (DEFAULT_INCLUDE). */
  include: string[];
  exclude: string[];
  filesFrom?: string;
  jobs: number;
  resume: boolean;
  includeText: boolean;
  maxBytes?: number;
  maxTextLength?: number;
  bom: boolean;
  /** Kinds that get columns in `dataset` and rows in `summary`. Default core. */
  kinds?: KindSet;
  quiet: boolean;
}

/** Exit code of a run stopped by Ctrl-C, as shells report a SIGINT death (128 + 2). */
export const EXIT_INTERRUPTED = 130;

export async function extract(args: readonly string[], opts: ExtractOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => performance.now());
  const t0 = now();
  checkOptions(args, opts, io);

  const outPath = opts.out === undefined ? undefined : resolve(cwd, opts.out);
  const inputs = (
    await expandInputs(await readSources(args, opts, io, cwd), {
      cwd,
      ...(opts.include.length ? { include: opts.include } : {}),
      exclude: opts.exclude,
    })
  ).filter((i) => !('path' in i && i.path === outPath)); // `extract . --out out.txt` must not read its own output

  // --resume: what is already in the output file is skipped, and counts for the exit code.
  let todo: Input[] = inputs;
  let earlierFailures = 0;
  if (opts.resume && outPath !== undefined) {
    const { done, repaired } = await prepareResume(outPath, opts.out);
    todo = inputs.filter((i) => !done.has(i.file));
    earlierFailures = inputs.filter((i) => done.get(i.file) === false).length;
    if (!opts.quiet) {
      if (repaired) io.stderr(`resume: dropped a cut-off last record (${repaired} bytes) from ${opts.out}; its input is parsed again\n`);
      io.stderr(`resume: ${inputs.length - todo.length} of ${inputs.length} inputs are already in ${opts.out}\n`);
    }
  }

  const sink = outPath === undefined ? stdoutSink(io) : await fileSink(outPath, opts.resume, opts.out);
  const output: OutputSpec = { format: opts.format, ...(opts.bom ? { bom: true } : {}), ...(opts.kinds ? { kinds: opts.kinds } : {}) };
  const writer = createWriter(opts.format, { bom: opts.bom, ...(opts.kinds ? { kinds: opts.kinds } : {}) });
  const stats = { ok: 0, failed: 0, metrics: 0 };

  // Ctrl-C once: start nothing new, finish what runs. Twice: cancel what runs too, and unhook, so that a
  // third Ctrl-C gets the default behaviour (the process dies) if a file parsed in this thread never ends.
  const stop = new AbortController();
  const abort = new AbortController();
  const unhook = io.onInterrupt?.(() => {
    if (!stop.signal.aborted) {
      stop.abort();
      if (!opts.quiet) io.stderr('\ninterrupted: finishing the files in progress (Ctrl-C again to cancel them)\n');
    } else {
      abort.abort();
      unhook?.();
    }
  });

  const parseCount = todo.filter((i) => 'path' in i).length;
  const showProgress = !opts.quiet && (outPath !== undefined || !io.stdoutIsTTY);
  const progress = createProgress(showProgress ? io.progress : undefined, todo.length, now);
  let emitted = 0;
  try {
    const parser = await createParser(Math.min(opts.jobs, parseCount), output);
    try {
      const taskOptions = {
        // `summary` shows each figure's context, so its records keep their text (the writer drops it).
        ...(opts.includeText || NEEDS_TEXT.has(opts.format) ? { includeText: true } : {}),
        ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
        ...(opts.maxTextLength !== undefined ? { maxTextLength: opts.maxTextLength } : {}),
      };
      await sink.write(writer.start());
      emitted = await runInOrder<Parsed>({
        count: todo.length,
        concurrency: parser.concurrency,
        // How far past a slow file (a 100× report, a big PDF) the others may go on: four rounds of batches,
        // so the other workers keep busy meanwhile, while the records held back stay bounded.
        window: Math.max(64, 4 * parser.concurrency),
        stop: stop.signal,
        abort: abort.signal,
        start: async (index, signal) => {
          const input = todo[index]!;
          if ('error' in input) return present({ file: input.file, ok: false, error: input.error }, output, true);
          const task: ParseTask = { path: input.path, file: input.file, ...taskOptions };
          try {
            return await parser.parse(task, signal);
          } catch (err) {
            if (signal.aborted) throw err; // cancelled by a second Ctrl-C: no record
            // a worker that died (out of memory, ...) fails this input only
            return present(toErrorRecord(input.file, err), output, true);
          }
        },
        settled: (_, parsed) => progress.tick(parsed.ok),
        emit: async (_, parsed) => {
          if (parsed.ok) {
            stats.ok++;
            stats.metrics += parsed.metrics;
          } else stats.failed++;
          await sink.write(parsed.text ?? writer.record(recordOf(parsed)));
        },
      });
    } finally {
      progress.stop();
      await parser.close();
    }
    await sink.write(writer.end());
  } finally {
    unhook?.();
    await sink.close();
  }

  const interrupted = stop.signal.aborted;
  if (!opts.quiet) {
    const seconds = (now() - t0) / 1000;
    io.stderr(summaryLine({ files: emitted, total: todo.length, ...stats, seconds, skipped: inputs.length - todo.length }));
    if (interrupted && emitted < todo.length) {
      io.stderr(
        opts.format === 'jsonl' && opts.out !== undefined
          ? `the first ${emitted} records are in ${opts.out}; run the same command with --resume to finish\n`
          : `wrote the records of the first ${emitted} inputs\n`,
      );
    }
  }
  if (interrupted) return EXIT_INTERRUPTED;
  return stats.failed + earlierFailures > 0 ? 1 : 0;
}

function checkOptions(args: readonly string[], opts: ExtractOptions, io: CliIO): void {
  if (args.length === 0 && opts.filesFrom === undefined) {
    throw new UsageError('give at least one file, directory or glob, or --files-from FILE');
  }
  if (opts.resume && (opts.out === undefined || opts.format !== 'jsonl')) {
    throw new UsageError('--resume continues a JSONL output file: use it with --out FILE and --format jsonl');
  }
  if (opts.bom && opts.format !== 'csv' && opts.format !== 'dataset' && opts.format !== 'summary') {
    throw new UsageError('--bom is for CSV output: use it with --format csv, dataset or summary');
  }
  if (opts.kinds !== undefined && opts.format !== 'dataset' && opts.format !== 'summary') {
    throw new UsageError('--kinds chooses the columns of --format dataset and the rows of --format summary');
  }
  const stdinUses = args.filter((a) => a === '-').length + (opts.filesFrom === '-' ? 1 : 0);
  if (stdinUses > 1) throw new UsageError('standard input can be read once: give `-` or `--files-from -`, not both');
  if (stdinUses && !io.readStdin) throw new UsageError('standard input is not available here');
}

/** The arguments as sources, `-` replaced in place by the paths on stdin, then the paths of --files-from. */
async function readSources(args: readonly string[], opts: ExtractOptions, io: CliIO, cwd: string): Promise<Source[]> {
  const sources: Source[] = [];
  for (const arg of args) {
    if (arg === '-') sources.push(...listed(await io.readStdin!()));
    else sources.push({ value: arg, glob: true });
  }
  if (opts.filesFrom === '-') sources.push(...listed(await io.readStdin!()));
  else if (opts.filesFrom !== undefined) {
    try {
      sources.push(...listed(await readFile(resolve(cwd, opts.filesFrom), 'utf8')));
    } catch (err) {
      throw new UsageError(`cannot read --files-from ${opts.filesFrom}: ${(err as Error).message}`);
    }
  }
  return sources;
}

// Listed paths are literal paths (or folders), never globs: file names may contain `*` or `[`.
const listed = (text: string): Source[] => splitPathList(text).map((value) => ({ value, glob: false }));
