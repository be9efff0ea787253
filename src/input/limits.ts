// Limits that keep one hostile or oversized input from stalling a whole batch.
// Every check throws `TOO_LARGE` with the option to raise, so a real report is never stuck behind a default.
import { ReportError } from '../errors.js';

/** Limits that protect a batch from one bad input. */
export interface InputOptions {
  /** Largest input accepted, in bytes. Default 50 MiB. */
  maxBytes?: number;
  /** Longest decoded text accepted, in UTF-16 units. Default 5,000,000. */
  maxTextLength?: number;
  /** Largest total uncompressed size of a DOCX (zip-bomb guard). Default 200 MiB. */
  maxDocxUncompressed?: number;
  /** Most PDF pages read; a longer PDF is refused (page-count bomb guard). Default 2,000. */
  maxPdfPages?: number;
  /** The file name, if any: a hint only; the format is told from the bytes. */
  filename?: string;
}

export const DEFAULT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxTextLength: 5_000_000,
  maxDocxUncompressed: 200 * 1024 * 1024,
  maxPdfPages: 2_000,
} as const;

export type Limits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };

/**
 * The limits in force: each option, or its default. A limit that is no positive number is a
 * programming error, so it throws a RangeError rather than a ReportError.
 *
 * @example
 * resolveLimits({ maxBytes: 1024 }).maxBytes; // 1024
 * resolveLimits({}).maxTextLength;            // 5000000
 */
export function resolveLimits(options: InputOptions = {}): Limits {
  const limits = { ...DEFAULT_LIMITS } as Limits;
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value > 0)) {
      throw new RangeError(`option ${key} must be a positive number, not ${String(value)}`);
    }
    limits[key] = value;
  }
  return limits;
}

const mib = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`);

/** Throws TOO_LARGE when an input of `size` bytes is over `maxBytes`. */
export function checkByteSize(size: number, limits: Limits): void {
  if (size > limits.maxBytes) {
    throw new ReportError(
      'TOO_LARGE',
      `the input is ${mib(size)}, over the limit of ${mib(limits.maxBytes)}; raise maxBytes (--max-bytes) if it is a real report`,
    );
  }
}

/** Throws TOO_LARGE when extracted text is longer than `maxTextLength`. */
export function checkTextLength(length: number, limits: Limits): void {
  if (length > limits.maxTextLength) {
    throw new ReportError(
      'TOO_LARGE',
      `the text has at least ${length} characters, over the limit of ${limits.maxTextLength}; raise maxTextLength (--max-text-length) if it is a real report`,
    );
  }
}
