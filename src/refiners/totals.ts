// `行政处罚:警告12175件,罚款94929件,…,合计108156件`: a figure right after 合计 that no rule claims is the
// total of the figures listed before it in its sentence, and takes their kind. Found through an index of
// the claimed figures by sentence, so the cost stays linear.
import type { Draft } from '../metrics/draft.js';
import { groupBy } from './group.js';

// Only the total word and a colon stand between the clause start and the figure.
const TOTAL_ALONE = /^(?:其中)?[\s,]*(?:合计|共计|总计|累计|小计)[\s:：]*(?:为|是)?$/;

export function inheritTotalKind(
  text: string,
  unclaimed: readonly Draft[],
  claimed: readonly Draft[],
  clauseStartOf: (at: number) => number,
): Draft[] {
  const bySentence = groupBy(claimed, (d) => (d.negated ? null : String(d.sentence.start)));
  const out: Draft[] = [];
  // Figures no rule claims that stand before in the sentence in the same measure are parts too:
  // `局机关12人,执法大队45人,共计57人` (no officer word after 执法大队).
  const unclaimedSoFar = new Map<string, number>();
  for (const u of unclaimed) {
    const key = `${u.sentence.start}:${u.figureUnit}`;
    const siblings = unclaimedSoFar.get(key) ?? 0;
    unclaimedSoFar.set(key, siblings + 1);
    const clauseStart = clauseStartOf(u.at);
    const before = text.slice(clauseStart, u.start);
    if (!TOTAL_ALONE.test(before)) continue;
    const listed = (bySentence.get(String(u.sentence.start)) ?? []).filter((p) => p.at < u.at && p.figureUnit === u.figureUnit);
    const last = listed[listed.length - 1];
    // Every figure listed is of one kind: the total is of that kind too.
    if (!last || listed.length + siblings < 2 || listed.some((p) => p.kind !== last.kind)) continue;
    const start = clauseStart + before.search(/合计|共计|总计|累计|小计/);
    out.push({ ...u, kind: last.kind, unit: last.unit, role: 'total', rule: `${last.kind}.total`, start });
  }
  return out;
}
