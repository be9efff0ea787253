// The seed reports against their hand-labelled gold (../shared/eval/gold/seeds), compared the way
// ../shared/eval/score.mjs compares them. Skipped where the shared folder is not beside the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldDigitGaps } from '../../src/outline/headings.js';
import { findChrome, findFacts, findHeadings } from '../../src/outline/index.js';
import { normalize } from '../../src/normalize.js';

const GOLD = join(import.meta.dirname, '../../../shared/eval/gold/seeds');
const DOCS = join(import.meta.dirname, '../../fixtures/seeds');

interface Gold {
  doc: string;
  title: unknown;
  year: unknown;
  issuer: unknown;
  headings: { level: number; title: string }[];
}

// As the scorer: titles on their characters alone; a gold value may list accepted answers.
const fold = (s: string | null) => (s ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
const accepted = (g: unknown): unknown[] =>
  g !== null && typeof g === 'object' && 'accept' in g ? (g as { accept: unknown[] }).accept : [g];
const sameHeading = (a: { level: number; title: string }, b: { level: number; title: string }) => {
  const x = fold(a.title);
  const y = fold(b.title);
  return a.level === b.level && x !== '' && (x.startsWith(y) || y.startsWith(x));
};

const golds: Gold[] = existsSync(GOLD)
  ? readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')))
  : [];

describe.skipIf(golds.length === 0)('seed reports', () => {
  it.each(golds.map((g) => [g.doc, g] as const))('%s', (_doc, g) => {
    const text = normalize(readFileSync(join(DOCS, g.doc), 'utf8')).text;
    const chrome = findChrome(text);
    const facts = findFacts(text, chrome);
    expect(accepted(g.title).some((t) => fold(t as string) === fold(facts.title))).toBe(true);
    expect(accepted(g.year)).toContain(facts.year);
    expect(accepted(g.issuer)).toContain(facts.issuer);

    const got = findHeadings(text, chrome);
    expect(got).toHaveLength(g.headings.length);
    got.forEach((h, i) => expect(sameHeading(h, g.headings[i]!), `${h.title} vs ${g.headings[i]!.title}`).toBe(true));
    // The heading's span in the text, less the space between digits and Chinese that titles drop.
    for (const h of got) expect(foldDigitGaps(text.slice(h.start, h.end))).toBe(h.marker + h.title);
  });
});
