// What a metric rule is, and how one is matched against a figure in its clause.
import type { Quantity } from '../numbers/quantity.js';
import type { Unit } from '../schema.js';

/** A figure with the words around it. All strings are normalised (Simplified, half-width). */
export interface FigureContext {
  q: Quantity;
  /** The clause's words before the figure (qualifier words excluded). */
  before: string;
  /** The clause's words after the figure. */
  after: string;
  /** The sentence's words before the figure's clause. */
  sentenceBefore: string;
  /** `before` and `after` joined by a NUL: what `exclude` and `also` test, built once for every rule. */
  clause: string;
  /** Offsets of `before` and `after` in the text. */
  beforeStart: number;
  afterStart: number;
}

/**
 * A rule reads one metric kind. The figure must carry one of `units`; a cue word must stand in
 * the clause before it (`before`) or just after it (`after`, the counted noun: `16名执法员`).
 * Among rules that match, the higher `priority` wins, then the nearer cue.
 */
export interface MetricRule {
  /** Unique name, reported as the metric's `rule`. */
  name: string;
  kind: string;
  units: readonly Unit[];
  /** Restricts the measure word, e.g. /^项$/. */
  measure?: RegExp;
  before?: RegExp;
  after?: RegExp;
  /** How far after the figure an `after` cue may start. Default 14 characters. */
  afterWithin?: number;
  /** Must also stand somewhere in the clause, or earlier in the sentence. */
  also?: RegExp;
  /** Rules the figure out when it stands between the cue and the figure. */
  block?: RegExp;
  /** Rules the figure out when it stands anywhere in the clause. */
  exclude?: RegExp;
  /** A further condition on the context. */
  when?: (c: FigureContext) => boolean;
  priority?: number;
}

export interface RuleMatch {
  rule: MetricRule;
  distance: number;
  cueStart: number;
  cueEnd: number;
}

const globals = new WeakMap<RegExp, RegExp>();
const lastMatch = (re: RegExp, s: string): RegExpExecArray | null => {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  g.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    last = m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
};

const QUOTED = /“[^”]*”|"[^"]*"|《[^》]*》/g;

/** Matches one rule against a figure; null when it does not apply. */
export function matchRule(rule: MetricRule, c: FigureContext): RuleMatch | null {
  if (!rule.units.includes(c.q.unit) || c.q.threshold) return null;
  if (rule.measure && !rule.measure.test(c.q.measure)) return null;
  if (rule.exclude?.test(c.clause)) return null;
  if (rule.also && !rule.also.test(c.clause) && !rule.also.test(c.sentenceBefore)) return null;
  if (rule.when && !rule.when(c)) return null;

  let best: RuleMatch | null = null;
  if (rule.before) {
    const m = lastMatch(rule.before, c.before);
    if (m) {
      const between = c.before.slice(m.index + m[0].length);
      if (!rule.block?.test(between)) {
        best = { rule, distance: between.length, cueStart: c.beforeStart + m.index, cueEnd: c.beforeStart + m.index + m[0].length };
      }
    }
  }
  if (rule.after) {
    const m = rule.after.exec(c.after);
    const within = rule.afterWithin ?? 14;
    // The counted noun follows the figure directly: a list mark (`1086份、责令整改…`) ends it, one
    // inside quotes (`8项“双随机、一公开”抽查任务`) does not.
    const gap = m ? c.after.slice(0, m.index) : '';
    if (m && m.index <= within && !gap.replace(QUOTED, '').includes('、') && !rule.block?.test(gap)) {
      if (!best || m.index < best.distance) {
        best = { rule, distance: m.index, cueStart: c.afterStart + m.index, cueEnd: c.afterStart + m.index + m[0].length };
      }
    }
  }
  return best;
}
