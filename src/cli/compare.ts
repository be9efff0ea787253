// `compare`: reads extract's records and lists the figures that disagree between reports of the same issuer
// (or region and kind of body) and year: a report republished with a change, a rule-of-law report and an
// enforcement report that count differently. Each reading shows the report's title and type and the words
// it was read from, with their context when the records carry the text (--include-text). `--panel` prints
// one row per group and year with the core figures instead, a disagreement marked where there is one.
import { CORE_KINDS, type CoreKind, type Report } from '../schema.js';
import { findConflicts, groupReports, readingsOf, type Conflict, type Grouping, type GroupBy, type Reading } from './conflicts.js';
import { UsageError, type CliIO } from './io.js';
import { loadRecords, type LoadedRecords } from './records.js';
import { csvRow } from './writers/cells.js';

export interface CompareOptions {
  format: 'table' | 'json' | 'csv';
  failOnConflict: boolean;
  panel: boolean;
  by: GroupBy;
}

export interface Comparison {
  by: GroupBy;
  /** Distinct reports grouped (copies counted once). */
  reports: number;
  /** Groups (issuer or region, and year), and how many have two reports or more. */
  groups: number;
  comparedGroups: number;
  skipped: { ungrouped: number; copies: number; errorRecords: number; badLines: number };
  conflicts: Conflict[];
}

/** Groups the records and collects disagreeing summary figures, in input order. */
export function compareReports(loaded: LoadedRecords, by: GroupBy = 'issuer'): Comparison {
  const grouping = groupReports(loaded.reports, by);
  return {
    by,
    reports: grouping.groups.reduce((n, g) => n + g.reports.length, 0),
    groups: grouping.groups.length,
    comparedGroups: grouping.groups.filter((g) => g.reports.length > 1).length,
    skipped: { ungrouped: grouping.ungrouped, copies: grouping.copies, errorRecords: loaded.errors.length, badLines: loaded.badLines },
    conflicts: findConflicts(grouping, loaded.reports),
  };
}

/** Runs `compare` and returns the exit code: 0 (also with conflicts, unless --fail-on-conflict), 1, or 2. */
export async function compare(dataset: string, opts: CompareOptions, io: CliIO): Promise<number> {
  if (opts.format === 'csv' && !opts.panel) throw new UsageError('--format csv is for the panel: use it with --panel');
  const loaded = await loadRecords(dataset, io, 'compare');
  if (opts.panel) {
    const panel = buildPanel(loaded.reports, groupReports(loaded.reports, opts.by));
    const text = opts.format === 'json' ? JSON.stringify(panel, null, 2) + '\n' : opts.format === 'csv' ? panelCsv(panel) : panelTable(panel, opts.by);
    await io.stdout(text);
    return opts.failOnConflict && panel.some((row) => CORE_KINDS.some((k) => row.figures[k]?.conflict)) ? 1 : 0;
  }
  const result = compareReports(loaded, opts.by);
  const hasText = loaded.reports.some((r) => r.text !== undefined);
  await io.stdout(opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : compareTable(result, hasText));
  return opts.failOnConflict && result.conflicts.length > 0 ? 1 : 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const qualifierNote = (q: string) => (q === 'exact' ? '' : ` (${q.replace('_', ' ')})`);

function readingLines(r: Reading): string[] {
  const lines = [`    ${r.value} ${r.unit}${qualifierNote(r.qualifier)}`];
  for (const s of r.reports) {
    const also = s.copies.length ? ` (also: ${s.copies.join(', ')})` : '';
    lines.push(`      ${s.file}${also} · ${s.title ?? '(no title)'} · ${s.reportType}`);
    for (const e of s.evidence) {
      lines.push(e.before === null ? `        「${e.words}」` : `        …${e.before}【${e.words}】${e.after}…`);
    }
  }
  return lines;
}

/** The conflicts for a terminal: group and year, kind, then each reading with its reports and words. */
export function compareTable(c: Comparison, hasText = true): string {
  const lines: string[] = [];
  let last = '';
  for (const conflict of c.conflicts) {
    const head = `${conflict.group} ${conflict.year}`;
    if (head !== last) {
      if (last) lines.push('');
      lines.push(head);
      last = head;
    }
    lines.push(`  ${conflict.kind}`);
    for (const r of conflict.readings) lines.push(...readingLines(r));
  }
  if (lines.length) lines.push('');
  const n = c.conflicts.length;
  const groupWord = c.by === 'issuer' ? 'issuer-and-year groups' : 'region-and-year groups';
  lines.push(
    `${plural(n, 'conflicting figure')} in ${plural(c.comparedGroups, 'group')} with two reports or more ` +
      `(${c.reports} reports, ${c.groups} ${groupWord})`,
  );
  const { ungrouped, copies, errorRecords, badLines } = c.skipped;
  const skips = [
    ungrouped ? `${ungrouped} without ${c.by} or year` : '',
    copies ? `${copies} ${copies === 1 ? 'copy' : 'copies'} of a report counted once` : '',
    errorRecords ? `${errorRecords} error records` : '',
    badLines ? `${badLines} lines that are no records` : '',
  ].filter(Boolean);
  lines.push(`skipped: ${skips.length ? skips.join(', ') : 'none'}`);
  if (n && !hasText) lines.push('the records carry no text: run extract with --include-text to see the words in context');
  return lines.join('\n') + '\n';
}

/** One cell of the panel: the group's figure, or the values its reports disagree on. */
export interface PanelCell {
  value: number | null;
  unit: string;
  qualifier: string | null;
  /** The distinct values when reports disagree (value is then null); null when they agree. */
  conflict: number[] | null;
}

export interface PanelRow {
  group: string;
  regionCode: string | null;
  year: number;
  reports: number;
  files: string[];
  figures: Record<CoreKind, PanelCell | null>;
}

/** One row per group and year, in input order, with every core figure its reports give. */
export function buildPanel(reports: readonly Report[], grouping: Grouping): PanelRow[] {
  return grouping.groups.map((g) => {
    const figures = {} as Record<CoreKind, PanelCell | null>;
    for (const kind of CORE_KINDS) {
      const readings = readingsOf(g, reports, kind);
      const first = readings[0];
      if (!first) figures[kind] = null;
      else if (readings.length === 1) figures[kind] = { value: first.value, unit: first.unit, qualifier: first.qualifier, conflict: null };
      else figures[kind] = { value: null, unit: first.unit, qualifier: null, conflict: readings.map((r) => r.value) };
    }
    return { group: g.name, regionCode: g.regionCode, year: g.year, reports: g.reports.length, files: g.reports.map((r) => r.file), figures };
  });
}

const MARK: Record<string, string> = { exact: '', more_than: '+', at_least: '≥', approx: '~', at_most: '≤' };

/** A panel cell as the table shows it: `30`, `30+` (余, 多), `≥30`, `~30`, `≤30`, `0≠1` for a disagreement, `—` for none. */
export function cellText(c: PanelCell | null): string {
  if (!c) return '—';
  if (c.conflict) return c.conflict.join('≠');
  const mark = MARK[c.qualifier ?? 'exact'] ?? '';
  return mark === '+' ? `${c.value}+` : `${mark}${c.value}`;
}

// Terminal width of a string: East Asian wide characters take two columns.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
const width = (s: string) => s.length + (s.match(WIDE)?.length ?? 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** The panel for a terminal: one line per group and year, a column per core kind. */
export function panelTable(rows: readonly PanelRow[], by: GroupBy): string {
  const head = [by, 'year', 'reports', ...CORE_KINDS];
  const body = rows.map((r) => [r.group, String(r.year), String(r.reports), ...CORE_KINDS.map((k) => cellText(r.figures[k]))]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  const conflicts = rows.reduce((n, r) => n + CORE_KINDS.filter((k) => r.figures[k]?.conflict).length, 0);
  return [
    line(head),
    ...body.map(line),
    '',
    `${plural(rows.length, 'row')}; ${plural(conflicts, 'figure')} where reports of a group disagree (a≠b: run compare without --panel for their words)`,
    'qualifiers: 30+ more than, ≥30 at least, ~30 about, ≤30 at most',
    '',
  ].join('\n');
}

/** The panel as CSV: a value, qualifier and conflict column per core kind; a disagreement leaves the value empty. */
export function panelCsv(rows: readonly PanelRow[]): string {
  const head = ['group', 'region_code', 'year', 'reports', 'files', ...CORE_KINDS.flatMap((k) => [`${k}.value`, `${k}.qualifier`, `${k}.conflict`])];
  return (
    csvRow(head) +
    rows
      .map((r) =>
        csvRow([
          r.group, r.regionCode, r.year, r.reports, r.files.join(' | '),
          ...CORE_KINDS.flatMap((k) => {
            const c = r.figures[k];
            return c ? [c.value, c.qualifier, c.conflict ? c.conflict.join(' | ') : null] : [null, null, null];
          }),
        ]),
      )
      .join('')
  );
}
