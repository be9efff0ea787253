// docId: one report, one id, whatever container, spacing, script or page chrome; another text, another id.
// test/input/containers.test.ts checks the same on every rendering of the seeds (web pages, DOCX, PDF, …).
import { describe, expect, it } from 'vitest';
import { canonicalText, docId, STABLE } from '../src/identity.js';
import { prng } from '../scripts/prng.js';
import { normalize } from '../src/normalize.js';
import { findChrome } from '../src/outline/index.js';

const idOf = (text: string) => {
  const n = normalize(text).text;
  return docId(n, findChrome(n));
};

const REPORT = '西青区教育局2023年行政执法情况报告\n一、基本情况\n全年共办理行政处罚案件4起，罚没金额10.5万元。“双随机”抽查12次。';

describe('docId', () => {
  it('is 16 hex digits', () => {
    expect(idOf(REPORT)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['line breaks and indentation', REPORT.replace(/\n/g, '\r\n\r\n    ')],
    ['spaces inside lines, as PDF extraction leaves them', REPORT.replace(/(\d)/g, ' $1 ')],
    ['full-width digits and punctuation', REPORT.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/,/g, '，')],
    ['Traditional characters', '西青區教育局2023年行政執法情況報告\n一、基本情況\n全年共辦理行政處罰案件4起，罰沒金額10.5萬元。“雙隨機”抽查12次。'],
    ['corner quotes', REPORT.replace('“', '「').replace('”', '」')],
    ['page chrome around it', `网站首页 | 政务公开 | 通知公告 | 办事服务\n发布日期：2024-01-15  来源：区教育局\n${REPORT}\n版权所有：某区教育局  津ICP备05004537号-1`],
    ['zero-width spaces', REPORT.replace(/案件/, '案\u200b件')],
  ])('is the same across %s', (_, variant) => {
    expect(idOf(variant)).toBe(idOf(REPORT));
  });

  it.each([
    ['a changed figure', REPORT.replace('4起', '5起')],
    ['a changed year', REPORT.replace('2023', '2022')],
    ['another bureau', REPORT.replace('西青区', '和平区')],
  ])('differs for %s', (_, variant) => {
    expect(idOf(variant)).not.toBe(idOf(REPORT));
  });

  it('hashes the text less chrome, without white space', () => {
    expect(canonicalText('菜单\n一、基本 情况\n', [[0, 2]])).toBe('一、基本情况');
  });
});

describe('canonicalText', () => {
  // What the one-pass fold stands for: NFKC, then white space dropped and quote marks folded.
  const reference = (text: string) =>
    text.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '').replace(/[“”„‟«»「」『』〝〞]/g, '"').replace(/[‘’‚‛]/g, "'");

  it('folds every UTF-16 unit as the reference does, alone and after a letter', () => {
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      if (canonicalText(c, []) !== reference(c) || canonicalText(`a${c}`, []) !== reference(`a${c}`)) {
        expect([u.toString(16), canonicalText(c, [])]).toEqual([u.toString(16), reference(c)]);
      }
    }
  });

  it('takes as NFKC-stable only units that are their own NFKC form and no mark', () => {
    for (let u = 0; u < 0x10000; u++) {
      if (!STABLE[u]) continue;
      const c = String.fromCharCode(u);
      expect(c.normalize('NFKC') === c && !/\p{M}/u.test(c), u.toString(16)).toBe(true);
    }
  });

  it('gives what the reference gives on mixed texts', () => {
    const random = prng(7);
    const pieces = ['罚款', '10', ' ', '\n', '\u3000', '“', '”', '「', '‘', '…', 'ｅ', 'é', 'e\u0301', '\u200b', '\ufeff', '\ud800', '\udc00', '😀', '①', '﹏', '、', '。'];
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = 0; i < 12; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(canonicalText(text, []), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
