import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/metrics/extract.js';
import { findQuantities } from '../../src/numbers/quantity.js';

// Growth, not speed: the time per call for an input 4× longer against the input itself. A linear step takes
// about 4×, a quadratic one about 16×; the bound of 10 leaves room for a busy shared machine. Inputs stay small
// (8K and 32K characters: in cache, so a cache step cannot pass for growth), each call is repeated until a batch
// takes 20 ms, the best of five batches counts, and a ratio over the bound is measured again (three times at
// most; a collection or another process can stall one measure by far): a quadratic step fails every time,
// noise does not.
const RATIO = 10;
const N = 8192;

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function perCall(fn: (s: string) => unknown, s: string): number {
  let reps = 1;
  const batch = () => {
    for (let i = 0; i < reps; i++) fn(s);
  };
  while (time(batch) < 20 && reps < 1 << 20) reps *= 2;
  let b = Infinity;
  for (let i = 0; i < 5; i++) b = Math.min(b, time(batch) / reps);
  return b;
}

function growth(fn: (s: string) => unknown, shape: (n: number) => string): number {
  const small = shape(N);
  const large = shape(4 * N);
  let ratio = perCall(fn, large) / perCall(fn, small);
  for (let again = 0; again < 3 && ratio >= RATIO; again++) {
    ratio = Math.min(ratio, perCall(fn, large) / perCall(fn, small));
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
    expect(growth(findQuantities, shape)).toBeLessThan(RATIO);
  });

  // The whole extraction on the numeral shapes (a page of a million 一 once never finished).
  const whole = [
    'a run of Chinese numerals with no measure word', 'a run of digits', 'a run of 万', 'digits and spaces', 'a run of 余', 'a run of 多',
    'a run of spaces inside a figure',
  ];
  it.each(whole)('extractMetrics: %s', (name) => {
    const shape = SHAPES[name]!;
    expect(growth(extractMetrics, shape)).toBeLessThan(RATIO);
  });
});
