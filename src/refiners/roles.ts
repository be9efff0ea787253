// Roles: `共/全年/累计…` make a total; a figure after `其中` is a subset when a figure of the same
// kind stands before the `其中` in its sentence (otherwise it is the only figure of its kind there).
import type { Draft } from '../metrics/draft.js';

const TOTAL = /(?<![公中])共(?![同享建治识性])|累计|合计|总计|全年/;

export function assignRoles(text: string, drafts: Draft[], clauseStartOf: (at: number) => number): void {
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
    let parent: Draft | undefined;
    for (const p of drafts) {
      if (p.at >= d.sentence.start + qizhong) break;
      if (p !== d && !p.negated && p.kind === d.kind && p.sentence.start === d.sentence.start) parent = p;
    }
    if (!parent) continue;
    const share = (shares.get(parent) ?? 0) + d.value;
    if (share > parent.value) continue;
    shares.set(parent, share);
    d.role = 'subset';
  }
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
  const out: Draft[] = [];
  for (const u of unclaimed) {
    const sentenceBefore = text.slice(u.sentence.start, u.at);
    const qizhong = sentenceBefore.lastIndexOf('其中');
    if (qizhong < 0) continue;
    const parent = [...claimed]
      .reverse()
      .find((p) => p.sentence.start === u.sentence.start && p.at < u.sentence.start + qizhong && p.figureUnit === u.figureUnit && !p.negated);
    if (!parent) continue;
    out.push({ ...u, kind: parent.kind, unit: parent.unit, rule: `${parent.rule}.subset` });
  }
  return out;
}
