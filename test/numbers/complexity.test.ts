import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/metrics/extract.js';
import { findQuantities } from '../../src/numbers/quantity.js';

// Growth, not speed: the time for an input 4× longer against the input itself. A linear step takes about 4×,
// a quadratic one about 16×; the bound of 10 leaves room for a busy shared machine. n doubles until the input
// takes 10 ms, so timer noise does not decide; each time is the best of five runs taken in turns, and a ratio
// over the bound is measured again (twice at most), since a quadratic step fails every time and noise does not.
const RATIO = 10;
const MIN_MS = 10;

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function growth(fn: (s: string) => unknown, shape: (n: number) => string, maxN: number): number {
  let n = 4096;
  while (n < maxN && time(() => fn(shape(n))) < MIN_MS) n *= 2;
  const small = shape(n);
  const large = shape(4 * n);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= RATIO; attempt++) {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 5; i++) {
      a = Math.min(a, time(() => fn(small)));
      b = Math.min(b, time(() => fn(large)));
    }
    ratio = Math.min(ratio, b / a);
  }
  return ratio;
}

// Shapes that once made the quantity regex retry from every position of a run, and their neighbours.
const SHAPES: Record<string, (n: number) => string> = {
  'a run of Chinese numerals with no measure word': (n) => '一'.repeat(n),
  'a run of digits': (n) => '1'.repeat(n),
  'a run of 万': (n) => '一万'.repeat(n >> 1),
  'digits and spaces': (n) => '1 '.repeat(n >> 1),
  'a run of spaces inside a figure': (n) => '罚款300' + ' '.repeat(n) + '余万元',
  'a run of 余': (n) => '罚款300' + '余'.repeat(n) + '万元',
  'a run of 多': (n) => '检查十' + '多'.repeat(n) + '次',
  'separators': (n) => '1,'.repeat(n >> 1) + '1家',
  'decimal points': (n) => '1.'.repeat(n >> 1) + '1次',
  'ranges': (n) => '三四'.repeat(n >> 1) + '十家',
  'tens with 几': (n) => '十几'.repeat(n >> 1) + '起',
  'many figures': (n) => '罚没款300余万元。'.repeat(Math.max(1, n >> 4)),
};

describe('the quantity scan is linear', () => {
  it.each(Object.entries(SHAPES))('findQuantities: %s', (_, shape) => {
    expect(growth(findQuantities, shape, 1 << 22)).toBeLessThan(RATIO);
  });

  it.each(Object.entries(SHAPES).slice(0, 6))('extractMetrics: %s', (_, shape) => {
    expect(growth(extractMetrics, shape, 1 << 20)).toBeLessThan(RATIO);
  });
});
