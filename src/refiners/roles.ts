// Roles: `共/全年/累计…` make a total; a figure after `其中` is a subset when a figure of the same
// kind stands before the `其中` in its sentence (otherwise it is the only figure of its kind there).
//
// Both refiners look for an earlier figure of the same sentence: drafts are grouped by sentence first, so a
// long text with many figures costs time in proportion to its figures, never to their square.
import type { Draft } from '../metrics/draft.js';
import { groupBy } from './group.js';

const TOTAL = /(?<![公中])共(?![同享建治识性])|累计|合计|总计|全年/;

export function assignRoles(text: string, drafts: Draft[], clauseStartOf: (at: number) => number): void {
  // The figures of each kind in each sentence, in the drafts' order (by position): a figure's parent is the
  // last of them before its `其中`, found by binary search rather than by a scan of every draft.
  const groups = groupBy(drafts, (p) => (p.negated ? null : `${p.sentence.start}\u0000${p.kind}`));
  // What the subsets of each parent add up to so far: parts never add up to more than their whole,
  // so a figure that would (`其中…188起,作出行政处罚决定986件`) is a statement of its own.
  const shares = new Map<Draft, number>();
  for (const d of drafts) {
    if (d.negated) continue;
    const clauseBefore = text.slice(clauseStartOf(d.at), d.at);
    if (TOTAL.test(clauseBefore)) d.role = 'total';
    const sentenceBefore = text.slice(d.sentence.start, d.at);
    const qizhong = sentenceBefore.lastIndexOf('其中');
    if (qizhong < 0) continue;
    // `其中` ends before `d.at`, so the figure found is never `d` itself.
    const parent = lastBefore(groups.get(`${d.sentence.start}\u0000${d.kind}`) ?? [], d.sentence.start + qizhong);
    if (!parent) continue;
    const share = (shares.get(parent) ?? 0) + d.value;
    if (share > parent.value) continue;
    shares.set(parent, share);
    d.role = 'subset';
  }
}

/** The last draft of `sorted` (by `at`) that stands before `bound`. */
function lastBefore(sorted: readonly Draft[], bound: number): Draft | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.at < bound) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/**
 * `其中联合开展4次`: a figure no rule claims, after `其中`, takes the kind of the nearest earlier
 * figure of the same unit in its sentence.
 */
export function inheritSubsetKind(
  text: string,
  unclaimed: readonly Draft[],
  claimed: readonly Draft[],
): Draft[] {
  // Claimed figures by sentence and unit, in their order: the parent is the last of its group before `其中`.
  const groups = groupBy(claimed, (p) => (p.negated ? null : `${p.sentence.start}\u0000${p.figureUnit}`));
  const out: Draft[] = [];
  for (const u of unclaimed) {
    const sentenceBefore = text.slice(u.sentence.start, u.at);
    const qizhong = sentenceBefore.lastIndexOf('其中');
    if (qizhong < 0) continue;
    const group = groups.get(`${u.sentence.start}\u0000${u.figureUnit}`) ?? [];
    let parent: Draft | undefined;
    for (let i = group.length - 1; i >= 0 && !parent; i--) if (group[i]!.at < u.sentence.start + qizhong) parent = group[i];
    if (!parent) continue;
    out.push({ ...u, kind: parent.kind, unit: parent.unit, rule: `${parent.rule}.subset` });
  }
  return out;
}
