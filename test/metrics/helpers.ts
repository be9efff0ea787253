import { expect } from 'vitest';
import { extractMetrics } from '../../src/metrics/extract.js';
import { CORE_KINDS, type Metric } from '../../src/schema.js';

export interface Want {
  kind: string;
  value: number;
  qualifier?: Metric['qualifier'];
  role?: Metric['role'];
  /** The figure's source words must contain this. */
  text?: string;
}

/** Core-kind metrics of one sentence, each checked to point at its own source words. */
export function core(source: string): Metric[] {
  const ms = extractMetrics(source);
  for (const m of ms) expect(source.slice(m.start, m.end)).toBe(m.text);
  return ms.filter((m) => (CORE_KINDS as readonly string[]).includes(m.kind));
}

export function expectMetrics(source: string, want: Want[]): void {
  const got = core(source);
  expect(got.map((m) => `${m.kind}=${m.value}`)).toEqual(want.map((w) => `${w.kind}=${w.value}`));
  got.forEach((m, i) => {
    const w = want[i]!;
    expect(m.qualifier).toBe(w.qualifier ?? 'exact');
    if (w.role) expect(m.role).toBe(w.role);
    if (w.text) expect(m.text).toContain(w.text);
  });
}
