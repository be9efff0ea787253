// The CLI as a function: run(argv, io) returns the exit code; src/cli/bin.ts is a thin wrapper around it,
// so tests run the CLI in-process with fake IO.
//
// Exit codes: 0 every input gave a report (compare: ran fine), 1 some inputs failed (compare: conflicts
// with --fail-on-conflict), 2 usage error or a run that could not be carried out, 130 interrupted (Ctrl-C).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compare } from './compare.js';
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
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).argParser(choice(FORMATS)).default('jsonl'))
    .option('-o, --out <file>', 'write records to FILE instead of stdout')
    .option('--include <glob>', `files to take from directories, repeatable (default: ${DEFAULT_INCLUDE.join(' ')})`, collect)
    .option('--exclude <glob>', 'files and folders to leave out of directories and glob matches, repeatable', collect)
    .option('--files-from <file>', 'read paths to parse from FILE, one per line (- for stdin)')
    .option('-j, --jobs <n>', 'worker threads (default: 1 for small batches, up to one per CPU for large ones)', positiveInt('--jobs'))
    .option('--resume', 'skip inputs already in the --out JSONL file and append the rest')
    .option('--include-text', 'put the decoded text into each record (jsonl, json)')
    .option('--max-bytes <size>', 'refuse inputs larger than SIZE (bytes, or with K, M, G: 10M; default 50M)', size('--max-bytes'))
    .option('--max-text-length <n>', 'refuse texts longer than N characters (default 5000000)', positiveInt('--max-text-length'))
    .option('--max-docx-uncompressed <size>', 'refuse DOCX files that unpack to more than SIZE (default 200M)', size('--max-docx-uncompressed'))
    .option('--max-docx-xml <size>', 'refuse DOCX files with more than SIZE of XML to convert (default 16M)', size('--max-docx-xml'))
    .option('--max-pdf-pages <n>', 'refuse PDF files with more than N pages (default 2000)', positiveInt('--max-pdf-pages'))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark, for spreadsheets')
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
    .description('list figures that disagree between reports of the same issuer and year')
    .argument('<dataset>', 'JSONL written by extract (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format: table, json').argParser(choice(['table', 'json'] as const)).default('table'))
    .option('--fail-on-conflict', 'exit with 1 when conflicts are found (default: exit 0 and only list them)')
    .action(async (dataset: string, o: { format: 'table' | 'json'; failOnConflict?: boolean }) => {
      code = await compare(dataset, { format: o.format, failOnConflict: o.failOnConflict === true }, io);
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
Examples:
  cn-report-metrics extract reports/ > records.jsonl             a folder, recursively
  cn-report-metrics extract 'archive/**/*.pdf' a.docx -f table   quoted globs and files, for reading
  find . -name '*.txt' -print0 | cn-report-metrics extract -     paths on stdin
  cn-report-metrics extract big/ --out records.jsonl             Ctrl-C, then the same with --resume
  cn-report-metrics extract reports/ -f dataset --bom -o x.csv   one row per report, for spreadsheets
  cn-report-metrics extract scans/ --max-bytes 200M --max-pdf-pages 5000

Inputs are taken in the order given; a directory's files are sorted by path (Unicode code point order),
hidden files and folders are skipped, and a path given twice is read once. A missing path or a glob that
matches nothing gives a NOT_FOUND error record. Paths from - and --files-from are literal, never globs.
Globs, --include and --exclude ignore case. Sizes take K, M or G (powers of 1024).

Exit codes: 0 all inputs ok, 1 some inputs failed (their error records are in the output),
2 usage error, nothing to parse, or output that cannot be written, 130 interrupted by Ctrl-C (the records
finished so far are written, in order).`;

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

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size in bytes: `1048576`, `512K`, `10M`, `1G`, also `10MB`, `10MiB` (always powers of 1024). */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  if (!m) return null;
  const bytes = Math.round(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : null;
}

function size(name: string) {
  return (value: string): number => {
    const bytes = parseSize(value);
    if (bytes === null) throw new InvalidArgumentError(`${name} takes a size: a whole number of bytes, or a number with K, M or G (10M, 512K, 1G).`);
    return bytes;
  };
}

/** One of `choices`, in any case (`JSONL`, `Csv`), as --include patterns are. */
function choice<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    const found = choices.find((c) => c === value.toLowerCase());
    if (!found) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return found;
  };
}
