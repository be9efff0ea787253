// `extract`: inputs → (parallel) parsing → records in input order → the chosen format, on stdout or --out.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { toErrorRecord } from '../errors.js';
import { defaultJobs } from './jobs.js';
import { expandInputs, splitPathList, type Input, type Skipped, type Source } from './inputs.js';
import { UsageError, type CliIO } from './io.js';
import { runInOrder } from './order.js';
import { createParser, present, recordOf, type OutputSpec, type Parsed, type Parser } from './pool.js';
import { createProgress, describeSkipped, summaryLine } from './progress.js';
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
  /** Worker threads; absent: chosen for the batch (see ./jobs.ts). */
  jobs?: number;
  resume: boolean;
  includeText: boolean;
  maxBytes?: number;
  maxTextLength?: number;
  maxDocxUncompressed?: number;
  maxDocxXml?: number;
  maxPdfPages?: number;
  bom: boolean;
  /** Kinds that get columns in `dataset` and rows in `summary`. Default core. */
  kinds?: KindSet;
  quiet: boolean;
}

/** Exit code of a run stopped by Ctrl-C, as shells report a SIGINT death (128 + 2). */
export const EXIT_INTERRUPTED = 130;

const LIMITS = ['maxBytes', 'maxTextLength', 'maxDocxUncompressed', 'maxDocxXml', 'maxPdfPages'] as const;

export async function extract(args: readonly string[], opts: ExtractOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => performance.now());
  const t0 = now();
  checkOptions(args, opts, io);

  const outPath = opts.out === undefined ? undefined : resolve(cwd, opts.out);
  const skipped: Skipped = { hidden: 0, otherTypes: 0, excluded: 0 };
  const sources = await readSources(args, opts, io, cwd);
  const inputs = (
    await expandInputs(sources, {
      cwd,
      ...(opts.include.length ? { include: opts.include } : {}),
      exclude: opts.exclude,
      skipped,
    })
  ).filter((i) => !('path' in i && i.path === outPath)); // `extract . --out out.txt` must not read its own output
  if (inputs.length === 0) throw new UsageError(nothingToParse(sources, opts, skipped));

  // --resume: what is already in the output file is skipped, and counts for the exit code.
  let todo: Input[] = inputs;
  let earlierFailures = 0;
  if (opts.resume && outPath !== undefined) {
    const { done, repaired } = await prepareResume(outPath, opts.out, { cwd, inputs });
    const isDone = (i: Input) => done.get(i.key);
    todo = inputs.filter((i) => isDone(i) === undefined);
    earlierFailures = inputs.filter((i) => isDone(i) === false).length;
    if (!opts.quiet) {
      if (repaired) io.stderr(`resume: dropped a cut-off last record (${repaired} bytes) from ${opts.out}; its input is parsed again\n`);
      io.stderr(`resume: ${inputs.length - todo.length} of ${inputs.length} inputs are already in ${opts.out}\n`);
    }
  }

  const sink = outPath === undefined ? stdoutSink(io) : await fileSink(outPath, opts.resume, opts.out);
  const output: OutputSpec = { format: opts.format, ...(opts.bom ? { bom: true } : {}), ...(opts.kinds ? { kinds: opts.kinds } : {}) };
  const writer = createWriter(opts.format, { bom: opts.bom, ...(opts.kinds ? { kinds: opts.kinds } : {}) });
  const stats = { ok: 0, failed: 0, metrics: 0, warnings: 0 };

  // Ctrl-C once: start nothing new, finish what runs. Twice: cancel what runs too (the workers are stopped),
  // and unhook, so that a third Ctrl-C gets the default behaviour (the process dies).
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

  const files = todo.filter((i): i is Input & { path: string } => 'path' in i);
  const showProgress = !opts.quiet && (outPath !== undefined || !io.stdoutIsTTY);
  const progress = createProgress(showProgress ? io.progress : undefined, todo.length, now);
  let emitted = 0;
  try {
    const jobs = Math.min(opts.jobs ?? defaultJobs(files.map((f) => f.path), availableParallelism()), files.length);
    const parser: Parser | null = jobs > 0 ? await createParser(jobs, output) : null;
    try {
      // `summary` shows each figure's context, so its records keep their text (the writer drops it).
      const taskOptions: Omit<ParseTask, 'path' | 'file'> = { ...(opts.includeText || NEEDS_TEXT.has(opts.format) ? { includeText: true } : {}) };
      for (const key of LIMITS) if (opts[key] !== undefined) taskOptions[key] = opts[key];
      await sink.write(writer.start());
      emitted = await runInOrder<Parsed>({
        count: todo.length,
        concurrency: parser?.concurrency ?? 1,
        // How far past a slow file (a 100× report, a big PDF) the others may go on, so that the other workers
        // keep busy meanwhile, while the records held back stay bounded.
        window: Math.max(64, 4 * (parser?.concurrency ?? 1)),
        stop: stop.signal,
        abort: abort.signal,
        start: async (index, signal) => {
          const input = todo[index]!;
          if ('error' in input) return present({ file: input.file, ok: false, error: input.error }, output, true);
          if (!parser) throw new Error('internal: a file to parse but no parser');
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
          stats.warnings += parsed.warnings;
          await sink.write(parsed.text ?? writer.record(recordOf(parsed)));
        },
      });
    } finally {
      progress.stop();
      await parser?.close();
    }
    await sink.write(writer.end());
  } finally {
    unhook?.();
    await sink.close();
  }

  const interrupted = stop.signal.aborted;
  if (!opts.quiet) {
    const seconds = (now() - t0) / 1000;
    io.stderr(summaryLine({ files: emitted, total: todo.length, ...stats, seconds, resumed: inputs.length - todo.length, skipped }));
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
    if (arg === '-') for (const s of listed(await io.readStdin!(), 'stdin')) sources.push(s);
    else sources.push({ value: arg, glob: true });
  }
  if (opts.filesFrom === '-') for (const s of listed(await io.readStdin!(), 'stdin')) sources.push(s);
  else if (opts.filesFrom !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, opts.filesFrom), 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read --files-from ${opts.filesFrom}: ${(err as Error).message}`);
    }
    for (const s of listed(text, opts.filesFrom)) sources.push(s); // no spread: lists of 100,000s of paths
  }
  return sources;
}

// Listed paths are literal paths (or folders), never globs: file names may contain `*` or `[`.
const listed = (text: string, from: string): Source[] => splitPathList(text).map((value) => ({ value, glob: false, from }));

/** Why a run has no input at all, so that an empty folder or list never passes for a clean run. */
function nothingToParse(sources: readonly Source[], opts: ExtractOptions, skipped: Skipped): string {
  const lists = [...new Set(sources.flatMap((s) => (s.from ? [s.from] : [])))];
  const parts: string[] = [];
  if (sources.length === 0) {
    parts.push(opts.filesFrom === '-' || lists.includes('stdin') ? 'standard input lists no paths' : `--files-from ${opts.filesFrom} lists no paths`);
  } else {
    const walked = skipped.hidden + skipped.otherTypes + skipped.excluded;
    parts.push(walked ? `the folders given hold no file to parse (${describeSkipped(skipped)})` : 'the folders given are empty');
    if (skipped.otherTypes) parts.push(`--include takes ${opts.include.length ? opts.include.join(' ') : 'the default report types (see --help)'}`);
  }
  return `nothing to parse: ${parts.join('; ')}`;
}
