// The refiners that look for other figures of a sentence (roles, 其中 subsets, 分别 lists) must do work in
// proportion to the figures, never to their square: a long sentence of figures once took minutes.
// Measured without a clock: the drafts are handed in behind a proxy that counts every element read, and 4n
// figures must cost 4 times the reads of n (a scan of all drafts per figure would cost 16 times).
// The benchmark times the whole parser on these and other shapes (bench/shapes.ts).
import { describe, expect, it } from 'vitest';
import { clauseAt, sentenceAt } from '../src/metrics/context.js';
import type { Draft } from '../src/metrics/draft.js';
import { assignRespectively } from '../src/metrics/extract.js';
import { normalize } from '../src/normalize.js';
import { findQuantities } from '../src/numbers/quantity.js';
import { assignRoles, inheritSubsetKind } from '../src/refiners/roles.js';

// The shape from the issue: figures with 其中, 分别 and 共 in one sentence without end; and 分别 lists.
const SHAPE = '检查12次，其中联合开展4次，分别为1件、2件，共';
const LISTS = '行政复议、行政诉讼案件分别为1件、2件，';
const KINDS = ['inspections.count', 'penalty.cases', 'reconsideration.cases'];

function drafts(n: number, shape = SHAPE) {
  const text = normalize(shape.repeat(n)).text; // as the pipeline sees it: half-width commas end clauses
  const figures = findQuantities(text).map((q) => {
    const sentence = sentenceAt(text, q.numStart);
    return { q, sentence, clause: clauseAt(text, q.numStart, sentence) };
  });
  const draft = (f: (typeof figures)[number], i: number): Draft => ({
    kind: KINDS[i % KINDS.length]!, value: f.q.value, unit: 'case', qualifier: 'exact', role: 'item', start: f.q.start, end: f.q.end,
    at: f.q.numStart, rule: 'test', negated: false, sentence: f.sentence, figureUnit: f.q.unit,
  });
  const all = figures.map(draft);
  return { text, figures, claimed: all.filter((_, i) => i % 2 === 0), unclaimed: all.filter((_, i) => i % 2 === 1) };
}

/** An array that counts how often its elements are read. */
function counted<T>(items: T[]): { proxy: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { proxy, reads: () => reads };
}

const ratio = (work: (n: number) => number, n = 200) => work(4 * n) / work(n);

describe('refiners read each draft a bounded number of times', () => {
  it('assignRoles', () => {
    const work = (n: number) => {
      const { text, claimed, unclaimed } = drafts(n);
      const c = counted([...claimed, ...unclaimed].sort((a, b) => a.at - b.at));
      assignRoles(text, c.proxy, (at) => clauseAt(text, at, sentenceAt(text, at)).start);
      return c.reads();
    };
    expect(ratio(work)).toBeLessThan(5);
  });

  it('inheritSubsetKind', () => {
    const work = (n: number) => {
      const { text, claimed, unclaimed } = drafts(n);
      const c = counted(claimed);
      const u = counted(unclaimed);
      inheritSubsetKind(text, u.proxy, c.proxy);
      return c.reads() + u.reads();
    };
    expect(ratio(work)).toBeLessThan(5);
  });

  it('assignRespectively', () => {
    const work = (n: number) => {
      const { text, figures } = drafts(n, LISTS);
      const claimed = drafts(n, LISTS).claimed.concat(drafts(n, LISTS).unclaimed).sort((a, b) => a.at - b.at);
      const c = counted(claimed);
      assignRespectively(text, figures.map(({ q, clause }) => ({ q, clause })), c.proxy);
      expect(claimed.filter((d) => d.rule === 'list.respectively').length).toBe(2 * n); // the lists were read
      return c.reads();
    };
    expect(ratio(work)).toBeLessThan(5);
  });
});
