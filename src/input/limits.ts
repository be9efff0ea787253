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
  /**
   * Largest total size of a DOCX's XML parts (word/document.xml and the others Word reads), uncompressed.
   * Converting takes about 100 bytes of memory per byte of XML, so the default, 16 MiB, keeps one DOCX
   * under about 1.6 GB.
   */
  maxDocxXml?: number;
  /** Most PDF pages read; a longer PDF is refused (page-count bomb guard). Default 2,000. */
  maxPdfPages?: number;
  /** The file name, if any: a hint only; the format is told from the bytes. */
  filename?: string;
}

export const DEFAULT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxTextLength: 5_000_000,
  maxDocxUncompressed: 200 * 1024 * 1024,
  maxDocxXml: 16 * 1024 * 1024,
  maxPdfPages: 2_000,
} as const;

export type Limits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };

/** The command-line flag of each limit, named in TOO_LARGE messages beside the option. */
export const LIMIT_FLAGS: Readonly<Record<keyof Limits, string>> = {
  maxBytes: '--max-bytes',
  maxTextLength: '--max-text-length',
  maxDocxUncompressed: '--max-docx-uncompressed',
  maxDocxXml: '--max-docx-xml',
  maxPdfPages: '--max-pdf-pages',
};

/** `raise maxBytes (CLI: --max-bytes)`: what to raise, for library and CLI users alike. */
export const raise = (limit: keyof Limits): string => `raise ${limit} (CLI: ${LIMIT_FLAGS[limit]})`;

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

const MiB = 1024 * 1024;
const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;
const inMiB = (n: number) => `${(n / MiB).toFixed(1)} MiB`;

/**
 * A size and the limit it is over, in MiB where that tells them apart, else in bytes:
 * `60.0 MiB, over the limit of 50.0 MiB`, but `52,428,801 bytes, over the limit of 52,428,800 bytes`.
 *
 * @example
 * overLimit(52428801, 52428800); // '52,428,801 bytes, over the limit of 52,428,800 bytes'
 */
export function overLimit(size: number, limit: number): string {
  const [a, b] = size >= MiB && limit >= MiB ? [inMiB(size), inMiB(limit)] : [bytes(size), bytes(limit)];
  return a === b ? `${bytes(size)}, over the limit of ${bytes(limit)}` : `${a}, over the limit of ${b}`;
}

/** Throws TOO_LARGE when an input of `size` bytes is over `maxBytes`. */
export function checkByteSize(size: number, limits: Limits): void {
  if (size > limits.maxBytes) {
    throw new ReportError('TOO_LARGE', `the input is ${overLimit(size, limits.maxBytes)}; ${raise('maxBytes')} if it is a real report`);
  }
}

/** Throws TOO_LARGE when extracted text is longer than `maxTextLength`. */
export function checkTextLength(length: number, limits: Limits): void {
  if (length > limits.maxTextLength) {
    throw new ReportError(
      'TOO_LARGE',
      `the text has at least ${length.toLocaleString('en-US')} characters, over the limit of ${limits.maxTextLength.toLocaleString('en-US')}; ${raise('maxTextLength')} if it is a real report`,
    );
  }
}
