// Reading records back: the JSONL or JSON array that `extract` writes, for `compare` and `review`.
// Anything else (CSV from --format csv or dataset, a stray file) is refused with a message saying what is read.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NO_PROFILE } from '../profile.js';
import { CORE_KINDS, type ErrorRecord, type Report } from '../schema.js';
import { UsageError, type CliIO } from './io.js';

export interface LoadedRecords {
  /** Ok records, in input order, with the fields of older versions filled in. */
  reports: Report[];
  errors: ErrorRecord[];
  /** Lines of a JSONL file that are no record (a cut-off last line, ...). */
  badLines: number;
}

/** Reads a records file (`-` for stdin) for a command; unreadable or not JSON records: a usage error. */
export async function loadRecords(path: string, io: CliIO, command: string): Promise<LoadedRecords> {
  let text: string;
  if (path === '-') {
    if (!io.readStdin) throw new UsageError('standard input is not available here');
    text = await io.readStdin();
  } else {
    try {
      text = await readFile(resolve(io.cwd ?? process.cwd(), path), 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${path}: ${(err as Error).message}`);
    }
  }
  return parseRecords(text, path, command);
}

const READS = 'reads the records `extract` writes as JSON Lines (the default, --format jsonl) or as a JSON array (--format json)';

/**
 * The records of a JSONL text or a JSON array text.
 *
 * @example
 * parseRecords('{"ok":true,...}\n{"ok":false,...}\n', 'set.jsonl', 'compare').reports.length; // 1
 */
export function parseRecords(text: string, name: string, command: string): LoadedRecords {
  const body = text.replace(/^\ufeff/, '').trimStart();
  const out: LoadedRecords = { reports: [], errors: [], badLines: 0 };
  if (body === '') return out;
  let values: unknown[];
  if (body.startsWith('[')) {
    try {
      values = JSON.parse(body) as unknown[];
    } catch (err) {
      throw new UsageError(`${name} starts like a JSON array but is not valid JSON (${(err as Error).message}); ${command} ${READS}`);
    }
    if (!Array.isArray(values)) throw new UsageError(`${name} is no JSON array of records; ${command} ${READS}`);
  } else if (body.startsWith('{')) {
    values = [];
    for (const line of body.split('\n')) {
      if (line.trim() === '') continue;
      try {
        values.push(JSON.parse(line));
      } catch {
        out.badLines++;
      }
    }
  } else {
    const csv = /^\s*"?file"?,"?ok"?,/.test(body) ? ' It looks like CSV (--format csv or dataset).' : '';
    throw new UsageError(`${name} holds no records.${csv} ${command} ${READS}: run extract with --format jsonl`);
  }
  for (const v of values) {
    const r = v as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null) out.badLines++;
    else if (r.ok === false && typeof r.error === 'object') out.errors.push(r as unknown as ErrorRecord);
    else if (r.ok === true && typeof r.summary === 'object' && r.summary !== null) out.reports.push(withDefaults(r));
    else out.badLines++;
  }
  return out;
}

// Records written before a field existed still read: a missing field is what a report without it gives.
function withDefaults(r: Record<string, unknown>): Report {
  const summary = { ...(Object.fromEntries(CORE_KINDS.map((k) => [k, null])) as Report['summary']), ...(r.summary as object) };
  return {
    title: null,
    year: null,
    issuer: null,
    ...NO_PROFILE,
    script: 'simplified',
    format: 'text',
    encoding: '',
    headings: [],
    tables: [],
    metrics: [],
    warnings: [],
    ...(r as object),
    summary,
    ok: true,
  } as Report;
}
