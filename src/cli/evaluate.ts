// `evaluate`: scores the extractor against hand-labelled gold files (docs/gold-format.md). Each labelled
// document is parsed in this process, as `extract` parses it, with its text kept so that anchors can be
// found where the offsets point (so gold may label web pages, DOCX and PDF as well as plain text).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnchorError, formatScorecard, GoldError, readGoldDir, scoreDocument, scorecard, shortfalls, type Thresholds } from '../eval/index.js';
import { UsageError, type CliIO } from './io.js';
import { parseRecord } from './worker.js';

export interface EvaluateOptions {
  gold: string;
  docs: string;
  format: 'text' | 'json';
  /** List every miss (default true). */
  misses: boolean;
  thresholds: Thresholds;
}

/** Runs `evaluate`; exit code 0, or 1 when a threshold is not met or a document gave no report. */
export async function evaluate(opts: EvaluateOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const docsDir = resolve(cwd, opts.docs);
  let golds;
  try {
    golds = await readGoldDir(resolve(cwd, opts.gold));
  } catch (err) {
    if (err instanceof GoldError) throw new UsageError(err.message);
    throw err;
  }
  const rows = [];
  for (const gold of golds) {
    const path = join(docsDir, gold.doc);
    if (!existsSync(path)) throw new UsageError(`the gold file for ${gold.doc} names a document that is not in ${opts.docs}`);
    const record = await parseRecord({ path, file: gold.doc, includeText: true });
    try {
      rows.push(scoreDocument(gold, record.ok ? (record.text ?? null) : null, record));
    } catch (err) {
      if (err instanceof AnchorError) throw new UsageError(`${err.message} (anchors are exact substrings of the text; --include-text shows it)`);
      throw err;
    }
  }
  const card = scorecard(rows);
  const short = shortfalls(card, opts.thresholds);
  if (opts.format === 'json') {
    const rowsOut = card.rows.map((r) => (opts.misses ? r : { ...r, misses: undefined }));
    await io.stdout(JSON.stringify({ ...card, rows: rowsOut, shortOf: short }, null, 2) + '\n');
  } else {
    await io.stdout(formatScorecard(card, { misses: opts.misses }, short));
  }
  return short.length ? 1 : 0;
}
