// The CLI as a function: run(argv, io) returns the exit code; src/cli/bin.ts is a thin wrapper around it,
// so tests run the CLI in-process with fake IO.
//
// Exit codes: 0 every input gave a report (compare: ran fine), 1 some inputs failed (compare: conflicts
// with --fail-on-conflict), 2 usage error or a run that could not be carried out, 130 interrupted (Ctrl-C).
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compare } from './compare.js';
import type { Thresholds } from '../eval/index.js';
import { evaluate } from './evaluate.js';
import { review } from './review/command.js';
import { extract, type ExtractOptions } from './extract.js';
import { DEFAULT_INCLUDE } from './inputs.js';
import { UsageError, type CliIO } from './io.js';
import { packageVersion } from './version.js';
import { FORMATS, type OutputFormat } from './writers/index.js';

export type { CliIO } from './io.js';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let code = 0;
  const program = new Command('cn-report-metrics')
    .description('Extract metrics, report facts and section outlines from Chinese government reports')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout(s), writeErr: io.stderr });

  program
    .command('extract')
    .description('parse reports and write one record per input, in input order')
    .argument('[inputs...]', 'files, directories (walked recursively), quoted globs, or - for a list of paths on stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
    .option('-o, --out <file>', 'write records to FILE instead of stdout')
    .option('--include <glob>', `files to take from directories, repeatable (default: ${DEFAULT_INCLUDE.join(' ')})`, collect)
    .option('--exclude <glob>', 'files and folders to leave out of directories and glob matches, repeatable', collect)
    .option('--files-from <file>', 'read paths to parse from FILE, one per line (- for stdin)')
    .option('-j, --jobs <n>', 'parallel worker threads (default: available CPUs)', positiveInt('--jobs'))
    .option('--resume', 'skip inputs already in the --out JSONL file and append the rest')
    .option('--include-text', 'put the decoded text into each record (jsonl, json)')
    .option('--max-bytes <n>', 'refuse inputs larger than N bytes (default 50 MiB)', positiveInt('--max-bytes'))
    .option('--max-text-length <n>', 'refuse texts longer than N characters (default 5,000,000)', positiveInt('--max-text-length'))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark, for spreadsheets')
    .addOption(new Option('--kinds <set>', 'kinds in dataset columns and summary rows: core, or all kinds (default: core)').choices(['core', 'all'] as const))
    .option('-q, --quiet', 'no progress bar and no summary line')
    .addHelpText('after', EXTRACT_HELP)
    .action(async (inputs: string[], o: CommanderExtractOptions) => {
      code = await extract(
        inputs,
        {
          ...o,
          format: o.format,
          include: o.include ?? [],
          exclude: o.exclude ?? [],
          jobs: o.jobs ?? availableParallelism(),
          resume: o.resume === true,
          includeText: o.includeText === true,
          bom: o.bom === true,
          quiet: o.quiet === true,
        },
        io,
      );
    });

  program
    .command('compare')
    .description('list figures that disagree between reports of the same issuer and year, or print a panel of them')
    .argument('<records>', 'JSONL or JSON written by extract (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (csv with --panel only)').choices(['table', 'json', 'csv'] as const).default('table'))
    .addOption(new Option('--by <key>', 'group reports by issuer name, or by region and kind of body').choices(['issuer', 'region'] as const).default('issuer'))
    .option('--panel', 'one row per group and year with the core figures, disagreements marked')
    .option('--fail-on-conflict', 'exit with 1 when reports disagree (default: exit 0 and only list them)')
    .addHelpText('after', COMPARE_HELP)
    .action(async (records: string, o: { format: 'table' | 'json' | 'csv'; by: 'issuer' | 'region'; panel?: boolean; failOnConflict?: boolean }) => {
      code = await compare(records, { format: o.format, by: o.by, panel: o.panel === true, failOnConflict: o.failOnConflict === true }, io);
    });

  program
    .command('review')
    .description('write one self-contained HTML page to check every figure against its words')
    .argument('<records>', 'JSONL or JSON written by extract --include-text (- for stdin)')
    .option('-o, --out <file>', 'write the page to FILE (default: stdout)')
    .option('-q, --quiet', 'no notes on stderr')
    .addHelpText('after', REVIEW_HELP)
    .action(async (records: string, o: { out?: string; quiet?: boolean }) => {
      code = await review(records, { ...(o.out !== undefined ? { out: o.out } : {}), quiet: o.quiet === true }, io);
    });

  program
    .command('evaluate')
    .description('score the extractor against hand-labelled gold files (see docs/gold-format.md)')
    .requiredOption('--gold <dir>', 'folder of gold files, one JSON file per document')
    .requiredOption('--docs <dir>', 'folder of the documents the gold files name')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json'] as const).default('text'))
    .option('--no-misses', 'leave out the list of misses')
    .option('--min-summary <x>', 'exit 1 unless the summary accuracy is at least X (0 to 1)', fraction('--min-summary'))
    .option('--min-stated <x>', 'exit 1 unless the accuracy on stated summary figures is at least X', fraction('--min-stated'))
    .option('--min-f1 <x>', 'exit 1 unless the mentions F1 is at least X', fraction('--min-f1'))
    .option('--min-headings <x>', 'exit 1 unless the headings F1 is at least X', fraction('--min-headings'))
    .option('--min-meta <x>', 'exit 1 unless title, year and issuer accuracy is at least X', fraction('--min-meta'))
    .option('--max-forbidden <n>', 'exit 1 if more than N figures come from forbidden places', wholeNumber('--max-forbidden'))
    .addHelpText('after', EVALUATE_HELP)
    .action(async (o: CommanderEvaluateOptions) => {
      const { gold, docs, format, misses, ...thresholds } = o;
      code = await evaluate({ gold, docs, format, misses, thresholds }, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2; // commander has printed the message
    if (err instanceof UsageError) {
      io.stderr(`error: ${err.message}\n`);
      return 2;
    }
    // A failure of the run itself (disk full, ...), not of one input: say so plainly, no stack for users.
    io.stderr(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  return code;
}

const EXTRACT_HELP = `
Inputs are taken in the order given; a directory's files are sorted by path (Unicode code point order),
hidden files and folders are skipped, and a path given twice is read once. A missing path or a glob that
matches nothing gives a NOT_FOUND error record. Paths from - and --files-from are literal, never globs.

Exit codes: 0 all inputs ok, 1 some inputs failed (their error records are in the output),
2 usage error, 130 interrupted by Ctrl-C (the records finished so far are written, in order).`;

const COMPARE_HELP = `
Copies of one report (the same docId, e.g. a web page and its PDF) count once. Each disagreeing figure is
shown with each report's file, title and report type and the words it was read from; with records made by
extract --include-text, also 30 characters of context either side. --by region groups by the issuer's
region and kind of body, which joins spellings of one name (天津市和平区教育局, 和平区教育局).`;

const REVIEW_HELP = `
The page lists the reports; for each it shows the text with every figure highlighted by kind, the summary
table (click an entry to jump to its words), the outline, tables, warnings and figures other reports of the
same issuer and year disagree on, with filters by kind, negated zeros, approximations and conflicts. It
needs no network and opens from disk. Example:
  cn-report-metrics extract reports/ --include-text -o records.jsonl
  cn-report-metrics review records.jsonl -o review.html`;

const EVALUATE_HELP = `
Prints one row per document, precision and recall per kind, every miss, and the scorecard line last.
Exit codes: 0 done (and every --min/--max threshold met), 1 a threshold not met or a document that gave
no report, 2 a gold folder or file that cannot be read (an anchor not in its text, a document not found).`;

type CommanderEvaluateOptions = Thresholds & { gold: string; docs: string; format: 'text' | 'json'; misses: boolean };

function fraction(name: string) {
  return (value: string): number => {
    const x = Number(value);
    if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError(`${name} takes a number from 0 to 1.`);
    return x;
  };
}

function wholeNumber(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} takes a whole number of 0 or more.`);
    return Number(value);
  };
}

/** What commander hands the action: flags not given are absent. */
type CommanderExtractOptions = Partial<Omit<ExtractOptions, 'format'>> & { format: OutputFormat };

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function positiveInt(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} takes a whole number of 1 or more.`);
    return Number(value);
  };
}
