// Metric extraction: figures → rules → refiners (negation, 其中 subsets, roles, years, sections).
import { normalize, type Normalized } from '../normalize.js';
import { findQuantities, type Quantity } from '../numbers/quantity.js';
import { findChrome, findFacts, findHeadings, findReportStarts, type Range } from '../outline/index.js';
import { overlaps, splitLines } from '../outline/ranges.js';
import { EACH, listedKinds, RESPECTIVELY } from '../refiners/coordination.js';
import { findNegations } from '../refiners/negation.js';
import { figureYear, isNotAResult } from '../refiners/period.js';
import { assignRoles, inheritSubsetKind } from '../refiners/roles.js';
import { groupParts } from '../refiners/parts.js';
import { sectionPaths } from '../refiners/sections.js';
import { inheritTotalKind } from '../refiners/totals.js';
import type { Heading, Kind, Metric, Unit } from '../schema.js';
import { readTables, tableMetrics } from '../tables/index.js';
import { contextsOf, type Span } from './context.js';
import type { Draft } from './draft.js';
import { RULES } from './index.js';
import { kindInfo } from './kinds.js';
import { findLabelledFigures } from './labelled.js';
import { isPlanSection } from './words.js';
import { matchRule, type FigureContext, type MetricRule, type RuleMatch } from './rule.js';

export interface ExtractContext {
  chrome: readonly Range[];
  headings: readonly Heading[];
  year: number | null;
  /** Where further reports start in the same text (their title lines). */
  reportStarts?: readonly number[];
  /** Tables and table notes (sorted, disjoint): their figures are read from the tables, or never. */
  skip?: readonly Range[];
}

// `未发生一起行政诉讼案件`: the figure is part of a negation, which the negation refiner reads as 0.
const CHANGE_FROM = /(?:由|从)[^,]{0,12}$/;
const CHANGE_VERB = /^(?:增加|减少|下降|上升|增长|降|升)/;
const CHANGE_TO = /(?:增加|减少|下降|上升|增长|降|升)(?:到|至)$/;
const NEGATED_FIGURE = /(?:未发生|没有发生|未出现|没有出现|没有|无)$/;


// The rules that may read a figure of each unit (a rule reads the units it names only), in rule order.
const RULES_BY_UNIT = new Map<Unit, MetricRule[]>();
for (const rule of RULES) {
  for (const unit of new Set(rule.units)) {
    const list = RULES_BY_UNIT.get(unit);
    if (list) list.push(rule);
    else RULES_BY_UNIT.set(unit, [rule]);
  }
}

/** The best match of each kind, best first: higher priority, then the nearer cue. */
function matchesByKind(c: FigureContext, rules: readonly MetricRule[]): RuleMatch[] {
  const byKind = new Map<string, RuleMatch>();
  for (const rule of rules) {
    const m = matchRule(rule, c);
    if (!m) continue;
    const held = byKind.get(rule.kind);
    if (!held || better(m, held)) byKind.set(rule.kind, m);
  }
  return [...byKind.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

const better = (a: RuleMatch, b: RuleMatch) =>
  (a.rule.priority ?? 1) > (b.rule.priority ?? 1) ||
  ((a.rule.priority ?? 1) === (b.rule.priority ?? 1) && a.distance < b.distance);


function draftOf(q: Quantity, s: Span, kind: string, rule: string, span: Span): Draft {
  return {
    kind, value: q.value, unit: kindInfo(kind)?.unit ?? q.unit, qualifier: q.qualifier, role: 'item',
    start: span.start, end: span.end, at: q.numStart, rule, negated: false, sentence: s, figureUnit: q.unit, qEnd: q.end,
  };
}

/**
 * Re-reads `A、B分别为1件、2件`: the n-th figure after 分别 goes to the n-th kind named before it,
 * when the counts agree; otherwise the nearest-cue reading stands.
 */
export function assignRespectively(text: string, figures: { clause: Span; q: Quantity }[], claimed: Draft[]): void {
  const byClause = new Map<number, typeof figures>();
  for (const f of figures) {
    const group = byClause.get(f.clause.start);
    if (group) group.push(f);
    else byClause.set(f.clause.start, [f]);
  }
  // The first claimed draft at each figure, found once rather than by a scan per figure.
  const claimedAt = new Map<number, Draft>();
  for (const d of claimed) if (!claimedAt.has(d.at)) claimedAt.set(d.at, d);
  for (const [clauseStart, group] of byClause) {
    const kinds = listedKinds(text.slice(clauseStart, text.indexOf(RESPECTIVELY, clauseStart)));
    if (kinds.length !== group.length || kinds.length < 2) continue;
    group.forEach((f, i) => {
      const d = claimedAt.get(f.q.numStart);
      const kind = kinds[i]!;
      if (d) Object.assign(d, { kind, unit: kindInfo(kind)!.unit, rule: 'list.respectively', start: f.clause.start });
    });
  }
}

/** Extracts metrics from normalised text; offsets in the result point into `n.source`. */
export function extractFromNormalized(n: Normalized, ctx: ExtractContext): Metric[] {
  const text = n.text;

  // Every figure's sentence and clause is asked for several times: found from the text's stops, read once.
  const contexts = contextsOf(text);
  const claimed: Draft[] = [];
  const unclaimed: Draft[] = [];
  const respectively: { clause: Span; q: Quantity }[] = [];
  const skip = ctx.skip ?? [];
  for (const q of findQuantities(text)) {
    if (overlaps(ctx.chrome, q.numStart) || overlaps(skip, q.numStart)) continue;
    const s = contexts.sentenceAt(q.numStart);
    const clause = contexts.clauseAt(q.numStart, s);
    const written = text.slice(clause.start, q.start);
    const after = text.slice(q.end, clause.end);
    if (isNotAResult(written, text.slice(s.start, q.start)) || NEGATED_FIGURE.test(written)) continue;
    // `由上年的20名减少至18名`: 20 is the old level, 18 the new one, read without the change verb.
    if (CHANGE_FROM.test(written) && CHANGE_VERB.test(after)) continue;
    const before = written.replace(CHANGE_TO, '');
    const c: FigureContext = {
      q, before, after, sentenceBefore: text.slice(s.start, clause.start), clause: before + '\u0000' + after,
      beforeStart: clause.start, afterStart: q.end,
    };
    // A threshold (`1000元以上的罚款`) is read by no rule.
    const matches = q.threshold ? [] : matchesByKind(c, RULES_BY_UNIT.get(q.unit) ?? []);
    if (!matches.length) {
      unclaimed.push(draftOf(q, s, '', '', { start: q.start, end: q.end }));
      continue;
    }
    const listed = EACH.test(before) ? listedKinds(before) : [];
    if (listed.length > 1) {
      for (const kind of listed) claimed.push(draftOf(q, s, kind, 'list.each', { start: clause.start, end: q.end }));
      continue;
    }
    if (before.includes(RESPECTIVELY)) respectively.push({ clause, q });
    const m = matches[0]!;
    // A part after 其中 is cited from 其中 on (`简易程序32件`), not from its whole's cue before it.
    // (Searched between the cue and the figure only: a search back through the whole text is quadratic.)
    const inGap = m.cueEnd <= q.start ? text.slice(m.cueEnd, q.start).lastIndexOf('其中') : -1;
    const part = inGap >= 0 ? m.cueEnd + inGap : -1;
    const from = part >= m.cueEnd ? part + 2 + (/^[,:\s]/.test(text[part + 2] ?? '') ? 1 : 0) : Math.min(m.cueStart, q.start);
    const span = { start: from, end: Math.max(m.cueEnd, q.end) };
    claimed.push(draftOf(q, s, m.rule.kind, m.rule.name, span));
  }
  assignRespectively(text, respectively, claimed);
  // `行政复议案件数为0` is a labelled figure and a stated zero: one figure, cited from its label.
  const labelledEnds = new Set<string>();
  for (const d of findLabelledFigures(text, contexts.sentenceAt)) {
    const before = text.slice(contexts.clauseAt(d.at, d.sentence).start, d.start);
    if (isNotAResult(before, text.slice(d.sentence.start, d.start))) continue;
    claimed.push(d);
    labelledEnds.add(`${d.kind}:${d.end}`);
  }
  const zeros = findNegations(text, contexts).filter((d) => !(d.rule === 'zero.stated' && labelledEnds.has(`${d.kind}:${d.end}`)));

  const clauseStartOf = (at: number) => contexts.clauseAt(at, contexts.sentenceAt(at)).start;
  const drafts = [
    ...claimed,
    ...inheritSubsetKind(text, unclaimed, claimed),
    ...inheritTotalKind(text, unclaimed, claimed, clauseStartOf),
    ...zeros,
  ]
    .filter((d) => !overlaps(ctx.chrome, d.at) && !overlaps(skip, d.at))
    .sort((a, b) => a.at - b.at || a.start - b.start);
  assignRoles(text, drafts, clauseStartOf);
  groupParts(text, drafts);

  const section = sectionPaths(ctx.headings, ctx.reportStarts);
  return drafts.filter((d) => d.negated || !section(d.at).some(isPlanSection)).map((d) => {
    const start = n.toSource(d.start);
    const end = n.toSource(d.end);
    const { year, stated } = figureYear(text, d, ctx.year);
    return {
      // Rules name kinds as strings; every one is a key of KINDS (test/record-shape.test.ts checks records against ReportSchema).
      kind: d.kind as Kind, value: d.value, unit: d.unit, qualifier: d.qualifier, role: d.role,
      text: n.source.slice(start, end), start, end, section: [...section(d.at)],
      negated: d.negated, year, yearStated: stated, rule: d.rule,
      ...(d.group !== undefined ? { group: d.group } : {}),
      source: 'prose' as const,
    };
  });
}

/**
 * Extracts every metric mention from a report's text (Simplified or Traditional).
 *
 * @example
 * extractMetrics('本年度共办理行政处罚案件4起，罚没金额10.5万元。')
 * // [{ kind: 'penalty.cases', value: 4, role: 'total', text: '行政处罚案件4起', … },
 * //  { kind: 'penalty.fines', value: 105000, unit: 'yuan', text: '罚没金额10.5万元', … }]
 */
export function extractMetrics(text: string): Metric[] {
  const n = normalize(text);
  const lines = splitLines(n.text);
  const chrome = findChrome(n.text, lines);
  const headings = findHeadings(n.text, chrome, lines);
  const reportStarts = findReportStarts(n.text, chrome, lines);
  const year = findFacts(n.text, chrome, lines).year;
  const tables = readTables(n, chrome, lines);
  const prose = extractFromNormalized(n, { chrome, headings, year, reportStarts, skip: tables.skip });
  return inOrder(prose, tableMetrics(n, tables.tables, { headings, year, reportStarts }));
}

/** Prose and table metrics in one list, in the order they stand in the source. */
export function inOrder(prose: readonly Metric[], fromTables: readonly Metric[]): Metric[] {
  return [...prose, ...fromTables].sort((a, b) => a.start - b.start || a.end - b.end);
}
