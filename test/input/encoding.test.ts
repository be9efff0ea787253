import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodecs } from '../../src/input/codecs.js';
import { canonicalEncoding, declaredCharset, decodeText } from '../../src/input/encoding.js';
import { decodeInput } from '../../src/input/index.js';
import { plausibility } from '../../src/input/plausibility.js';
import { renderBig5, renderGb18030, renderUtf16be, renderUtf16le, renderUtf8Bom } from '../../scripts/render-containers.js';
import { rejectsWith, seed, seeds } from './helpers.js';

beforeAll(() => loadCodecs()); // for the synchronous helpers (declaredCharset, canonicalEncoding)

const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const big5 = (s: string) => new Uint8Array(iconv.encode(s, 'big5'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const codes = (w: { code: string }[]) => w.map((x) => x.code);

describe('every seed in every encoding decodes to the seed, sure of itself', () => {
  const renderers = [
    ['utf-8', utf8],
    ['utf-8', renderUtf8Bom],
    ['utf-16le', renderUtf16le],
    ['utf-16be', renderUtf16be],
    ['gb18030', renderGb18030],
  ] as const;
  for (const s of seeds) {
    for (const [encoding, render] of renderers) {
      it(`${s.name} as ${render === renderUtf8Bom ? 'utf-8 with BOM' : encoding}`, async () => {
        const d = await decodeText(render(s.text));
        expect(d.encoding).toBe(encoding);
        expect(d.text).toBe(s.text);
        expect(d.warnings).toEqual([]);
      });
    }
  }
  it('the Traditional seed as Big5', async () => {
    const s = seed('002');
    expect(s.traditional).toBe(true);
    const d = await decodeText(renderBig5(s.text));
    expect([d.encoding, d.warnings]).toEqual(['big5', []]);
    expect(d.text).toBe(s.text);
  });
  it('the Traditional seed as GBK (Traditional characters in a GB file) stays GB18030', async () => {
    const d = await decodeText(renderGb18030(seed('002').text));
    expect(d.encoding).toBe('gb18030');
  });
  it('Big5 cannot hold the Simplified seeds', async () => {
    expect(seeds.filter((s) => s.traditional).map((s) => s.name.slice(0, 3))).toEqual(['002']);
    expect(() => renderBig5(seed('001').text)).toThrow(/big5 cannot hold/);
  });
});

describe('short and ambiguous texts', () => {
  it.each([
    ['报告', 'gbk'],
    ['一、基本情况', 'gbk'],
    ['执法人员共20名', 'gbk'],
    ['行政執法工作總結', 'big5'],
  ])('%s in %s is decoded best-effort with ENCODING_GUESSED', async (text, enc) => {
    const d = await decodeText(enc === 'gbk' ? gbk(text) : big5(text));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(enc === 'gbk' ? 'gb18030' : 'big5');
    expect(codes(d.warnings)).toEqual(['ENCODING_GUESSED']);
    expect(d.warnings[0]!.message).toMatch(/convert the file to UTF-8/);
  });
  it('one sentence is enough evidence when chardet agrees', async () => {
    const d = await decodeText(gbk('本年度共办理行政处罚案件4起。'));
    expect([d.encoding, d.warnings]).toEqual(['gb18030', []]);
  });
  it('a few GBK characters in ASCII are still flagged', async () => {
    const d = await decodeText(gbk('Report 2024: 总结 done'));
    expect(d.text).toBe('Report 2024: 总结 done');
    expect(codes(d.warnings)).toEqual(['ENCODING_GUESSED']);
  });
  it('pure ASCII is UTF-8 without a warning', async () => {
    expect(await decodeText(utf8('2024 report'))).toEqual({ text: '2024 report', encoding: 'utf-8', warnings: [] });
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it.each(['utf-16le', 'utf-16be'])('%s with ASCII digits and line breaks', async (enc) => {
    const text = '西青区教育局2023年行政执法情况报告\n一、基本情况\n本年度共注销16名执法员执法证件';
    const d = await decodeText(new Uint8Array(iconv.encode(text, enc)));
    expect([d.encoding, d.text]).toEqual([enc, text]);
  });
  it('Chinese only, no NUL byte at all', async () => {
    const text = '西青区教育局行政执法情况报告基本情况';
    expect((await decodeText(new Uint8Array(iconv.encode(text, 'utf-16le')))).encoding).toBe('utf-16le');
  });
});

describe('damaged UTF-8', () => {
  const good = utf8('本年度共办理行政处罚案件4起，罚没金额10.5万元。行政复议案件1件。');
  it('a few broken bytes: still UTF-8, with INVALID_BYTES', async () => {
    const bad = good.slice();
    bad[10] = 0xff;
    bad[30] = 0xfe;
    const d = await decodeText(bad);
    expect(d.encoding).toBe('utf-8');
    expect(codes(d.warnings)).toEqual(['INVALID_BYTES']);
    expect(d.text).toContain('\uFFFD');
    expect(d.text).toContain('罚没金额10.5万元');
  });
  it('cut in the middle of the last character', async () => {
    const d = await decodeText(good.subarray(0, good.length - 1));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.endsWith('1件\uFFFD')).toBe(true);
    expect(codes(d.warnings)).toEqual(['INVALID_BYTES']);
  });
  it('a literal U+FFFD in valid UTF-8 is no damage', async () => {
    expect((await decodeText(utf8('第\uFFFD条'))).warnings).toEqual([]);
  });
});

describe('declared charsets', () => {
  const page = (charset: string, body: string) => `<html><head><meta charset="${charset}"></head><body><p>${body}</p></body></html>`;
  it('a GB2312 page decodes as GB18030 without a warning, even when short', async () => {
    const d = await decodeText(gbk(page('gb2312', '总结')));
    expect([d.encoding, d.warnings]).toEqual(['gb18030', []]);
  });
  it('a short Big5 page trusts its declaration', async () => {
    const d = await decodeText(big5(page('big5', '總結')));
    expect([d.encoding, d.warnings]).toEqual(['big5', []]);
  });
  it('a page re-saved as UTF-8 that still says gb2312 is UTF-8, with CHARSET_MISMATCH', async () => {
    const d = await decodeText(utf8(page('gb2312', '本年度共办理行政处罚案件4起')));
    expect([d.encoding, codes(d.warnings)]).toEqual(['utf-8', ['CHARSET_MISMATCH']]);
  });
  it('a GBK page that says utf-8 is GB18030, with CHARSET_MISMATCH', async () => {
    const d = await decodeText(gbk(page('utf-8', '本年度共办理行政处罚案件4起')));
    expect([d.encoding, codes(d.warnings)]).toEqual(['gb18030', ['CHARSET_MISMATCH']]);
    expect(d.text).toContain('本年度共办理行政处罚案件4起');
  });
  it.each([
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gb18030'],
    ['<META CHARSET=big5-hkscs>', 'big5'],
    ['<?xml version="1.0" encoding="GB2312"?>', 'gb18030'],
    ['<meta charset="x-unknown">', null],
    ['no markup', null],
  ])('declaredCharset(%s) = %s', async (head, want) => {
    expect(declaredCharset(utf8(head))).toBe(want);
  });
  it('canonicalEncoding maps labels to decoders', async () => {
    expect(['GB2312', 'gbk', 'CP936', 'Big5', 'UTF8', 'windows-1252', 'nope'].map(canonicalEncoding)).toEqual([
      'gb18030', 'gb18030', 'gb18030', 'big5', 'utf-8', 'windows-1252', null,
    ]);
  });
});

describe('bytes that are no text', () => {
  it('random bytes are BINARY', async () => {
    let x = 7;
    const bytes = Uint8Array.from({ length: 2000 }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16 & 0xff);
    await rejectsWith(decodeInput(bytes), 'BINARY');
  });
  it('an executable is BINARY', async () => {
    const elf = new Uint8Array(4096);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    await rejectsWith(decodeInput(elf), 'BINARY');
  });
  it('printable high bytes in no encoding are UNDECODABLE', async () => {
    await rejectsWith(decodeInput(new Uint8Array(300).fill(0x80)), 'UNDECODABLE');
    let x = 3;
    const texty = Uint8Array.from({ length: 600 }, (_, i) => (i % 2 ? 0x20 + (i % 90) : 0x80 + ((x = (x * 69069 + 1) >>> 0) >>> 25)));
    await rejectsWith(decodeInput(texty), 'UNDECODABLE');
  });
  it('garbage behind a byte-order mark is no text either', async () => {
    let x = 11;
    const noise = Uint8Array.from({ length: 3000 }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16 & 0xff);
    await rejectsWith(decodeInput(new Uint8Array([0xff, 0xfe, ...noise])), 'UNDECODABLE');
    await rejectsWith(decodeInput(new Uint8Array([0xfe, 0xff, ...noise])), 'UNDECODABLE');
    await rejectsWith(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...noise])), 'BINARY');
  });
  it('trailing NUL padding is not binary', async () => {
    const padded = new Uint8Array([...utf8('一、基本情况'), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await decodeText(padded)).text).toBe('一、基本情况');
  });
});

describe('plausibility', () => {
  it('scores right decodings high and wrong ones low', async () => {
    for (const s of seeds) {
      const bytes = renderGb18030(s.text);
      expect(plausibility(new TextDecoder('gb18030').decode(bytes)).score).toBeGreaterThan(0.8);
      expect(plausibility(iconv.decode(Buffer.from(bytes), 'big5')).score).toBeLessThan(0.3);
    }
  });
});
