// Exact decimals for figures: m × 10^e with a BigInt mantissa. `161.18万` is 16118 × 10^2, so it becomes
// 1611800 with no binary float in between (161.18 * 10000 is 1611799.9999999998).

/** m × 10^e, exact. */
export interface Decimal {
  readonly m: bigint;
  readonly e: number;
}

export const ZERO: Decimal = { m: 0n, e: 0 };

/** `'161.18'` → 16118 × 10^-2. The text must be digits with at most one decimal point. */
export function fromDigits(text: string): Decimal {
  const dot = text.indexOf('.');
  if (dot < 0) return { m: BigInt(text), e: 0 };
  return { m: BigInt(text.slice(0, dot) + text.slice(dot + 1)), e: -(text.length - dot - 1) };
}

export const fromInt = (n: number): Decimal => ({ m: BigInt(n), e: 0 });

/** a × 10^k. */
export const shift = (a: Decimal, k: number): Decimal => ({ m: a.m, e: a.e + k });

export function add(a: Decimal, b: Decimal): Decimal {
  if (a.e === b.e) return { m: a.m + b.m, e: a.e };
  const [lo, hi] = a.e < b.e ? [a, b] : [b, a];
  return { m: lo.m + hi.m * 10n ** BigInt(hi.e - lo.e), e: lo.e };
}

/** a < 10^k. */
export function belowPow10(a: Decimal, k: number): boolean {
  const d = k - a.e;
  if (d >= 0) return a.m < 10n ** BigInt(d);
  return a.m * 10n ** BigInt(-d) < 1n;
}

export const negate = (a: Decimal): Decimal => ({ m: -a.m, e: a.e });

/** The nearest double, exact for every integer a report can hold. */
export function toNumber(a: Decimal): number {
  const v = Number(`${a.m}e${a.e}`);
  return v === 0 ? 0 : v; // no -0
}
