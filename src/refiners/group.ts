// The refiners relate figures of one sentence, one kind or one unit: they find them through an index
// built once, so the cost stays linear.
import type { Draft } from '../metrics/draft.js';

/**
 * The drafts by key, each list in the drafts' order; a draft whose key is null is left out.
 *
 * @example
 * groupBy(drafts, (d) => (d.negated ? null : d.kind)); // Map { 'penalty.cases' => [d1, d4], … }
 */
export function groupBy(drafts: Iterable<Draft>, keyOf: (d: Draft) => string | null): Map<string, Draft[]> {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = keyOf(d);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}
