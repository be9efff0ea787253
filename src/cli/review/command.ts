// `review`: writes the review page for a records file (see page.ts).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, type CliIO } from '../io.js';
import { loadRecords } from '../records.js';
import { packageVersion } from '../version.js';
import { reviewPage } from './page.js';

export interface ReviewOptions {
  out?: string;
  quiet: boolean;
}

/** Runs `review`: 0 when the page is written, 2 when the records cannot be read or the page not written. */
export async function review(records: string, opts: ReviewOptions, io: CliIO): Promise<number> {
  const loaded = await loadRecords(records, io, 'review');
  const html = reviewPage(loaded.reports, loaded.errors, `cn-report-metrics ${packageVersion()}`);
  if (opts.out === undefined) await io.stdout(html);
  else {
    try {
      await writeFile(resolve(io.cwd ?? process.cwd(), opts.out), html);
    } catch (err) {
      throw new UsageError(`cannot write ${opts.out}: ${(err as Error).message}`);
    }
  }
  if (!opts.quiet) {
    const withText = loaded.reports.filter((r) => r.text !== undefined).length;
    if (loaded.reports.length && withText < loaded.reports.length) {
      io.stderr(`${loaded.reports.length - withText} of ${loaded.reports.length} records carry no text: run extract with --include-text to see their figures in the text\n`);
    }
    if (opts.out !== undefined) io.stderr(`wrote ${opts.out}: ${loaded.reports.length} reports, ${loaded.errors.length} unreadable inputs\n`);
  }
  return 0;
}
