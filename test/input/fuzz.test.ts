// Fuzzing the input layer: thousands of random and mutated inputs (truncated, flipped, spliced seeds,
// pages, DOCX and PDF files; random bytes behind magic numbers) through parseReport. Each must give
// a record or a ReportError, never another error, and within a time bound. Deterministic: a seeded
// PRNG, and the clock frozen while the base files are rendered (DOCX and PDF carry timestamps).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { parseBytes } from '../../src/parse.js';
import { ErrorCodeSchema } from '../../src/schema.js';
import { renderBig5, renderDocx, renderGb18030, renderHtml, renderPdf, renderUtf16le } from '../../scripts/render-containers.js';
import { concat, makeZip, minimalDocxParts, prng, seed, seeds, wp } from './helpers.js';

const PER_INPUT_MS = 5_000;
const rand = prng(20240601);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
const bytes = (n: number, from = 0, to = 256) => Uint8Array.from({ length: n }, () => from + int(to - from));

// Mutations: each takes bytes and returns new bytes, leaving the input alone.
const mutations: readonly ((b: Uint8Array) => Uint8Array)[] = [
  (b) => b.slice(0, int(b.length + 1)), // truncate
  (b) => b.slice(int(b.length + 1)), // cut the head
  (b) => {
    const c = b.slice();
    for (let k = 1 + int(8); k > 0 && c.length > 0; k--) c[int(c.length)] = int(256);
    return c;
  },
  (b) => {
    const c = b.slice();
    for (let k = 1 + int(64); k > 0 && c.length > 0; k--) c[int(c.length)]! ^= 1 << int(8);
    return c;
  },
  (b) => {
    const at = int(b.length + 1);
    return concat([b.subarray(0, at), bytes(1 + int(64)), b.subarray(at)]);
  },
  (b) => {
    const at = int(b.length + 1);
    return concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + int(256)))]);
  },
  (b) => {
    const at = int(b.length + 1);
    const len = int(512);
    return concat([b.subarray(0, at), b.subarray(at, at + len), b.subarray(at)]);
  },
  // Digits changed: object numbers, lengths and offsets in a PDF, sizes in markup.
  (b) => b.map((x) => (x >= 0x30 && x <= 0x39 && rand() < 0.02 ? 0x30 + int(10) : x)),
  // The tail (zip directory, PDF xref and trailer) damaged.
  (b) => {
    const c = b.slice();
    for (let k = 1 + int(16); k > 0 && c.length > 0; k--) c[Math.max(0, c.length - 1 - int(400))] = int(256);
    return c;
  },
];

const MAGIC = ['%PDF-1.7\n', 'PK\x03\x04', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '<html><body>', '\xef\xbb\xbf', '\xff\xfe', '\xfe\xff', '{\\rtf1', 'MIME-Version: 1.0\n'];
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

interface Outcome {
  ok: number;
  codes: Map<string, number>;
  failures: string[];
  slowest: number;
}

async function run(inputs: Iterable<Uint8Array>): Promise<Outcome> {
  const outcome: Outcome = { ok: 0, codes: new Map(), failures: [], slowest: 0 };
  let i = 0;
  for (const input of inputs) {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), PER_INPUT_MS)));
    try {
      const result = await Promise.race([parseBytes(input), timeout]);
      if (result === 'timeout') outcome.failures.push(`#${i}: no answer after ${PER_INPUT_MS} ms`);
      else if (result.ok === true) outcome.ok++;
    } catch (err) {
      if (err instanceof ReportError && ErrorCodeSchema.safeParse(err.code).success && err.message) {
        outcome.codes.set(err.code, (outcome.codes.get(err.code) ?? 0) + 1);
      } else {
        const head = Buffer.from(input.subarray(0, 24)).toString('hex');
        outcome.failures.push(`#${i} (${input.length} bytes, ${head}…): ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
      }
    } finally {
      clearTimeout(timer);
    }
    outcome.slowest = Math.max(outcome.slowest, performance.now() - started);
    i++;
  }
  return outcome;
}

function* mutate(bases: readonly Uint8Array[], count: number): Generator<Uint8Array> {
  for (let i = 0; i < count; i++) {
    let b = pick(bases);
    // Usually one mutation; sometimes a few stacked, sometimes two inputs spliced.
    for (let k = rand() < 0.8 ? 1 : 2 + int(3); k > 0; k--) b = pick(mutations)(b);
    if (rand() < 0.05) b = concat([b.subarray(0, int(b.length + 1)), pick(bases).subarray(int(pick(bases).length))]);
    yield b;
  }
}

function expectClean(name: string, o: Outcome, total: number): void {
  if (process.env.FUZZ_STATS) console.log(name, o.ok, JSON.stringify([...o.codes]), o.slowest.toFixed(0));
  expect(o.failures, `${name}: ${o.failures.slice(0, 5).join('\n')}`).toEqual([]);
  expect(o.ok + [...o.codes.values()].reduce((a, b) => a + b, 0)).toBe(total);
  expect(o.slowest).toBeLessThan(PER_INPUT_MS);
}

let text: Uint8Array[];
let docx: Uint8Array[];
let pdf: Uint8Array[];

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  const short = (s: string) => s.slice(0, 600);
  text = [
    ...seeds.map((s) => new TextEncoder().encode(short(s.text))),
    ...seeds.map((s) => renderGb18030(short(s.text))),
    renderBig5(short(seed('002').text)),
    renderUtf16le(short(seed('001').text)),
    renderHtml(short(seed('003').text)),
    renderHtml(short(seed('000').text), { charset: 'gb2312', legacy: true }),
  ];
  docx = [await renderDocx(short(seed('001').text)), await renderDocx(short(seed('002').text)), makeZip(minimalDocxParts(wp('一、基本情况') + wp('共办理案件4起。')))];
  pdf = [await renderPdf(short(seed('000').text)), await renderPdf(short(seed('004').text))];
  vi.useRealTimers();
});

afterAll(() => vi.useRealTimers());

describe('fuzz: every input gives a record or a ReportError, in time', () => {
  it('1200 mutated texts and pages', async () => {
    const o = await run(mutate(text, 1200));
    expectClean('text', o, 1200);
    expect(o.ok).toBeGreaterThan(300); // most mutations of a report are still a report
  });

  it('800 random inputs, some behind magic numbers', async () => {
    function* inputs() {
      for (let i = 0; i < 800; i++) {
        const n = int(4) === 0 ? int(16) : int(4096);
        const body = i % 3 === 0 ? bytes(n, 0x20, 0x100) : bytes(n);
        yield i % 2 === 0 ? concat([latin1(pick(MAGIC)), body]) : body;
      }
    }
    const o = await run(inputs());
    expectClean('random', o, 800);
  });

  it('500 mutated DOCX files', async () => {
    const o = await run(mutate(docx, 500));
    expectClean('docx', o, 500);
    expect(o.codes.get('CORRUPT_FILE') ?? 0).toBeGreaterThan(100);
  });

  it('500 mutated PDF files', async () => {
    const o = await run(mutate(pdf, 500));
    expectClean('pdf', o, 500);
    expect(o.codes.get('CORRUPT_FILE') ?? 0).toBeGreaterThan(50);
  });
});
