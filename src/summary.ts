// One figure per core kind for the report, decided as ANNOTATION.md decides and named in `rule`:
// - `table-total`: a statistics table's total (its 合计 row, or its one row), before prose at equal standing;
// - `total-for-year`: the first total stated for the year (`全年共…`, `本年度共…`);
// - `total`: else the first total;
// - `sum-of-parts`: when the figure chosen is one of parallel parts (`共检查学校50所、幼儿园30所`,
//   `对企业…30件;对个人…8件`), their sum;
// - `item`: else the first stated item, unless an item of another value stands in a sibling section
//   (parallel fields such as `(一)食品安全` and `(三)知识产权`: no part alone is the report's figure);
// - `negation`: else a zero from a negation.
// Never a subset, nor an agency's own row of a table, nor a figure for another year than the report's; for officers, certified
// ones first. Figures of separate campaigns (several values, all in sections about 专项整治/专项行动) with no yearly total give no
// summary. When a table and the prose give the same figure the evidence lists both; when their totals differ, the table's
// stands and `crossCheck` warns, naming both.
import { CORE_KINDS, type Metric, type Qualifier, type Summary, type SummaryRule, type SummaryValue, type Warning } from './schema.js';

function rank(m: Metric): number {
  if (m.negated) return 3;
  if (m.role !== 'total') return 2;
  return m.yearStated || m.source === 'table' ? 0 : 1;
}

// Lower rank first; at equal rank a table's figure before the prose's; then the earlier.
const before = (a: Metric, b: Metric) => rank(a) < rank(b) || (rank(a) === rank(b) && a.source === 'table' && b.source !== 'table');

// An agency's own row of a table of agencies is that agency's figure, never the report's.
const agencyRow = (m: Metric) => m.agency !== undefined && m.role === 'item';

// officers.total counts certificate holders (ANNOTATION.md): where the report gives both its staff
// (`执法人员186人`, auxiliaries included) and its certified officers (`持证执法人员90名`), the latter.
// Penalty cases: cases and those punished (`作出行政处罚5件`, `行政处罚3家`) before offenders dealt with
// (`查处无证办学机构9家`: closed down or warned as often as punished).
const PREFERRED: Partial<Record<string, (m: Metric) => boolean>> = {
  'officers.total': (m) => /证|證/.test(m.text),
  'penalty.cases': (m) => m.role !== 'subset' && m.rule !== 'penalty.cases.offenders',
};

// Two sections side by side under one heading (`(一)食品安全监管`, `(三)知识产权保护`): items of one kind
// in each are figures of parallel fields or campaigns, and the first of them is no figure for the report.
function siblings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return a[a.length - 1] !== b[b.length - 1];
}

const CAMPAIGN = /专项(?:整治|行动|治理|检查|执法|清理)|集中(?:整治|行动|治理)|攻坚/;
const inCampaign = (m: Metric) => m.section.some((t) => CAMPAIGN.test(t));
// A section about the activity as a whole (`(二)行政检查情况`, `(三)执法办案`) states the year's figure; a
// campaign beside it (`(四)专项整治`) is a part of it.
const OVERVIEW = /^(?:行政|执法)?(?:检查|处罚|执法检查|执法办案|办案|案件办理|复议|诉讼|应诉|执法人员|执法队伍|队伍建设)/;
const overview = (m: Metric) => m.section.length > 0 && OVERVIEW.test(m.section[m.section.length - 1]!.replace(/^(?:行政执法|加强|强化|严格|规范)/, ''));

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
  let last: Metric | undefined; // the figure of this kind before
  metrics.forEach((m, i) => {
    if (m.kind !== kind || agencyRow(m)) return;
    if (reportYear !== null && m.year !== null && m.year !== reportYear) return;
    // `执法人员215名,其中持证人员206名`: the certified part is the figure wanted.
    // A total after 合计/共计 takes its parts' kind and stands for them (`持证人员:机关12人,大队45人,共计57人`):
    // it is preferred when the part before it is.
    const part = m.rule === `${kind}.total` ? last : undefined;
    if ((preferred?.(m) || (part && preferred?.(part))) && !m.negated) better.push(i);
    last = m;
    if (m.role !== 'subset') candidates.push(i);
  });
  return choose(metrics, better.length ? better : candidates);
}

function choose(metrics: readonly Metric[], candidates: readonly number[]): SummaryValue | null {
  let best = -1;
  for (const i of candidates) if (best < 0 || before(metrics[i]!, metrics[best]!)) best = i;
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
  // The same figure from the other source: a table cell beside the sentence that states it.
  const other = candidates.find((i) => metrics[i]!.source !== m.source && metrics[i]!.value === m.value);
  const evidence = other === undefined ? [best] : [best, other];
  if (m.role === 'total' && m.source === 'table') return value(m.value, 'table-total', evidence);
  if (m.role === 'total') return value(m.value, m.yearStated ? 'total-for-year' : 'total', evidence);
  if (!overview(m) && stated.some((i) => metrics[i]!.value !== m.value && !inCampaign(metrics[i]!) && siblings(metrics[i]!.section, m.section))) {
    return null;
  }
  return value(m.value, 'item', evidence);
}

const quote = (m: Metric) => `${m.value} («${m.text.replace(/\s+/g, ' ')}»)`;

/**
 * Warnings where a table and the prose give a core kind different totals for the report:
 * `TABLE_PROSE_MISMATCH`, naming both figures and their words.
 *
 * @example
 * crossCheck(metrics, summary, 2024);
 * // [{ code: 'TABLE_PROSE_MISMATCH', message: 'penalty.cases: the table gives 4 («合计(宗) |…4»), the prose 5 («行政处罚决定5宗»); the summary takes the table' }]
 */
export function crossCheck(metrics: readonly Metric[], summary: Summary, reportYear: number | null = null): Warning[] {
  const out: Warning[] = [];
  for (const kind of CORE_KINDS) {
    const s = summary[kind];
    const chosen = s ? metrics[s.evidence[0]!] : undefined;
    if (!chosen || chosen.role !== 'total' || s!.rule === 'sum-of-parts') continue;
    const total = (m: Metric) =>
      m.kind === kind && m.role === 'total' && !m.negated && !agencyRow(m) && !(reportYear !== null && m.year !== null && m.year !== reportYear);
    const first = (source: Metric['source']) => metrics.find((m) => total(m) && m.source === source);
    const table = chosen.source === 'table' ? chosen : first('table');
    const prose = chosen.source === 'prose' ? chosen : first('prose');
    if (!table || !prose || table.value === prose.value) continue;
    out.push({
      code: 'TABLE_PROSE_MISMATCH',
      message: `${kind}: the table gives ${quote(table)}, the prose ${quote(prose)}; the summary takes the ${chosen.source}`,
    });
  }
  return out;
}
