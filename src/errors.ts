import type { ErrorCode, ErrorRecord } from './schema.js';

/**
 * The one error type the library throws for bad input. `code` is stable and documented;
 * `message` says what to do about it.
 *
 * @example
 * try { await parseFile('report.doc') } catch (e) { if (e instanceof ReportError) console.log(e.code) }
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Turns anything thrown while parsing one input into an error record; unknown errors become `INTERNAL`.
 *
 * @example
 * toErrorRecord('a.doc', new ReportError('UNSUPPORTED_FORMAT', 'save it as .docx'));
 * // { file: 'a.doc', ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: 'save it as .docx' } }
 */
export function toErrorRecord(file: string | undefined, err: unknown): ErrorRecord {
  const error =
    err instanceof ReportError
      ? { code: err.code, message: err.message }
      : {
          code: 'INTERNAL' as const,
          message: `unexpected failure (${err instanceof Error ? err.message : String(err)}); please report it with the input`,
        };
  return file === undefined ? { ok: false, error } : { file, ok: false, error };
}
