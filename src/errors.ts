import type { ErrorCode, ErrorRecord } from './schema.js';

// The package ships an ESM and a CommonJS build; a program that loads both (directly, or through two
// dependencies) has two ReportError classes. A registered symbol is the same in both, so the brand
// check works across them where a plain `instanceof` would not.
const BRAND = Symbol.for('cn-report-metrics.ReportError');

/**
 * The one error type the library throws for bad input. `code` is stable and documented;
 * `message` says what to do about it. Arguments of the wrong type are a bug in the caller and
 * throw `TypeError` instead.
 *
 * @example
 * try { await parseFile('report.doc') } catch (e) { if (isReportError(e)) console.log(e.code) }
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** `e instanceof ReportError` is the brand check too, so it holds for errors of the other build. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isReportError(value);
  }
}

/**
 * Whether `e` is a `ReportError`, from this build of the package or the other one (ESM or CommonJS).
 *
 * @example
 * try { parseReport(text) } catch (e) { if (isReportError(e) && e.code === 'EMPTY') skip() }
 */
export function isReportError(e: unknown): e is ReportError {
  return typeof e === 'object' && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * Turns anything thrown while parsing one input into an error record; unknown errors become `INTERNAL`.
 *
 * @example
 * toErrorRecord('a.doc', new ReportError('UNSUPPORTED_FORMAT', 'save it as .docx'));
 * // { file: 'a.doc', ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: 'save it as .docx' } }
 */
export function toErrorRecord(file: string | undefined, err: unknown): ErrorRecord {
  const error = isReportError(err)
    ? { code: err.code, message: err.message }
    : {
        code: 'INTERNAL' as const,
        message: `unexpected failure (${err instanceof Error ? err.message : String(err)}); please report it with the input`,
      };
  return file === undefined ? { ok: false, error } : { file, ok: false, error };
}
