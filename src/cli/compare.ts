// `compare`: reads extract's JSONL and lists figures that disagree between reports of the same issuer and year
// (a report republished on two sites, a summary and its revision, ...).
//
// Only the summary figure of each core kind is compared, and only where two reports both give one: a report
// that says nothing about a kind does not disagree with one that does. Values are compared exactly.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CORE_KINDS, type CoreKind, type SummaryValue } from '../schema.js';
import { UsageError, type CliIO } from './io.js';

export interface CompareOptions {
  format: 'table' | 'json';
  failOnConflict: boolean;
}

/** One figure as given by one or more reports. */
export interface Reading {
  value: number;
  unit: string;
  qualifier: string;
  files: string[];
}

export interface Conflict {
  issuer: string;
  year: number;
  kind: CoreKind;
  readings: Reading[];
}

export interface Comparison {
  /** Ok records with an issuer and a year. */
  reports: number;
  /** Distinct (issuer, year) pairs, and how many of them have two reports or more. */
  groups: number;
  comparedGroups: number;
  skipped: { noIssuerOrYear: number; errorRecords: number; badLines: number };
  conflicts: Conflict[];
}

interface Summarised {
  file: string;
  issuer: string | null;
  year: number | null;
  summary: Partial<Record<CoreKind, SummaryValue | null>>;
}

/** Groups records by issuer and year and collects disagreeing summary figures, in input order. */
export function compareRecords(lines: readonly string[]): Comparison {
  const skipped = { noIssuerOrYear: 0, errorRecords: 0, badLines: 0 };
  const groups = new Map<string, Summarised[]>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record = readRecord(line);
    if (record === 'error') skipped.errorRecords++;
    else if (!record) skipped.badLines++;
    else if (record.issuer === null || record.year === null) skipped.noIssuerOrYear++;
    else {
      const key = `${record.issuer}\u0000${record.year}`;
      const group = groups.get(key) ?? [];
      group.push(record);
      groups.set(key, group);
    }
  }

  const conflicts: Conflict[] = [];
  let reports = 0;
  let comparedGroups = 0;
  for (const group of groups.values()) {
    reports += group.length;
    if (group.length < 2) continue;
    comparedGroups++;
    for (const kind of CORE_KINDS) {
      const readings: Reading[] = [];
      for (const r of group) {
        const s = r.summary[kind];
        if (!s) continue;
        const same = readings.find((x) => x.value === s.value && x.unit === s.unit);
        if (same) same.files.push(r.file);
        else readings.push({ value: s.value, unit: s.unit, qualifier: s.qualifier, files: [r.file] });
      }
      if (readings.length > 1) conflicts.push({ issuer: group[0]!.issuer!, year: group[0]!.year!, kind, readings });
    }
  }
  return { reports, groups: groups.size, comparedGroups, skipped, conflicts };
}

function readRecord(line: string): Summarised | 'error' | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (r.ok === false) return 'error';
  if (r.ok !== true || typeof r.summary !== 'object' || r.summary === null) return undefined;
  return {
    file: typeof r.file === 'string' ? r.file : '(unnamed)',
    issuer: typeof r.issuer === 'string' ? r.issuer : null,
    year: typeof r.year === 'number' ? r.year : null,
    summary: r.summary as Summarised['summary'],
  };
}

/** Runs `compare` and returns the exit code: 0 (also with conflicts, unless --fail-on-conflict), 1, or 2. */
export async function compare(dataset: string, opts: CompareOptions, io: CliIO): Promise<number> {
  let text: string;
  if (dataset === '-') {
    if (!io.readStdin) throw new UsageError('standard input is not available here');
    text = await io.readStdin();
  } else {
    try {
      text = await readFile(resolve(io.cwd ?? process.cwd(), dataset), 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${dataset}: ${(err as Error).message}`);
    }
  }
  const result = compareRecords(text.split('\n'));
  await io.stdout(opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : compareTable(result));
  return opts.failOnConflict && result.conflicts.length > 0 ? 1 : 0;
}

export function compareTable(c: Comparison): string {
  const lines: string[] = [];
  let last = '';
  for (const conflict of c.conflicts) {
    const head = `${conflict.issuer} ${conflict.year}`;
    if (head !== last) {
      if (last) lines.push('');
      lines.push(head);
      last = head;
    }
    lines.push(`  ${conflict.kind}`);
    for (const r of conflict.readings) {
      const qualifier = r.qualifier === 'exact' ? '' : ` (${r.qualifier.replace('_', ' ')})`;
      lines.push(`    ${r.value} ${r.unit}${qualifier}: ${r.files.join(', ')}`);
    }
  }
  if (lines.length) lines.push('');
  const n = c.conflicts.length;
  lines.push(
    `${n} conflicting figure${n === 1 ? '' : 's'} in ${c.comparedGroups} group${c.comparedGroups === 1 ? '' : 's'} with two reports or more ` +
      `(${c.reports} reports, ${c.groups} issuer-and-year groups)`,
  );
  const { noIssuerOrYear, errorRecords, badLines } = c.skipped;
  const skips = [
    noIssuerOrYear ? `${noIssuerOrYear} without issuer or year` : '',
    errorRecords ? `${errorRecords} error records` : '',
    badLines ? `${badLines} lines that are no records` : '',
  ].filter(Boolean);
  lines.push(`skipped: ${skips.length ? skips.join(', ') : 'none'}`);
  return lines.join('\n') + '\n';
}
