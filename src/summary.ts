// One figure per core kind for the report: the first total for the year (`全年共…`, `本年度共…`),
// else the first total, else the first stated item, else a zero from a negation. Never a subset,
// nor a figure for another year than the report's.
import { CORE_KINDS, type Metric, type Summary, type SummaryValue } from './schema.js';

function rank(m: Metric): number {
  if (m.negated) return 3;
  if (m.role !== 'total') return 2;
  return m.yearStated ? 0 : 1;
}

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
  let best = -1;
  metrics.forEach((m, i) => {
    if (m.kind !== kind || m.role === 'subset') return;
    if (reportYear !== null && m.year !== null && m.year !== reportYear) return;
    if (best < 0 || rank(m) < rank(metrics[best]!)) best = i;
  });
  const m = metrics[best];
  return m ? { value: m.value, unit: m.unit, qualifier: m.qualifier, evidence: [best] } : null;
}
