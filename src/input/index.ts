// Reading inputs: bytes → text, whatever the container (plain text in any encoding, HTML, DOCX, PDF).
import type { Format, Warning } from '../schema.js';

/** Limits that protect a batch from one bad input. */
export interface InputOptions {
  /** Largest input accepted, in bytes. Default 50 MiB. */
  maxBytes?: number;
  /** Longest decoded text accepted, in UTF-16 units. Default 5,000,000. */
  maxTextLength?: number;
  /** Largest total uncompressed size of a DOCX (zip-bomb guard). Default 200 MiB. */
  maxDocxUncompressed?: number;
  /** The file name, if any: a hint only; the format is told from the bytes. */
  filename?: string;
}

/** Text decoded from an input, ready for parsing. Offsets of the report point into `text`. */
export interface Decoded {
  text: string;
  format: Format;
  encoding: string;
  warnings: Warning[];
}

export const DEFAULT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxTextLength: 5_000_000,
  maxDocxUncompressed: 200 * 1024 * 1024,
} as const;

/** Decodes bytes of any supported format. Throws ReportError. STUB: UTF-8 text only. */
export async function decodeInput(bytes: Uint8Array, _options: InputOptions = {}): Promise<Decoded> {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, format: 'text', encoding: 'utf-8', warnings: [] };
}

/** Reads and decodes a file. Throws ReportError (NOT_FOUND, IS_DIRECTORY, UNREADABLE, TOO_LARGE, ...). STUB. */
export async function readInputFile(path: string, options: InputOptions = {}): Promise<Decoded> {
  const { readFile } = await import('node:fs/promises');
  return decodeInput(await readFile(path), { ...options, filename: path });
}
