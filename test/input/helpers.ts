// Shared fixtures for the input tests: the seeds, their renderings, and hand-made bad files.
import { readFileSync, readdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { PDFDocument, rgb } from 'pdf-lib';
import { expect } from 'vitest';
import { ReportError } from '../../src/errors.js';
import type { ErrorCode } from '../../src/schema.js';
import { fitsBig5, renderAll, type Variant } from '../../scripts/render-containers.js';

const SEED_DIR = new URL('../../fixtures/seeds/', import.meta.url);

export interface Seed {
  name: string;
  text: string;
  traditional: boolean;
}

/** The five seed reports, in name order. */
export const seeds: readonly Seed[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, SEED_DIR), 'utf8');
    return { name, text, traditional: fitsBig5(text) };
  });

export const seed = (prefix: string): Seed => {
  const found = seeds.find((s) => s.name.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
};

const rendered = new Map<string, Promise<Variant[]>>();
/** Every container variant of a seed, rendered once per test file. */
export const variantsOf = (s: Seed) => {
  let v = rendered.get(s.name);
  if (!v) rendered.set(s.name, (v = renderAll(s.text, { traditional: s.traditional })));
  return v;
};

/** Lines of text with whitespace runs folded and blank lines dropped: layout aside, the same text. */
export const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Text with all white space removed, for PDF where a wrapped line may lose a space at the break. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Asserts that a promise rejects with a ReportError of the code, and returns it. */
export async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<ReportError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected ${code}`).toBeInstanceOf(ReportError);
  expect((err as ReportError).code).toBe(code);
  expect((err as ReportError).message.length).toBeGreaterThan(20);
  return err as ReportError;
}

/** A one-page PDF with only a drawn rectangle: what a scan without OCR looks like to a text extractor. */
export async function pdfWithoutText(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 72, y: 72, width: 451, height: 698, color: rgb(0.9, 0.9, 0.9) });
  return doc.save();
}

/** A zip from named parts (deflated), with the option to lie about sizes in the central directory. */
export function makeZip(parts: Record<string, string | Uint8Array>, options: { declare?: (name: string, real: number) => number } = {}): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const packed = deflateRawSync(data);
    const size = options.declare?.(name, data.length) ?? data.length;
    const nameBytes = new TextEncoder().encode(name);
    const head = new DataView(new ArrayBuffer(30));
    head.setUint32(0, 0x04034b50, true);
    head.setUint16(4, 20, true);
    head.setUint16(8, 8, true);
    head.setUint32(18, packed.length, true);
    head.setUint32(22, size, true);
    head.setUint16(26, nameBytes.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, 8, true);
    dir.setUint32(20, packed.length, true);
    dir.setUint32(24, size, true);
    dir.setUint16(28, nameBytes.length, true);
    dir.setUint32(42, offset, true);
    local.push(new Uint8Array(head.buffer), nameBytes, packed);
    central.push(new Uint8Array(dir.buffer), nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(parts).length, true);
  end.setUint16(10, Object.keys(parts).length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  return concat([...local, ...central, new Uint8Array(end.buffer)]);
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The minimal parts of a DOCX that mammoth reads: content types, the package relation, the body. */
export function minimalDocxParts(bodyXml: string): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`,
  };
}

/** A WordprocessingML paragraph. */
export const wp = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export { prng } from '../../scripts/prng.js';
