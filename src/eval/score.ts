// Scores records against gold files: the summary figure of each kind, every mention (kind, value and an
// overlapping span), headings, title/year/issuer, and figures read from forbidden places. The rules are
// those of the project's own scorer, so the scorecard line means the same thing in both.
import type { Heading, Metric, ReportRecord } from '../schema.js';
import type { Gold, GoldValue } from './gold.js';

/** The kinds mentions are scored on: the core kinds (CONTRACT.md). Other kinds are not scored. */
export const SCORED_KINDS = [
  'penalty.cases', 'penalty.fines', 'officers.total', 'officers.added', 'officers.removed',
  'inspections.count', 'inspections.targets', 'rectifications.count',
  'reconsideration.cases', 'litigation.cases', 'litigation.lost',
] as const;

export interface Counts {
  /** Summary entries right, of those labelled; `stated` counts those where the gold gives a figure. */
  summary: number;
  summaryOk: number;
  stated: number;
  statedOk: number;
  tp: number;
  fp: number;
  fn: number;
  forbidden: number;
  headingTp: number;
  headingFp: number;
  headingFn: number;
  meta: number;
  metaOk: number;
}

export interface KindCounts {
  tp: number;
  fp: number;
  fn: number;
  summary: number;
  summaryOk: number;
}

export interface DocScore extends Counts {
  doc: string;
  /** Whether the document gave an ok record. */
  ok: boolean;
  byKind: Record<string, KindCounts>;
  misses: string[];
}

const zero = (): Counts => ({
  summary: 0, summaryOk: 0, stated: 0, statedOk: 0, tp: 0, fp: 0, fn: 0, forbidden: 0,
  headingTp: 0, headingFp: 0, headingFn: 0, meta: 0, metaOk: 0,
});
const zeroKind = (): KindCounts => ({ tp: 0, fp: 0, fn: 0, summary: 0, summaryOk: 0 });

/** An anchor that is not in the text: the gold file is wrong, not the extractor. */
export class AnchorError extends Error {
  override readonly name = 'AnchorError';
}

type Span = readonly [number, number];
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

function spans(text: string, anchor: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) out.push([i, i + anchor.length]);
  return out;
}

// Titles are compared on their characters alone: no white space, punctuation folded to one width.
const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function accepted<T>(g: GoldValue<T> | undefined): (T | undefined)[] {
  if (g !== null && typeof g === 'object' && 'accept' in g) return g.accept;
  if (g !== null && typeof g === 'object' && 'value' in g) return [g.value];
  return [g as T | undefined];
}

/**
 * Scores one gold file against the record made of its document. `text` is the text offsets point into
 * (the record's `text` with `includeText`), where every anchor must stand; null when the document could not
 * be read, and then anchors are not looked for (every labelled mention is missed anyway).
 *
 * @example
 * const s = scoreDocument(gold, record.text!, record);
 * s.tp; s.fp; s.misses; // ['missed mention: penalty.cases=4 «办理行政处罚案件4起»', ...]
 */
export function scoreDocument(gold: Gold, text: string | null, record: ReportRecord | undefined): DocScore {
  const row: DocScore = { doc: gold.doc, ok: record?.ok === true, ...zero(), byKind: {}, misses: [] };
  const kind = (k: string) => (row.byKind[k] ??= zeroKind());
  const locate = (anchor: string, what: 'mention' | 'optional' | 'forbidden') => {
    if (text === null) return [];
    const s = spans(text, anchor);
    if (!s.length && what !== 'optional') throw new AnchorError(`${gold.doc}: ${what} anchor not in the text: ${anchor}`);
    return s;
  };
  const mentions = gold.mentions.map((m) => ({ ...m, spans: locate(m.anchor, 'mention'), used: false }));
  const optional = gold.optional.flatMap((o) => locate(o.anchor, 'optional'));
  const forbidden = gold.forbidden.flatMap((a) => locate(a, 'forbidden').map((s) => ({ a, s })));

  const report = record?.ok ? record : undefined;
  if (!report) row.misses.push(record ? `error record: ${JSON.stringify((record as { error: unknown }).error)}` : 'no record for this doc');

  // Summary: the one figure per kind for the report.
  for (const [k, gv] of Object.entries(gold.summary)) {
    row.summary++;
    kind(k).summary++;
    const got = (report?.summary as Record<string, { value: number; qualifier: string } | null> | undefined)?.[k] ?? null;
    let ok = accepted(gv).some((v) => v === (got?.value ?? null));
    if (ok && gv !== null && typeof gv === 'object' && 'qualifier' in gv && got !== null) ok = got.qualifier === gv.qualifier;
    if (accepted(gv).some((v) => v !== null)) {
      row.stated++;
      if (ok) row.statedOk++;
    }
    if (ok) {
      row.summaryOk++;
      kind(k).summaryOk++;
    } else row.misses.push(`summary ${k}: want ${JSON.stringify(gv)}, got ${JSON.stringify(got)}`);
  }

  // Mentions: kind, value and an overlapping span must agree.
  const predicted = (report?.metrics ?? []).filter((m: Metric) => Number.isInteger(m.start) && Number.isInteger(m.end));
  for (const m of predicted) {
    const span: Span = [m.start, m.end];
    for (const f of forbidden) {
      if (overlaps(span, f.s)) {
        row.forbidden++;
        row.misses.push(`forbidden: ${m.kind}=${m.value} on ${f.a}`);
      }
    }
    if (!(SCORED_KINDS as readonly string[]).includes(m.kind)) continue;
    const same = (g: (typeof mentions)[number]) => g.kind === m.kind && g.value === m.value && g.spans.some((s) => overlaps(span, s));
    const hit = mentions.find((g) => !g.used && same(g) && (!g.qualifier || g.qualifier === m.qualifier));
    if (hit) {
      hit.used = true;
      row.tp++;
      kind(m.kind).tp++;
      continue;
    }
    if (optional.some((s) => overlaps(span, s))) continue;
    if (mentions.some((g) => g.used && same(g))) continue; // the same mention read twice
    row.fp++;
    kind(m.kind).fp++;
    row.misses.push(`false mention: ${m.kind}=${m.value} at ${m.start} «${text?.slice(m.start, m.end) ?? m.text}»`);
  }
  for (const g of mentions) {
    if (g.used) continue;
    row.fn++;
    kind(g.kind).fn++;
    row.misses.push(`missed mention: ${g.kind}=${g.value}${g.qualifier ? ` (${g.qualifier})` : ''} «${g.anchor}»`);
  }

  // Headings: same level, and one title a prefix of the other.
  const ph = (report?.headings ?? []).map((h: Heading) => ({ level: h.level, t: fold(h.title), used: false, raw: h.title }));
  for (const h of gold.headings) {
    const t = fold(h.title);
    const hit = ph.find((x) => !x.used && x.level === h.level && x.t !== '' && (x.t.startsWith(t) || t.startsWith(x.t)));
    if (hit) {
      hit.used = true;
      row.headingTp++;
    } else {
      row.headingFn++;
      row.misses.push(`missed heading L${h.level} ${h.title}`);
    }
  }
  for (const x of ph) {
    if (x.used) continue;
    row.headingFp++;
    row.misses.push(`extra heading L${x.level} ${x.raw}`);
  }

  // Report facts.
  for (const key of ['year', 'issuer', 'title'] as const) {
    if (!(key in gold) || gold[key] === undefined) continue;
    row.meta++;
    const want = accepted(gold[key] as GoldValue<string | number | null>);
    const got = report?.[key] ?? null;
    const ok = key === 'title' ? want.some((w) => fold(w as string | null) === fold(got as string | null)) : want.includes(got);
    if (ok) row.metaOk++;
    else row.misses.push(`${key}: want ${JSON.stringify(gold[key])}, got ${JSON.stringify(got)}`);
  }
  return row;
}

export interface Scorecard {
  docs: number;
  /** Documents without an ok record. */
  missingDocs: number;
  totals: Counts;
  byKind: Record<string, KindCounts & { precision: number; recall: number; f1: number }>;
  summaryAccuracy: number;
  statedAccuracy: number;
  mentions: { precision: number; recall: number; f1: number };
  headings: { precision: number; recall: number; f1: number };
  metaAccuracy: number;
  rows: DocScore[];
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
function prf(tp: number, fp: number, fn: number) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Adds up document scores into the scorecard. Kinds are listed core kinds first, then any others. */
export function scorecard(rows: readonly DocScore[]): Scorecard {
  const totals = zero();
  const kinds: Record<string, KindCounts> = Object.fromEntries(SCORED_KINDS.map((k) => [k, zeroKind()]));
  for (const r of rows) {
    for (const k of Object.keys(totals) as (keyof Counts)[]) totals[k] += r[k];
    for (const [k, c] of Object.entries(r.byKind)) {
      const t = (kinds[k] ??= zeroKind());
      for (const f of Object.keys(t) as (keyof KindCounts)[]) t[f] += c[f];
    }
  }
  return {
    docs: rows.length,
    missingDocs: rows.filter((r) => !r.ok).length,
    totals,
    byKind: Object.fromEntries(Object.entries(kinds).map(([k, c]) => [k, { ...c, ...prf(c.tp, c.fp, c.fn) }])),
    summaryAccuracy: ratio(totals.summaryOk, totals.summary),
    statedAccuracy: ratio(totals.statedOk, totals.stated),
    mentions: prf(totals.tp, totals.fp, totals.fn),
    headings: prf(totals.headingTp, totals.headingFp, totals.headingFn),
    metaAccuracy: ratio(totals.metaOk, totals.meta),
    rows: [...rows],
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The one-line scorecard, worded as the project's scorer prints it. */
export function scorecardLine(c: Scorecard): string {
  const t = c.totals;
  return (
    `docs ${c.docs - c.missingDocs}/${c.docs} · summary ${t.summaryOk}/${t.summary} (${pct(c.summaryAccuracy)}), ` +
    `stated ${t.statedOk}/${t.stated} (${pct(c.statedAccuracy)}) · mentions P=${c.mentions.precision.toFixed(3)} ` +
    `R=${c.mentions.recall.toFixed(3)} F1=${c.mentions.f1.toFixed(3)} · headings F1=${c.headings.f1.toFixed(3)} · ` +
    `meta ${t.metaOk}/${t.meta} · forbidden ${t.forbidden}`
  );
}
