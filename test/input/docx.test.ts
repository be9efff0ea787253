import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/input/index.js';
import { readZipEntries } from '../../src/input/zip.js';
import { renderDocx } from '../../scripts/render-containers.js';
import { lines, makeZip, minimalDocxParts, rejectsWith, seed, seeds, wp } from './helpers.js';

describe('DOCX', () => {
  for (const s of seeds) {
    it(`${s.name}: the seed's lines`, async () => {
      const d = await decodeInput(await renderDocx(s.text));
      expect([d.format, d.encoding, d.warnings]).toEqual(['docx', 'utf-8', []]);
      expect(lines(d.text)).toEqual(lines(s.text));
    });
  }

  it('table cells are lines', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun('行政执法统计表')] }),
          new Table({ rows: [new TableRow({ children: [cell('项目'), cell('数量')] }), new TableRow({ children: [cell('行政处罚案件'), cell('4起')] })] }),
        ],
      }],
    });
    const d = await decodeInput(new Uint8Array(await Packer.toBuffer(doc)));
    expect(d.text.split('\n')).toEqual(['行政执法统计表', '项目', '数量', '行政处罚案件', '4起']);
  });

  it('a table of figures is pipe rows, merged cells as empty cells', async () => {
    const cell = (t: string, span: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(t)], ...span });
    const doc = new Document({
      sections: [{
        children: [
          new Table({
            rows: [
              new TableRow({ children: [cell('行政许可实施数量(件)', { columnSpan: 2 }), cell('备注', { rowSpan: 2 })] }),
              new TableRow({ children: [cell('申请数量'), cell('许可数量')] }),
              new TableRow({ children: [cell('3862'), cell('3790'), cell('无')] }),
            ],
          }),
        ],
      }],
    });
    const d = await decodeInput(new Uint8Array(await Packer.toBuffer(doc)));
    expect(d.text.split('\n')).toEqual(['| 行政许可实施数量(件) |  | 备注 |', '| 申请数量 | 许可数量 |  |', '| 3862 | 3790 | 无 |']);
  });

  it('a minimal hand-made DOCX', async () => {
    const d = await decodeInput(makeZip(minimalDocxParts(wp('一、基本情况') + wp('共办理行政处罚案件4起。'))));
    expect(d.text).toBe('一、基本情况\n共办理行政处罚案件4起。');
  });

  it('reads the zip directory', async () => {
    const names = readZipEntries(await renderDocx('标题\n正文')).map((e) => e.name);
    expect(names).toContain('word/document.xml');
  });
});

describe('zip bombs', () => {
  const body = minimalDocxParts(wp('一、基本情况'));
  it('declared sizes over maxDocxUncompressed are refused before unpacking', async () => {
    const bomb = makeZip({ ...body, 'word/media/image1.png': new Uint8Array(1000) }, { declare: (n, real) => (n.endsWith('.png') ? 300 * 1024 * 1024 : real) });
    const err = await rejectsWith(decodeInput(bomb), 'TOO_LARGE');
    expect(err.message).toMatch(/zip bomb.*maxDocxUncompressed/);
  });
  it('an honest but huge part is refused under a lower limit', async () => {
    const zeros = makeZip({ ...body, 'word/media/zeros.bin': new Uint8Array(4 * 1024 * 1024) });
    expect(zeros.length).toBeLessThan(20_000);
    await rejectsWith(decodeInput(zeros, { maxDocxUncompressed: 1024 * 1024 }), 'TOO_LARGE');
  });
  it('a part that inflates past the size it declares is caught while inflating, under a cap', async () => {
    const liar = makeZip({ ...body, 'word/styles.xml': new Uint8Array(8 * 1024 * 1024) }, { declare: (n, real) => (n === 'word/styles.xml' ? 100 : real) });
    const err = await rejectsWith(decodeInput(liar), 'TOO_LARGE');
    expect(err.message).toMatch(/inflates to more than/);
  });
});

describe('damaged and other zips', () => {
  it('a truncated DOCX is CORRUPT_FILE', async () => {
    const bytes = await renderDocx(seed('001').text);
    for (const keep of [0.3, 0.6, 0.95]) {
      const err = await rejectsWith(decodeInput(bytes.subarray(0, Math.floor(bytes.length * keep))), 'CORRUPT_FILE');
      expect(err.message).toMatch(/download it again|save it again/);
    }
  });
  it('flipped bytes in the compressed body are CORRUPT_FILE', async () => {
    const bytes = (await renderDocx(seed('001').text)).slice();
    const doc = readZipEntries(bytes).find((e) => e.name === 'word/document.xml')!;
    for (let i = 0; i < 40; i++) bytes[doc.localHeaderOffset + 80 + i * 7]! ^= 0x5a;
    await rejectsWith(decodeInput(bytes), 'CORRUPT_FILE');
  });
  it('a document.xml that is no XML is CORRUPT_FILE', async () => {
    const parts = { ...minimalDocxParts(''), 'word/document.xml': '<w:document><w:body><w:p>未闭合' };
    await rejectsWith(decodeInput(makeZip(parts)), 'CORRUPT_FILE');
  });
  it.each([
    [{ 'xl/workbook.xml': '<workbook/>' }, /Excel/],
    [{ 'ppt/presentation.xml': '<p/>' }, /PowerPoint/],
    [{ 'OFD.xml': '<ofd:OFD/>' }, /OFD/],
    [{ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }, /OpenDocument/],
    [{ 'report.txt': '一、基本情况' }, /zip archive.*unpack/],
  ])('other zips are UNSUPPORTED_FORMAT (%#)', async (parts, message) => {
    const err = await rejectsWith(decodeInput(makeZip(parts)), 'UNSUPPORTED_FORMAT');
    expect(err.message).toMatch(message);
  });
  it('a password-protected (encrypted) zip entry is UNSUPPORTED_FORMAT', async () => {
    const bytes = makeZip(minimalDocxParts(wp('正文'))).slice();
    const view = new DataView(bytes.buffer);
    // Bit 0 of the general-purpose flags, in the local headers and the central directory.
    for (const e of readZipEntries(bytes)) view.setUint16(e.localHeaderOffset + 6, 1, true);
    for (let q = view.getUint32(bytes.length - 22 + 16, true); q < bytes.length - 22; ) {
      view.setUint16(q + 8, 1, true);
      q += 46 + view.getUint16(q + 28, true);
    }
    const err = await rejectsWith(decodeInput(bytes), 'UNSUPPORTED_FORMAT');
    expect(err.message).toMatch(/password/);
  });
  it('a legacy .doc (OLE2) is UNSUPPORTED_FORMAT, saying to save as .docx', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await rejectsWith(decodeInput(ole, { filename: 'report.doc' }), 'UNSUPPORTED_FORMAT');
    expect(err.message).toMatch(/save it as \.docx/);
  });
});
