import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/input/index.js';
import { pagesToText as layout, type Run } from '../../src/input/pdf-layout.js';
import { renderPdf, renderPdfText, type PlacedText } from '../../scripts/render-containers.js';
import { lines, pdfWithoutText, rejectsWith, seed, seeds, squeeze } from './helpers.js';

describe('PDF with a CJK text layer', () => {
  for (const s of seeds) {
    it(`${s.name}: the seed's lines (spaces aside), page numbers dropped`, async () => {
      const d = await decodeInput(await renderPdf(s.text));
      expect([d.format, d.encoding, d.warnings]).toEqual(['pdf', 'unicode', []]);
      expect(lines(d.text).map(squeeze)).toEqual(lines(s.text).map(squeeze));
      expect(d.text).not.toMatch(/- \d+ -/);
    });
  }

  it('reads lines top to bottom and runs left to right, whatever order they were drawn in', async () => {
    const pdf = await renderPdfText([[
      { text: '第三行', x: 72, y: 700 },
      { text: '处罚案件4起', x: 204, y: 736 }, // two ems after it
      { text: '第二行：共办理行政', x: 72, y: 736 }, // 9 ems wide
      { text: '一、基本情况', x: 72, y: 754 },
    ]]);
    const d = await decodeInput(pdf);
    expect(d.text).toBe('一、基本情况\n第二行：共办理行政 处罚案件4起\n\n第三行');
  });

  it('glyphs placed one by one join without spaces', async () => {
    const runs: PlacedText[] = [];
    let x = 72;
    for (const ch of '行政复议案件12件') {
      runs.push({ text: ch, x, y: 760 });
      x += /\d/.test(ch) ? 6 : 12; // ASCII is half-width in STSong-Light
    }
    expect((await decodeInput(await renderPdfText([runs]))).text).toBe('行政复议案件12件');
  });

  it('a page without text among pages with text gives a warning', async () => {
    const pdf = await renderPdfText([[{ text: '一、基本情况', x: 72, y: 760 }], [], [{ text: '二、主要措施', x: 72, y: 760 }]]);
    const d = await decodeInput(pdf);
    expect(d.text).toBe('一、基本情况\n二、主要措施');
    expect(d.warnings.map((w) => w.code)).toEqual(['PDF_PAGES_WITHOUT_TEXT']);
    expect(d.warnings[0]!.message).toMatch(/^page 2 of 3/);
  });

  it('more pages than maxPdfPages is TOO_LARGE', async () => {
    const pdf = await renderPdfText(Array.from({ length: 5 }, (_, i) => [{ text: `第${i + 1}页`, x: 72, y: 760 }]));
    await rejectsWith(decodeInput(pdf, { maxPdfPages: 4 }), 'TOO_LARGE');
  });

  it('does not detach or change the caller’s bytes', async () => {
    const pdf = await renderPdf('一、基本情况');
    const copy = pdf.slice();
    await decodeInput(pdf);
    expect(pdf).toEqual(copy);
  });

  it('junk before the header is tolerated', async () => {
    const pdf = await renderPdf('一、基本情况');
    const d = await decodeInput(new Uint8Array([...new TextEncoder().encode('\r\n\r\n'), ...pdf]));
    expect(d.text).toBe('一、基本情况');
  });
});

describe('bad PDFs', () => {
  it('no text layer is NO_TEXT, saying to run OCR', async () => {
    const err = await rejectsWith(decodeInput(await pdfWithoutText()), 'NO_TEXT');
    expect(err.message).toMatch(/scan.*OCR/);
  });
  it('a truncated PDF is CORRUPT_FILE', async () => {
    const pdf = await renderPdf(seed('000').text);
    for (const keep of [0.1, 0.5, 0.9]) {
      const err = await rejectsWith(decodeInput(pdf.subarray(0, Math.floor(pdf.length * keep))), 'CORRUPT_FILE');
      expect(err.message).toMatch(/truncated/);
    }
  });
  it('a header with garbage after it is CORRUPT_FILE', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(500) + '\n%%EOF\n');
    await rejectsWith(decodeInput(junk), 'CORRUPT_FILE');
  });
  it('a wrong startxref offset is repaired, as PDF readers do', async () => {
    const pdf = await renderPdf('一、基本情况');
    const text = new TextDecoder('latin1').decode(pdf).replace(/startxref\s+\d+/, 'startxref\n99');
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect((await decodeInput(bytes)).text).toBe('一、基本情况');
  });
});

describe('pagesToText (layout)', () => {
  const pagesToText = (pages: Run[][]) => layout(pages.map((runs) => ({ width: 384, runs })));
  const run = (str: string, x: number, y: number, size = 12): Run => ({ str, x, y, width: [...str].length * size, size });
  it('joins a paragraph wrapped at the right margin, keeps an indented start on a new line', () => {
    const page = [
      run('一、基本情况', 96, 100),
      run('本年度共办理行政处罚案件4起主要针对', 96, 118), // ends at the right margin (96 + 18·12 = 312)
      run('校外培训行为进行查处所有案件均依法依规', 72, 136), // starts at the left margin: continuation
      run('办理。', 72, 154),
      run('二、主要措施', 96, 172),
    ];
    expect(pagesToText([page])).toBe('一、基本情况\n本年度共办理行政处罚案件4起主要针对校外培训行为进行查处所有案件均依法依规办理。\n二、主要措施');
  });
  it('never joins a heading to the full line of a sentence before it; a wrapped sentence that goes on is still joined', () => {
    // Each first line runs from the left margin (72) to the right one (72 + 24 glyphs of 12 = 360).
    const heading = [run('各项工作稳步推进，确保执法监督实现全覆盖无盲区。', 72, 100), run('（三）依法行政制度体系完善', 72, 118)];
    expect(pagesToText([heading])).toBe('各项工作稳步推进，确保执法监督实现全覆盖无盲区。\n（三）依法行政制度体系完善');
    const numbered = [run('各项工作稳步推进，确保执法监督实现全覆盖无盲区。', 72, 100), run('2.建立执法监督工作机制', 72, 118)];
    expect(pagesToText([numbered])).toBe('各项工作稳步推进，确保执法监督实现全覆盖无盲区。\n2.建立执法监督工作机制');
    // False friends: the sentence goes on over the wrap (no stop before the marker), and a decimal is no marker.
    const onward = [run('本年度共办理行政处罚案件，具体分为以下几类：包括', 72, 100), run('（一）类案件4起。', 72, 118)];
    expect(pagesToText([onward])).toBe('本年度共办理行政处罚案件，具体分为以下几类：包括（一）类案件4起。');
    const decimal = [run('各项工作稳步推进，确保执法监督实现全覆盖无盲区。', 72, 100), run('1.5万元用于购置执法记录仪等装备。', 72, 118)];
    expect(pagesToText([decimal])).toBe('各项工作稳步推进，确保执法监督实现全覆盖无盲区。1.5万元用于购置执法记录仪等装备。');
  });
  it('continues a paragraph across a page break, dropping page numbers', () => {
    const p1 = [run('第一段开头的文字写到了这一页的最后', 96, 700), run('- 1 -', 280, 800)];
    const p2 = [run('第 2 页 共 2 页', 250, 20), run('接着写完。', 72, 72), run('第二段。', 96, 90)];
    expect(pagesToText([p1, p2])).toBe('第一段开头的文字写到了这一页的最后接着写完。\n第二段。');
  });
  it('puts a blank line between distant blocks', () => {
    expect(pagesToText([[run('甲', 72, 100), run('乙', 72, 118), run('丙', 72, 136), run('丁', 72, 200)]])).toBe('甲\n乙\n丙\n\n丁');
  });
  it('drops fake-bold duplicates', () => {
    expect(pagesToText([[run('标题', 72, 100), run('标题', 72.5, 100)]])).toBe('标题');
  });
  it('spaces Latin words and wide gaps, not CJK glyphs', () => {
    const page = [run('Annual', 72, 100, 10), { str: 'report', x: 72 + 60 + 3, y: 100, width: 60, size: 10 }, run('项目', 72, 120), run('数量', 200, 120)];
    expect(pagesToText([page])).toBe('Annual report\n项目 数量');
  });
});

describe('lazy loading', () => {
  it('no input module imports pdf.js or mammoth statically', () => {
    const dir = new URL('../../src/input/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'(pdfjs-dist|mammoth)/m);
    }
  });
});
