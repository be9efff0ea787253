// Roles: `共/全年/累计…` make a total; a figure after `其中` is a subset when a figure of the same
// kind stands before the `其中` in its sentence (otherwise it is the only figure of its kind there).
import type { Draft } from '../metrics/draft.js';

const TOTAL = /(?<![公中])共(?![同享建治识性])|累计|合计|总计|全年/;

export function assignRoles(text: string, drafts: Draft[], clauseStartOf: (at: number) => number): void {
  for (const d of drafts) {
    if (d.negated) continue;
    const clauseBefore = text.slice(clauseStartOf(d.at), d.at);
    if (TOTAL.test(clauseBefore)) d.role = 'total';
    const sentenceBefore = text.slice(d.sentence.start, d.at);
    const qizhong = sentenceBefore.lastIndexOf('其中');
    if (qizhong < 0) continue;
    const parent = drafts.some(
      (p) => p !== d && !p.negated && p.kind === d.kind && p.sentence.start === d.sentence.start && p.at < d.sentence.start + qizhong,
    );
    if (parent) d.role = 'subset';
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
