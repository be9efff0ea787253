// DOCX → text through mammoth (loaded on first use), after our own zip checks. mammoth's HTML goes
// through the HTML path, so headings, paragraphs, list items and table cells stay lines.
import { ReportError } from '../errors.js';
import { htmlFragmentToText } from './html.js';
import { overLimit, raise, type Limits } from './limits.js';
import { checkZipSize, readZipEntries, type ZipEntry } from './zip.js';

type Mammoth = typeof import('mammoth');
let mammoth: Promise<Mammoth> | null = null;
const loadMammoth = () => (mammoth ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth));

/**
 * Extracts the text of a DOCX (Word 2007+, also as written by WPS). Throws `UNSUPPORTED_FORMAT`
 * for other zips (XLSX, PPTX, ODT, OFD, plain archives), `CORRUPT_FILE` for a truncated or
 * damaged file and `TOO_LARGE` for a zip bomb or more XML than `maxDocxXml`.
 *
 * @example
 * await docxToText(await readFile('report.docx'), resolveLimits()); // '西青区教育局2023年…\n一、基本情况\n…'
 */
export async function docxToText(bytes: Uint8Array, limits: Limits): Promise<string> {
  const entries = readZipEntries(bytes, 'DOCX (zip) file');
  refuseOtherZips(entries);
  checkXmlSize(entries, limits.maxDocxXml);
  checkZipSize(bytes, entries, limits.maxDocxUncompressed);
  const lib = await loadMammoth();
  let html: string;
  try {
    const result = await lib.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are never read, and linked files never fetched: only the text matters.
        convertImage: lib.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ReportError('CORRUPT_FILE', `the DOCX is damaged (${why}); open it in Word or WPS and save it again`, { cause: err });
  }
  return await htmlFragmentToText(html);
}

// mammoth holds the whole XML tree of the document, at about 100 bytes of memory per byte of XML (30 MB of
// XML took 2.7 GB and 23 s; 180 MB ran the process out of memory), so the XML it would read is measured
// first, from the zip directory. Its sizes are checked against the bytes by checkZipSize.
function checkXmlSize(entries: readonly ZipEntry[], limit: number): void {
  const xml = entries.filter((e) => /\.(?:xml|rels)$/i.test(e.name)).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (xml > limit) {
    throw new ReportError(
      'TOO_LARGE',
      `the XML of the DOCX is ${overLimit(xml, limit)}, more than can be converted safely; ${raise('maxDocxXml')} if it is a real report (converting takes about 100 bytes of memory per byte of XML), or save it as PDF`,
    );
  }
}

// Zips that are documents of another kind get advice of their own.
function refuseOtherZips(entries: readonly ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (entries.some((e) => e.name.startsWith('word/'))) return;
  const unsupported = (what: string, advice: string) => new ReportError('UNSUPPORTED_FORMAT', `the file is ${what}; ${advice}`);
  if (names.has('xl/workbook.xml')) throw unsupported('an Excel workbook (.xlsx)', 'copy the report text into a .docx or .txt file');
  if (names.has('ppt/presentation.xml')) throw unsupported('a PowerPoint presentation (.pptx)', 'export it as PDF and parse that');
  if (names.has('OFD.xml')) throw unsupported('an OFD document', 'export it as PDF (e.g. with the 数科 or 福昕 OFD reader) and parse that');
  if (names.has('content.xml') && names.has('mimetype')) throw unsupported('an OpenDocument file (.odt)', 'open it and save it as .docx');
  throw unsupported('a zip archive, not a Word document', 'unpack it and pass the report inside');
}
