// Reading inputs: bytes → text, whatever the container (plain text in any encoding, HTML, DOCX, PDF).
// The container is told from the bytes (./detect.ts), never from the file name. Nothing in an input
// is executed or fetched: no scripts, no linked images, no remote fonts.
import { ReportError } from '../errors.js';
import type { Format, Warning } from '../schema.js';
import { sniffContainer, looksLikeHtml } from './detect.js';
import { docxToText } from './docx.js';
import { decodeText } from './encoding.js';
import { errorPageReason, pageTitle } from './error-page.js';
import { readBytes, readBytesSync } from './files.js';
import { htmlToText } from './html.js';
import { checkByteSize, checkTextLength, resolveLimits, type InputOptions } from './limits.js';
import { pdfToText } from './pdf.js';

export { DEFAULT_LIMITS, type InputOptions } from './limits.js';

/** Text decoded from an input, ready for parsing. Offsets of the report point into `text`. */
export interface Decoded {
  text: string;
  format: Format;
  /** The text encoding found (`utf-8`, `gb18030`, `big5`, `utf-16le`, …); `utf-8` for DOCX, `unicode` for PDF. */
  encoding: string;
  warnings: Warning[];
}

/**
 * Decodes the bytes of a report in any supported container: text in UTF-8, UTF-16, GB18030/GBK or
 * Big5; an HTML page (chrome removed); a DOCX; a PDF with a text layer. Throws ReportError
 * (EMPTY, BINARY, UNDECODABLE, UNSUPPORTED_FORMAT, CORRUPT_FILE, NO_TEXT, TOO_LARGE, ERROR_PAGE).
 * The bytes are copied before anything else happens, so the caller may reuse its buffer at once.
 *
 * @example
 * const d = await decodeInput(iconv.encode('一、基本情况', 'gbk'));
 * d.text;     // '一、基本情况'
 * d.encoding; // 'gb18030' (possibly with an ENCODING_GUESSED warning: six characters are little to go on)
 */
export function decodeInput(bytes: Uint8Array, options: InputOptions = {}): Promise<Decoded> {
  // Copied now, before the first await: the caller's buffer is never read after this returns.
  return decodeOwnBytes(bytes.slice(), options);
}

/** `decodeInput` for bytes nobody else holds (read from a file here): no copy. */
async function decodeOwnBytes(bytes: Uint8Array, options: InputOptions): Promise<Decoded> {
  const limits = resolveLimits(options);
  checkByteSize(bytes.length, limits);
  if (bytes.length === 0) throw emptyError();
  const container = sniffContainer(bytes);
  let decoded: Decoded;
  switch (container.kind) {
    case 'pdf': {
      const { text, warnings } = await pdfToText(bytes, limits);
      decoded = { text, format: 'pdf', encoding: 'unicode', warnings };
      break;
    }
    case 'zip':
      decoded = { text: await docxToText(bytes, limits), format: 'docx', encoding: 'utf-8', warnings: [] };
      break;
    case 'ole2':
      throw new ReportError(
        'UNSUPPORTED_FORMAT',
        'the file is a legacy Office document (.doc, .xls or .wps) or a password-protected one; open it in Word or WPS and save it as .docx (without a password)',
      );
    case 'unsupported':
      throw new ReportError('UNSUPPORTED_FORMAT', `the file is ${container.what}; ${container.advice}`);
    case 'text': {
      const { text, encoding, warnings } = await decodeText(bytes);
      const html = looksLikeHtml(text);
      decoded = html
        ? { text: await htmlToText(text), format: 'html', encoding, warnings }
        : { text, format: 'text', encoding, warnings };
      const reason = errorPageReason(decoded.text, html ? pageTitle(text) : '');
      if (reason !== null) {
        throw new ReportError(
          'ERROR_PAGE',
          `the ${html ? 'page' : 'text'} is an error, login, firewall or captcha page (it says “${reason}”), not the report; download the report again`,
        );
      }
    }
  }
  checkTextLength(decoded.text.length, limits);
  if (!decoded.text.trim()) throw emptyError();
  return decoded;
}

const emptyError = () => new ReportError('EMPTY', 'the input has no text; check that the file is the report and not an empty export');

/**
 * Reads and decodes a file; the size is checked before reading. Throws ReportError (NOT_FOUND,
 * IS_DIRECTORY, NOT_A_FILE, UNREADABLE, TOO_LARGE, and every code of `decodeInput`).
 *
 * @example
 * const d = await readInputFile('fixtures/seeds/002_a551f69b2ef021ea.txt');
 * d.format; // 'text'
 */
export async function readInputFile(path: string, options: InputOptions = {}): Promise<Decoded> {
  const bytes = await readBytes(path, resolveLimits(options));
  return decodeOwnBytes(bytes, { ...options, filename: path });
}

/**
 * `readInputFile` in two steps, the file read synchronously: for worker threads, which block nobody and
 * want to know the bytes before the work (a PDF, a big file) begins. Throws ReportError as readInputFile.
 *
 * @example
 * const { bytes, decode } = readInputFileInThread('fixtures/seeds/002_a551f69b2ef021ea.txt');
 * const d = await decode();
 */
export function readInputFileInThread(path: string, options: InputOptions = {}): { bytes: Uint8Array; decode: () => Promise<Decoded> } {
  const bytes = readBytesSync(path, resolveLimits(options));
  return { bytes, decode: () => decodeOwnBytes(bytes, { ...options, filename: path }) };
}
