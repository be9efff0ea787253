// One rule set for both scripts: every seed rendered in Traditional gives the same summary and headings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tify } from 'chinese-conv';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse.js';

const dir = 'fixtures/seeds';
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('Traditional rendering of each seed', () => {
  it.each(seeds)('%s', (name) => {
    const simplified = readFileSync(join(dir, name), 'utf8');
    const traditional = tify(simplified);
    const a = parseReport(simplified);
    const b = parseReport(traditional);
    expect(b.summary).toEqual(a.summary);
    expect(b.headings.map((h) => [h.level, h.title])).toEqual(a.headings.map((h) => [h.level, h.title]));
    expect(b.metrics.map((m) => [m.kind, m.value, m.start, m.end])).toEqual(a.metrics.map((m) => [m.kind, m.value, m.start, m.end]));
    // Evidence words are reported in the source's own script.
    for (const m of b.metrics) expect(traditional.slice(m.start, m.end)).toBe(m.text);
  });
});
