// Reports grouped by who issued them and the year they cover, and the figures they disagree on. Used by
// `compare` (its conflicts and its panel) and by `review` (which marks conflicting figures).
//
// Copies of one report (the same docId: a page and its PDF, two mirrors) count once: their figures agree by
// construction, and counting both would make one report look like two that confirm each other. Only the
// summary figure of each core kind is compared, and only where two reports both give one.
import { CORE_KINDS, type CoreKind, type Report } from '../schema.js';
import { summaryEvidence, type Evidence } from './evidence.js';

/** Group by the issuer's name as written, or by its region and kind of body (which joins spellings of one name). */
export type GroupBy = 'issuer' | 'region';

/** One report of a group. */
export interface ReportRef {
  /** Index into the reports given. */
  index: number;
  file: string;
  title: string | null;
  reportType: string;
  docId: string;
  /** Files with the same docId that were counted as this report. */
  copies: string[];
}

export interface Group {
  /** The issuer, or the region's names with its code and the kind of body. */
  name: string;
  regionCode: string | null;
  year: number;
  reports: ReportRef[];
}

/** One figure as given by one report or more, with the words each read it from. */
export interface Reading {
  value: number;
  unit: string;
  qualifier: string;
  files: string[];
  reports: (ReportRef & { evidence: Evidence[] })[];
}

export interface Conflict {
  group: string;
  year: number;
  kind: CoreKind;
  readings: Reading[];
}

export interface Grouping {
  groups: Group[];
  /** Reports without the group's key (issuer or region) or without a year. */
  ungrouped: number;
  /** Reports counted as copies of an earlier one. */
  copies: number;
}

function regionName(r: Report): string | null {
  const g = r.region;
  if (!g) return null;
  const names = [g.province, g.city !== g.province ? g.city : null, g.county].filter((x): x is string => !!x);
  return `${names.join(' ')} (${g.code}) ${r.bodyType ?? 'unknown body'}`;
}

/**
 * Groups reports by issuer (or region and body) and year, in input order, copies counted once.
 *
 * @example
 * groupReports(reports, 'issuer').groups[0]; // { name: '西青区教育局', year: 2023, reports: [...], regionCode: '120111' }
 */
export function groupReports(reports: readonly Report[], by: GroupBy): Grouping {
  const groups = new Map<string, Group>();
  const seen = new Map<string, ReportRef>();
  let ungrouped = 0;
  let copies = 0;
  reports.forEach((r, index) => {
    const name = by === 'issuer' ? r.issuer : regionName(r);
    if (name === null || r.year === null) {
      ungrouped++;
      return;
    }
    if (r.docId) {
      const first = seen.get(r.docId);
      if (first) {
        first.copies.push(r.file ?? '(unnamed)');
        copies++;
        return;
      }
    }
    const ref: ReportRef = { index, file: r.file ?? '(unnamed)', title: r.title, reportType: r.reportType, docId: r.docId, copies: [] };
    if (r.docId) seen.set(r.docId, ref);
    const key = `${name}\u0000${r.year}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name, regionCode: r.region?.code ?? null, year: r.year, reports: [] }));
    g.reports.push(ref);
  });
  return { groups: [...groups.values()], ungrouped, copies };
}

/** The readings of one kind in a group: one per distinct value (and unit), in input order. */
export function readingsOf(group: Group, reports: readonly Report[], kind: CoreKind): Reading[] {
  const readings: Reading[] = [];
  for (const ref of group.reports) {
    const r = reports[ref.index]!;
    const s = r.summary[kind];
    if (!s) continue;
    const source = { ...ref, evidence: summaryEvidence(r, s) };
    const same = readings.find((x) => x.value === s.value && x.unit === s.unit);
    if (same) {
      same.files.push(ref.file);
      same.reports.push(source);
    } else readings.push({ value: s.value, unit: s.unit, qualifier: s.qualifier, files: [ref.file], reports: [source] });
  }
  return readings;
}

/** Every kind on which reports of a group disagree, group by group. */
export function findConflicts(grouping: Grouping, reports: readonly Report[]): Conflict[] {
  const out: Conflict[] = [];
  for (const g of grouping.groups) {
    if (g.reports.length < 2) continue;
    for (const kind of CORE_KINDS) {
      const readings = readingsOf(g, reports, kind);
      if (readings.length > 1) out.push({ group: g.name, year: g.year, kind, readings });
    }
  }
  return out;
}
