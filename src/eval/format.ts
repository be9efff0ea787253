// The scorecard as text: one row per document, precision and recall per kind, the misses, and the
// scorecard line last (where a script or a reader looks first).
import type { Scorecard } from './score.js';
import { scorecardLine } from './score.js';

/** Thresholds a run must meet (`--min-f1 0.9`, ...): the scorer's names. */
export interface Thresholds {
  minSummary?: number;
  minStated?: number;
  minF1?: number;
  minHeadings?: number;
  minMeta?: number;
  maxForbidden?: number;
}

/** What falls short of the thresholds, as `min-f1 0.9 (got 0.817)`; empty when all hold. */
export function shortfalls(c: Scorecard, t: Thresholds): string[] {
  const out: string[] = [];
  const need = (flag: string, limit: number | undefined, got: number, atLeast: boolean) => {
    if (limit === undefined) return;
    if (atLeast ? got < limit : got > limit) out.push(`${flag} ${limit} (got ${Number.isInteger(got) ? got : got.toFixed(3)})`);
  };
  need('min-summary', t.minSummary, c.summaryAccuracy, true);
  need('min-stated', t.minStated, c.statedAccuracy, true);
  need('min-f1', t.minF1, c.mentions.f1, true);
  need('min-headings', t.minHeadings, c.headings.f1, true);
  need('min-meta', t.minMeta, c.metaAccuracy, true);
  need('max-forbidden', t.maxForbidden, c.totals.forbidden, false);
  if (c.missingDocs) out.push(`${c.missingDocs} doc(s) without an ok record`);
  return out;
}

const f3 = (x: number) => x.toFixed(3);

/**
 * The text report of `evaluate`.
 *
 * @example
 * formatScorecard(card, { misses: true }, []).split('\n').at(-2); // 'docs 5/5 · summary 50/50 (100.0%), …'
 */
export function formatScorecard(c: Scorecard, options: { misses: boolean }, short: readonly string[]): string {
  const lines = ['doc                                   summary  mentions(tp/fp/fn)  headings(tp/fp/fn)  meta  forbidden'];
  for (const r of c.rows) {
    lines.push(
      r.doc.padEnd(38) +
        `${r.summaryOk}/${r.summary}`.padEnd(9) +
        `${r.tp}/${r.fp}/${r.fn}`.padEnd(20) +
        `${r.headingTp}/${r.headingFp}/${r.headingFn}`.padEnd(20) +
        `${r.metaOk}/${r.meta}`.padEnd(6) +
        r.forbidden,
    );
  }
  lines.push('', 'kind                   summary  precision  recall  F1     mentions(tp/fp/fn)');
  for (const [kind, k] of Object.entries(c.byKind)) {
    lines.push(
      kind.padEnd(23) +
        (k.summary ? `${k.summaryOk}/${k.summary}` : '—').padEnd(9) +
        f3(k.precision).padEnd(11) +
        f3(k.recall).padEnd(8) +
        f3(k.f1).padEnd(7) +
        `${k.tp}/${k.fp}/${k.fn}`,
    );
  }
  if (options.misses) {
    const withMisses = c.rows.filter((r) => r.misses.length);
    lines.push('', withMisses.length ? 'misses' : 'misses: none');
    for (const r of withMisses) lines.push(`## ${r.doc}`, ...r.misses.map((m) => `  - ${m}`));
  }
  lines.push('');
  if (short.length) lines.push(`short of: ${short.join(', ')}`);
  lines.push(scorecardLine(c));
  return lines.join('\n') + '\n';
}
