// What the review page shows, as plain data: the reports with their text, figures, outline, tables,
// warnings and the figures other reports of the same issuer and year disagree on. It is embedded in the
// page as JSON and rendered there with DOM calls that treat every string as text, never as markup.
import { KINDS } from '../../metrics/kinds.js';
import { CORE_KINDS, type ErrorRecord, type Report } from '../../schema.js';
import { findConflicts, groupReports } from '../conflicts.js';

export interface ReviewConflict {
  kind: string;
  readings: { value: number; unit: string; qualifier: string; files: string[] }[];
}

export interface ReviewReport {
  file: string;
  title: string | null;
  year: number | null;
  issuer: string | null;
  publisher: string | null;
  published: string | null;
  reportType: string;
  bodyType: string | null;
  region: Report['region'];
  regionCandidates: Report['regionCandidates'];
  docId: string;
  script: string;
  format: string;
  encoding: string;
  /** The text offsets point into; null when the records were made without --include-text. */
  text: string | null;
  headings: Report['headings'];
  metrics: Report['metrics'];
  summary: { kind: string; value: number | null; unit: string | null; qualifier: string | null; evidence: number[] }[];
  /** The `tables` field, when the records have it. */
  tables: unknown[];
  warnings: Report['warnings'];
  conflicts: ReviewConflict[];
  /** Other files with the same docId: copies of this report. */
  copies: string[];
}

export interface ReviewData {
  kinds: { kind: string; unit: string; description: string; core: boolean }[];
  reports: ReviewReport[];
  errors: { file: string; code: string; message: string }[];
}

/**
 * The page's data from loaded records.
 *
 * @example
 * reviewData(loaded.reports, loaded.errors).reports[0].summary[0]; // { kind: 'penalty.cases', value: 4, ... }
 */
export function reviewData(reports: readonly Report[], errors: readonly ErrorRecord[]): ReviewData {
  const conflicts = new Map<number, ReviewConflict[]>();
  const grouping = groupReports(reports, 'issuer');
  for (const c of findConflicts(grouping, reports)) {
    const readings = c.readings.map((r) => ({ value: r.value, unit: r.unit, qualifier: r.qualifier, files: r.files }));
    for (const r of c.readings) {
      for (const ref of r.reports) {
        for (const index of [ref.index, ...copyIndices(reports, ref.docId)]) {
          const list = conflicts.get(index) ?? [];
          if (!list.some((x) => x.kind === c.kind)) list.push({ kind: c.kind, readings });
          conflicts.set(index, list);
        }
      }
    }
  }
  return {
    kinds: Object.entries(KINDS).map(([kind, k]) => ({ kind, unit: k.unit, description: k.description, core: (CORE_KINDS as readonly string[]).includes(kind) })),
    reports: reports.map((r, i) => ({
      file: r.file ?? '(unnamed)',
      title: r.title,
      year: r.year,
      issuer: r.issuer,
      publisher: r.publisher,
      published: r.published,
      reportType: r.reportType,
      bodyType: r.bodyType,
      region: r.region,
      regionCandidates: r.regionCandidates,
      docId: r.docId,
      script: r.script,
      format: r.format,
      encoding: r.encoding,
      text: r.text ?? null,
      headings: r.headings,
      metrics: r.metrics,
      summary: CORE_KINDS.map((kind) => {
        const s = r.summary[kind];
        return s
          ? { kind, value: s.value, unit: s.unit, qualifier: s.qualifier, evidence: s.evidence }
          : { kind, value: null, unit: null, qualifier: null, evidence: [] };
      }),
      tables: tablesOf(r),
      warnings: r.warnings,
      conflicts: conflicts.get(i) ?? [],
      copies: r.docId ? reports.filter((o, j) => j !== i && o.docId === r.docId).map((o) => o.file ?? '(unnamed)') : [],
    })),
    errors: errors.map((e) => ({ file: e.file ?? '(unnamed)', code: e.error.code, message: e.error.message })),
  };
}

// The `tables` field is added by the table reader; records without it have no tables to show.
function tablesOf(r: Report): unknown[] {
  const tables = (r as { tables?: unknown }).tables;
  return Array.isArray(tables) ? tables : [];
}

function copyIndices(reports: readonly Report[], docId: string): number[] {
  if (!docId) return [];
  const out: number[] = [];
  reports.forEach((r, i) => {
    if (r.docId === docId) out.push(i);
  });
  return out;
}

/**
 * JSON that can stand inside a `<script type="application/json">` element: no `<`, `>` or `&` that could
 * close it or start markup, and no line separators that older parsers reject.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
