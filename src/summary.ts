// One figure per core kind for the report, decided as ANNOTATION.md decides and named in `rule`:
// - `total-for-year`: the first total stated for the year (`全年共…`, `本年度共…`);
// - `total`: else the first total;
// - `sum-of-parts`: when the figure chosen is one of parallel parts (`共检查学校50所、幼儿园30所`,
//   `对企业…30件;对个人…8件`), their sum;
// - `item`: else the first stated item;
// - `negation`: else a zero from a negation.
// Never a subset, nor a figure for another year than the report's; for officers, certified ones first. Figures of separate campaigns
// (several values, all in sections about 专项整治/专项行动) with no yearly total give no summary.
import { CORE_KINDS, type Metric, type Qualifier, type Summary, type SummaryRule, type SummaryValue } from './schema.js';

function rank(m: Metric): number {
  if (m.negated) return 3;
  if (m.role !== 'total') return 2;
  return m.yearStated ? 0 : 1;
}

// officers.total counts certificate holders (ANNOTATION.md): where the report gives both its staff
// (`执法人员186人`, auxiliaries included) and its certified officers (`持证执法人员90名`), the latter.
const PREFERRED: Partial<Record<string, RegExp>> = { 'officers.total': /证|證/ };

const CAMPAIGN = /专项(?:整治|行动|治理|检查|执法|清理)|集中(?:整治|行动|治理)|攻坚/;
const inCampaign = (m: Metric) => m.section.some((t) => CAMPAIGN.test(t));

/** The qualifier of a sum: exact when every part is, else the parts' common one, else approx. */
function sumQualifier(parts: readonly Metric[]): Qualifier {
  const qs = new Set(parts.map((m) => m.qualifier));
  return qs.size === 1 ? parts[0]!.qualifier : 'approx';
}

// Products of decimals (1.2 + 0.3) pick up binary noise; reports never need more than 6 decimals.
const exactSum = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;

/**
 * Builds the report summary from its metrics.
 *
 * @example
 * summarize(extractMetrics('共办理行政处罚案件4起。'))['penalty.cases']?.value; // 4
 */
export function summarize(metrics: readonly Metric[], reportYear: number | null = null): Summary {
  const out: Record<string, SummaryValue | null> = {};
  for (const kind of CORE_KINDS) out[kind] = summaryOf(metrics, kind, reportYear);
  return out as Summary;
}

/** The report's figure for one kind, core or not, chosen as `summarize` chooses; null when none. */
export function summaryOf(metrics: readonly Metric[], kind: string, reportYear: number | null = null): SummaryValue | null {
  const candidates: number[] = [];
  const preferred = PREFERRED[kind];
  const better: number[] = [];
  metrics.forEach((m, i) => {
    if (m.kind !== kind) return;
    if (reportYear !== null && m.year !== null && m.year !== reportYear) return;
    // `执法人员215名,其中持证人员206名`: the certified part is the figure wanted.
    if (preferred?.test(m.text) && !m.negated) better.push(i);
    if (m.role !== 'subset') candidates.push(i);
  });
  return choose(metrics, better.length ? better : candidates);
}

function choose(metrics: readonly Metric[], candidates: readonly number[]): SummaryValue | null {
  let best = -1;
  for (const i of candidates) if (best < 0 || rank(metrics[i]!) < rank(metrics[best]!)) best = i;
  if (best < 0) return null;
  const m = metrics[best]!;
  const value = (v: number, rule: SummaryRule, evidence: number[], qualifier: Qualifier = m.qualifier): SummaryValue => ({
    value: v, unit: m.unit, qualifier, evidence, rule,
  });
  if (m.negated) return value(m.value, 'negation', [best]);
  const stated = candidates.filter((i) => !metrics[i]!.negated);
  const distinct = new Set(stated.map((i) => metrics[i]!.group ?? `v${metrics[i]!.value}`));
  if (distinct.size > 1 && stated.every((i) => inCampaign(metrics[i]!))) return null;
  if (m.group !== undefined) {
    const parts = stated.filter((i) => metrics[i]!.group === m.group);
    const ms = parts.map((i) => metrics[i]!);
    return value(exactSum(ms.map((p) => p.value)), 'sum-of-parts', parts, sumQualifier(ms));
  }
  if (m.role === 'total') return value(m.value, m.yearStated ? 'total-for-year' : 'total', [best]);
  return value(m.value, 'item', [best]);
}
