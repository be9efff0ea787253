// The pipeline: decode → normalise → outline (chrome, headings, facts) → tables and notes → metrics
// (prose figures outside tables and notes, table figures from their columns) → summary → validate.
import { ReportError } from './errors.js';
import { DEFAULT_LIMITS, decodeInput, readInputFile, type Decoded, type InputOptions } from './input/index.js';
import { extractFromNormalized, inOrder } from './metrics/extract.js';
import { normalize } from './normalize.js';
import { findChrome, findFacts, findHeadings } from './outline/index.js';
import { ReportSchema, type Report } from './schema.js';
import { crossCheck, summarize } from './summary.js';
import { readTables, tableMetrics, toTables } from './tables/index.js';

export interface ParseOptions extends InputOptions {
  /** Put into the record's `file` field. */
  file?: string;
  /** Return the decoded text that offsets point into, as `text`. Default false. */
  includeText?: boolean;
}

/**
 * Parses one report into the contract's record: title, year, issuer, headings, metrics and summary.
 * Text gives the record at once; bytes (any encoding, HTML, DOCX, PDF) give a promise of it.
 * Throws `ReportError` for input that is no report (empty, binary, too large, ...).
 *
 * @example
 * const r = parseReport('2024年共办理行政处罚案件4起，罚没金额10.5万元。');
 * r.summary['penalty.cases']?.value; // 4
 * r.summary['penalty.fines']?.value; // 105000
 */
export function parseReport(text: string, options?: ParseOptions): Report;
export function parseReport(bytes: Uint8Array, options?: ParseOptions): Promise<Report>;
export function parseReport(input: string | Uint8Array, options: ParseOptions = {}): Report | Promise<Report> {
  if (typeof input === 'string') {
    return parseDecoded({ text: stripBom(input), format: 'text', encoding: 'utf-16', warnings: [] }, options);
  }
  if (input instanceof Uint8Array) return decodeInput(input, options).then((d) => parseDecoded(d, options));
  throw new ReportError('BINARY', `parseReport takes a string or a Uint8Array, not ${typeof input}`);
}

/**
 * Reads a file (text in any encoding, HTML, DOCX or PDF) and parses it. The record's `file` is the path.
 *
 * @example
 * const r = await parseFile('fixtures/seeds/001_3770c9764d7b996a.txt');
 * r.issuer; // '西青区教育局'
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Report> {
  const decoded = await readInputFile(path, options);
  return parseDecoded(decoded, { file: path, ...options });
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

function parseDecoded(decoded: Decoded, options: ParseOptions): Report {
  const source = decoded.text;
  const maxText = options.maxTextLength ?? DEFAULT_LIMITS.maxTextLength;
  if (source.length > maxText) {
    throw new ReportError('TOO_LARGE', `the text is ${source.length} characters, over the limit of ${maxText}; raise maxTextLength (--max-text-length) if it is a real report`);
  }
  if (!source.trim()) throw new ReportError('EMPTY', 'the input has no text; check that the file is the report and not an empty export');
  if (!/[\u3400-\u9fff]/.test(source)) {
    throw new ReportError('NOT_A_REPORT', 'the text has no Chinese characters; this tool reads Chinese reports (check the encoding if the file should be one)');
  }

  const norm = normalize(source);
  const chrome = findChrome(norm.text);
  const headings = findHeadings(norm.text, chrome);
  const facts = findFacts(norm.text, chrome);
  const tables = readTables(norm, chrome);
  const prose = extractFromNormalized(norm, { chrome, headings, year: facts.year, skip: tables.skip });
  const metrics = inOrder(prose, tableMetrics(norm, tables.tables, { headings, year: facts.year }));
  const summary = summarize(metrics, facts.year);

  const report: Report = {
    ...(options.file !== undefined ? { file: options.file } : {}),
    ok: true,
    title: facts.title,
    year: facts.year,
    issuer: facts.issuer,
    script: norm.script,
    format: decoded.format,
    encoding: decoded.encoding,
    headings,
    tables: toTables(norm, tables.tables),
    metrics,
    summary,
    warnings: [...decoded.warnings, ...tables.warnings, ...crossCheck(metrics, summary, facts.year)],
    ...(options.includeText ? { text: source } : {}),
  };
  return ReportSchema.parse(report);
}
