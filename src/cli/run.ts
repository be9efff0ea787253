// The CLI as a function: run(argv, io) returns the exit code (0 ok, 1 some inputs failed, 2 usage error).
// The bin is a thin wrapper, so tests run the CLI in-process.
import { Command, CommanderError } from 'commander';
import { toErrorRecord } from '../errors.js';
import { parseFile } from '../parse.js';
import type { ReportRecord } from '../schema.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let code = 0;
  const program = new Command('cn-report-metrics')
    .description('Extract metrics, report facts and section outlines from Chinese government reports')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program
    .command('extract')
    .description('parse reports and print one record per input, in input order')
    .option('-f, --format <format>', 'jsonl | json', 'jsonl')
    .argument('<files...>', 'report files')
    .action(async (files: string[], opts: { format: string }) => {
      const records: ReportRecord[] = [];
      for (const file of files) {
        try {
          records.push(await parseFile(file));
        } catch (err) {
          records.push(toErrorRecord(file, err));
          code = 1;
        }
      }
      if (opts.format === 'json') io.stdout(JSON.stringify(records, null, 2) + '\n');
      else for (const r of records) io.stdout(JSON.stringify(r) + '\n');
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return code;
}
