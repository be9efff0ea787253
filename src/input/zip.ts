// A zip's central directory, read by hand before any unzip library sees the file, so that a zip
// bomb is refused from its declared sizes and a lying entry is caught while inflating under a cap.
import { nodeZlib } from '../builtins.js';
import { ReportError } from '../errors.js';
import { overLimit, raise } from './limits.js';

/** One file in a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 100_000;

const damaged = (what: string, why: string) =>
  new ReportError('CORRUPT_FILE', `the ${what} is damaged or truncated (${why}); download it again, or open it in Word or WPS and save it again`);

/**
 * Lists the entries of a zip from its central directory. Throws `CORRUPT_FILE` when the directory
 * is missing (a truncated download) or points outside the file.
 *
 * @example
 * readZipEntries(docxBytes).map((e) => e.name); // ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', …]
 */
export function readZipEntries(bytes: Uint8Array, what = 'DOCX'): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw damaged(what, 'the zip directory at its end is missing');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const z64 = zip64Directory(view, eocd);
    if (!z64) throw damaged(what, 'the zip64 directory is missing');
    ({ count, offset } = z64);
  }
  if (count > MAX_ENTRIES) throw new ReportError('TOO_LARGE', `the zip holds ${count} files, over the limit of ${MAX_ENTRIES}; this is no document`);
  const entries: ZipEntry[] = [];
  let p = offset;
  const utf8 = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) throw damaged(what, 'a zip directory entry is out of place');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > view.byteLength) throw damaged(what, 'a zip directory entry runs past the end');
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(entry, view, p + 46 + nameLength, extraLength);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// The end-of-central-directory record sits in the last 22 bytes, or before a comment of ≤ 64 KiB.
function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= stop; p--) if (view.getUint32(p, true) === EOCD) return p;
  return -1;
}

function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) return null;
  return { count: Number(view.getBigUint64(at + 32, true)), offset: Number(view.getBigUint64(at + 48, true)) };
}

// Sizes of 0xFFFFFFFF mean "see the zip64 extra field", in the order the spec lists them.
function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = q + 8 <= p + 4 + size ? Number(view.getBigUint64(q, true)) : NaN;
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}

/**
 * Refuses a zip whose files would inflate past `limit` bytes: first from the declared sizes, then by
 * inflating each entry under a cap of its declared size, so a directory that lies is caught too.
 * Throws `TOO_LARGE`, `CORRUPT_FILE` or `UNSUPPORTED_FORMAT` (encrypted or exotic compression).
 *
 * @example
 * checkZipSize(docxBytes, readZipEntries(docxBytes), 200 * 1024 * 1024);
 */
export function checkZipSize(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number, what = 'DOCX'): void {
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (!(declared <= limit)) {
    throw new ReportError(
      'TOO_LARGE',
      `the ${what} would unpack to ${overLimit(declared, limit)} (a zip bomb?); ${raise('maxDocxUncompressed')} if it is a real report`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (entry.flags & 1) {
      throw new ReportError('UNSUPPORTED_FORMAT', `the ${what} is password-protected; open it with the password and save it without one`);
    }
    const at = entry.localHeaderOffset;
    if (!(at + 30 <= view.byteLength) || view.getUint32(at, true) !== LOCAL) throw damaged(what, `the entry ${entry.name} is out of place`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (!(end <= view.byteLength)) throw damaged(what, `the entry ${entry.name} runs past the end of the file`);
    const data = bytes.subarray(start, end);
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) size = inflatedSize(data, entry, what);
    else throw new ReportError('UNSUPPORTED_FORMAT', `the ${what} uses zip compression method ${entry.method}, which Word never writes; open it in Word or WPS and save it again`);
    if (size !== entry.uncompressedSize) throw damaged(what, `the entry ${entry.name} is not the size it declares`);
  }
}

function inflatedSize(data: Uint8Array, entry: ZipEntry, what: string): number {
  try {
    return nodeZlib().inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 }).length;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ReportError('TOO_LARGE', `the ${what}'s entry ${entry.name} inflates to more than the ${entry.uncompressedSize} bytes it declares: a zip bomb; it was not unpacked`);
    }
    throw damaged(what, `the entry ${entry.name} does not inflate`);
  }
}
