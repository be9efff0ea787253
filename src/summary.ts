// One figure per core kind for the report: a table's total (the 合计 of a statistics table) or the
// first total for the year (`全年共…`, `本年度共…`), else the first total, else the first stated item,
// else a zero from a negation. Never a subset, nor an agency's row, nor a figure for another year.
// When a table and the prose give the same figure, the evidence lists both; when they disagree, the
// table's figure stands and a warning names both.
import { CORE_KINDS, type Metric, type Summary, type SummaryValue, type Warning } from './schema.js';

function rank(m: Metric): number {
  if (m.negated) return 3;
  if (m.role !== 'total') return 2;
  return m.yearStated || m.source === 'table' ? 0 : 1;
}

// A figure that can stand for the report: no subset, no agency's own row, not another year's.
const eligible = (m: Metric, kind: string, year: number | null) =>
  m.kind === kind && m.role !== 'subset' && !(m.agency !== undefined && m.role === 'item') && !(year !== null && m.year !== null && m.year !== year);

// Lower rank first; at equal rank a table's figure before the prose's; then the earlier.
const before = (a: Metric, b: Metric) => rank(a) < rank(b) || (rank(a) === rank(b) && a.source === 'table' && b.source !== 'table');

function bestIndex(metrics: readonly Metric[], test: (m: Metric) => boolean): number {
  let best = -1;
  metrics.forEach((m, i) => {
    if (test(m) && (best < 0 || before(m, metrics[best]!))) best = i;
  });
  return best;
}

/**
 * The report's figure for one kind (any kind, core or not), or null.
 *
 * @example
 * pickFigure(extractMetrics('本年度共办理行政处罚案件4起。'), 'penalty.cases', null)?.value; // 4
 */
export function pickFigure(metrics: readonly Metric[], kind: string, reportYear: number | null = null): SummaryValue | null {
  const best = bestIndex(metrics, (m) => eligible(m, kind, reportYear));
  const m = metrics[best];
  if (!m) return null;
  const evidence = [best];
  // The same figure from the other source: a table cell beside the sentence that states it.
  const other = bestIndex(metrics, (x) => eligible(x, kind, reportYear) && x.source !== m.source && x.value === m.value);
  if (other >= 0) evidence.push(other);
  return { value: m.value, unit: m.unit, qualifier: m.qualifier, evidence };
}

/**
 * Builds the report summary from its metrics.
 *
 * @example
 * summarize(extractMetrics('共办理行政处罚案件4起。'))['penalty.cases']?.value; // 4
 */
export function summarize(metrics: readonly Metric[], reportYear: number | null = null): Summary {
  const out: Record<string, SummaryValue | null> = {};
  for (const kind of CORE_KINDS) out[kind] = pickFigure(metrics, kind, reportYear);
  return out as Summary;
}

const quote = (m: Metric) => `${m.value} («${m.text.replace(/\s+/g, ' ')}»)`;

/**
 * Warnings where a table and the prose give a kind different totals for the report:
 * `TABLE_PROSE_MISMATCH`, naming both figures and their words.
 *
 * @example
 * crossCheck(metrics, summary); // [{ code: 'TABLE_PROSE_MISMATCH', message: 'penalty.cases: the table gives 293 («合计(宗)…293»), the prose 290 («…»); the summary takes the table' }]
 */
export function crossCheck(metrics: readonly Metric[], summary: Summary, reportYear: number | null = null): Warning[] {
  const out: Warning[] = [];
  for (const kind of CORE_KINDS) {
    const chosen = summary[kind] ? metrics[summary[kind]!.evidence[0]!] : undefined;
    if (!chosen || chosen.role !== 'total') continue;
    const total = (m: Metric) => eligible(m, kind, reportYear) && m.role === 'total' && !m.negated;
    const table = chosen.source === 'table' ? chosen : metrics[bestIndex(metrics, (m) => total(m) && m.source === 'table')];
    const prose = chosen.source === 'prose' ? chosen : metrics[bestIndex(metrics, (m) => total(m) && m.source === 'prose')];
    if (!table || !prose || table.value === prose.value) continue;
    out.push({
      code: 'TABLE_PROSE_MISMATCH',
      message: `${kind}: the table gives ${quote(table)}, the prose ${quote(prose)}; the summary takes the ${chosen.source}`,
    });
  }
  return out;
}
