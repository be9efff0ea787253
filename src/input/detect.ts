// Telling the container from the bytes: magic numbers first, the file name never decides.
// Archived reports come renamed, with wrong extensions, or as downloads without one.

/** What the first bytes say the input is. `text` means: decode it, then look for markup. */
export type Container =
  | { kind: 'pdf' }
  | { kind: 'zip' }
  | { kind: 'ole2' }
  | { kind: 'unsupported'; what: string; advice: string }
  | { kind: 'text' };

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const OCR = 'run OCR on it first and pass the resulting text';
const UNPACK = 'unpack it and pass the report inside';

// Formats we recognise but do not read. Images and archives are binary anyway, but naming them
// tells the user what to do instead of a bare "binary".
const UNSUPPORTED: readonly { magic: readonly number[]; at?: number; what: string; advice: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image', advice: OCR },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image', advice: OCR },
  { magic: ascii('GIF8'), what: 'a GIF image', advice: OCR },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image', advice: OCR },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image', advice: OCR },
  { magic: ascii('WEBP'), at: 8, what: 'a WebP image', advice: OCR },
  { magic: [0x1f, 0x8b], what: 'a gzip archive', advice: UNPACK },
  { magic: ascii('Rar!\x1a\x07'), what: 'a RAR archive', advice: UNPACK },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive', advice: UNPACK },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive', advice: UNPACK },
  { magic: ascii('{\\rtf'), what: 'an RTF document', advice: 'open it in Word or WPS and save it as .docx' },
];

/**
 * Tells the container from the magic numbers at the start of the bytes.
 *
 * @example
 * sniffContainer(new TextEncoder().encode('%PDF-1.7\n...')); // { kind: 'pdf' }
 * sniffContainer(new TextEncoder().encode('一、基本情况'));  // { kind: 'text' }
 */
export function sniffContainer(bytes: Uint8Array): Container {
  // PDF readers accept junk before the header (the spec allows it within the first 1024 bytes).
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole2' };
  for (const u of UNSUPPORTED) if (startsWith(bytes, u.magic, u.at)) return { kind: 'unsupported', what: u.what, advice: u.advice };
  if (isMhtml(bytes)) {
    return { kind: 'unsupported', what: 'a saved web archive (.mht)', advice: 'open it in a browser and save the page as .html' };
  }
  return { kind: 'text' };
}

/** Finds an ASCII needle in `bytes[from, to)`; -1 when absent. */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const end = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** Finds the last occurrence of an ASCII needle at or after `from`; -1 when absent. */
export function lastIndexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  outer: for (let i = bytes.length - needle.length; i >= Math.max(0, from); i--) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

function isMhtml(bytes: Uint8Array): boolean {
  // A MIME message opens with a header line (`From: `, `MIME-Version: `): a letter first. Most inputs stop here.
  const first = bytes[0] ?? 0;
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return false;
  const head = latin1(bytes.subarray(0, 2048)).toLowerCase();
  return /^(from|mime-version|subject|date|content-type|x-[\w-]+):/m.test(head) && head.includes('multipart/related');
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

// Tags that, opening the document, make it HTML (after the WHATWG MIME sniffing list).
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link|center|span)[\s>/]/i;

/**
 * True when decoded text is an HTML page or fragment rather than plain text with a stray `<`.
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html>…'); // true
 * looksLikeHtml('处罚金额<5万元');          // false
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  if (HTML_START.test(head)) return true;
  // Pages saved with something before the markup (a BOM-less banner, a server's stray line).
  if (/<html[\s>]/i.test(head) && /<\/?(?:body|head|p|div)[\s>]/i.test(head)) return true;
  // A fragment: many paragraph or line-break tags in otherwise plain text.
  const tags = head.match(/<\/?(?:p|br|div|span|td|tr|li|h[1-6])(?:\s[^<>]*)?\/?>/gi)?.length ?? 0;
  return tags >= 3 && tags * 40 >= head.split('\n').length;
}
