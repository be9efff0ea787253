// The pipeline: decode → normalise → document (chrome, headings, tables and notes, then the facts, which pass
// over names in tables) → metrics (prose figures outside tables and notes, table figures from their columns)
// → summary → the record, built in the schema's shape.
import { ReportError } from './errors.js';
import { DEFAULT_LIMITS, decodeInput, readInputFile, type Decoded, type InputOptions } from './input/index.js';
import { raise } from './input/limits.js';
import { extractFromNormalized, inOrder } from './metrics/extract.js';
import { normalize } from './normalize.js';
import { findChrome, findFacts, findHeadings, findReportStarts } from './outline/index.js';
import { splitLines } from './outline/ranges.js';
import { profileReport } from './profile.js';
import type { Report } from './schema.js';
import { crossCheck, summarize } from './summary.js';
import { readTables, tableMetrics, toTables } from './tables/index.js';

export interface ParseOptions extends InputOptions {
  /** Put into the record's `file` field. */
  file?: string;
  /** Return the decoded text that offsets point into, as `text`. Default false. */
  includeText?: boolean;
}

/**
 * Parses the text of one report into the contract's record: title, year, issuer, headings, metrics and
 * summary. Synchronous. For bytes (any encoding, HTML, DOCX, PDF) use `parseBytes`, for a file `parseFile`.
 * Throws `ReportError` for text that is no report (empty, too long, no Chinese), `TypeError` for an
 * argument of the wrong type.
 *
 * @example
 * const r = parseReport('2024年共办理行政处罚案件4起，罚没金额10.5万元。');
 * r.summary['penalty.cases']?.value; // 4
 * r.summary['penalty.fines']?.value; // 105000
 */
export function parseReport(text: string, options?: ParseOptions): Report {
  if (typeof text !== 'string') {
    const hint = (text as unknown) instanceof Uint8Array ? '; for bytes use parseBytes, for a file parseFile' : '';
    throw new TypeError(`parseReport takes a string, not ${describe(text)}${hint}`);
  }
  const opts = checkOptions('parseReport', options);
  return parseDecoded({ text: stripBom(text), format: 'text', encoding: 'utf-16', warnings: [] }, opts);
}

/**
 * Parses a report given as bytes: text in any encoding, an HTML page, a DOCX or a PDF, told from the bytes.
 * A Node `Buffer` is a `Uint8Array`. Rejects with `ReportError` for input that is no report (binary,
 * undecodable, too large, ...), and with `TypeError` for an argument of the wrong type.
 *
 * @example
 * const r = await parseBytes(readFileSync('report.pdf'), { file: 'report.pdf' });
 * r.format; // 'pdf'
 */
export async function parseBytes(bytes: Uint8Array, options?: ParseOptions): Promise<Report> {
  if (!(bytes instanceof Uint8Array)) {
    const hint = typeof bytes === 'string' ? '; for text use parseReport' : '';
    throw new TypeError(`parseBytes takes a Uint8Array (or Buffer), not ${describe(bytes)}${hint}`);
  }
  const opts = checkOptions('parseBytes', options);
  return parseDecoded(await decodeInput(bytes, opts), opts);
}

/**
 * Reads a file (text in any encoding, HTML, DOCX or PDF) and parses it. The record's `file` is the path.
 * Rejects with `ReportError` for a missing, unreadable or unparsable file, and with `TypeError` for an
 * argument of the wrong type.
 *
 * @example
 * const r = await parseFile('fixtures/seeds/001_3770c9764d7b996a.txt');
 * r.issuer; // '西青区教育局'
 */
export async function parseFile(path: string, options?: ParseOptions): Promise<Report> {
  if (typeof path !== 'string') throw new TypeError(`parseFile takes a path as a string, not ${describe(path)}`);
  const opts = checkOptions('parseFile', options);
  const decoded = await readInputFile(path, opts);
  return parseDecoded(decoded, { file: path, ...opts });
}

function checkOptions(fn: string, options: unknown): ParseOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object, not ${describe(options)}`);
  }
  return options as ParseOptions;
}

const describe = (x: unknown): string =>
  x === null ? 'null' : Array.isArray(x) ? 'an array' : x instanceof Uint8Array ? 'a Uint8Array' : typeof x;

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** The pipeline after decoding: decoded text → record. Internal (the CLI's workers call it after reading). */
export function parseDecoded(decoded: Decoded, options: ParseOptions): Report {
  const source = decoded.text;
  const maxText = options.maxTextLength ?? DEFAULT_LIMITS.maxTextLength;
  if (source.length > maxText) {
    throw new ReportError('TOO_LARGE', `the text is ${source.length.toLocaleString('en-US')} characters, over the limit of ${maxText.toLocaleString('en-US')}; ${raise('maxTextLength')} if it is a real report`);
  }
  if (!source.trim()) throw new ReportError('EMPTY', 'the input has no text; check that the file is the report and not an empty export');
  if (!/[\u3400-\u9fff]/.test(source)) {
    throw new ReportError('NOT_A_REPORT', 'the text has no Chinese characters; this tool reads Chinese reports (check the encoding if the file should be one)');
  }

  const norm = normalize(source);
  // The lines are split once; every step that reads lines is handed them.
  const lines = splitLines(norm.text);
  const chrome = findChrome(norm.text, lines);
  const headings = findHeadings(norm.text, chrome, lines);
  const tables = readTables(norm, chrome, lines);
  const facts = findFacts(norm.text, chrome, lines, tables.skip);
  const reportStarts = findReportStarts(norm.text, chrome, lines);
  const prose = extractFromNormalized(norm, { chrome, headings, year: facts.year, reportStarts, skip: tables.skip });
  const metrics = inOrder(prose, tableMetrics(norm, tables.tables, { headings, year: facts.year, reportStarts }));
  const summary = summarize(metrics, facts.year);

  const profile = profileReport(norm.text, chrome, headings, facts);

  // The record is built field by field in the schema's order, with no array shared by two fields, so it
  // is what ReportSchema.parse would return (test/record-shape.test.ts checks every fixture's record
  // against it). Parsing each record again cost a tenth of the parse.
  return {
    ...(options.file !== undefined ? { file: options.file } : {}),
    ok: true,
    docId: profile.docId,
    title: facts.title,
    year: facts.year,
    issuer: facts.issuer,
    reportType: profile.reportType,
    publisher: profile.publisher,
    published: profile.published,
    region: profile.region,
    regionCandidates: [...profile.regionCandidates],
    bodyType: profile.bodyType,
    script: norm.script,
    format: decoded.format,
    encoding: decoded.encoding,
    headings: headings.map((h) => ({ level: h.level, marker: h.marker, title: h.title, start: norm.toSource(h.start), end: norm.toSource(h.end) })),
    tables: toTables(norm, tables.tables),
    metrics,
    summary,
    warnings: [...decoded.warnings, ...tables.warnings, ...crossCheck(metrics, summary, facts.year)].map((w) => ({ code: w.code, message: w.message })),
    ...(options.includeText ? { text: source } : {}),
  };
}
