// Publisher and publication date: page metadata first, else the signature at the end of the report.
import { describe, expect, it } from 'vitest';
import { findPublication, signatureDate } from '../../src/outline/publication.js';
import { normalize } from '../../src/normalize.js';
import { findChrome, findFacts } from '../../src/outline/index.js';

const read = (text: string) => {
  const n = normalize(text).text;
  const f = findFacts(n, findChrome(n));
  return findPublication(f.metadata, f.signature);
};

describe('findPublication', () => {
  it('reads the page metadata: a body and a date', () => {
    expect(read('静海区市场监管局 2020年度行政执法报告\n来源:静海区市场监督管理局 发布日期:2021-01-18 10:20\n正文。')).toEqual({
      publisher: '静海区市场监督管理局',
      published: '2021-01-18',
    });
    expect(read('發布機構:\n大同市文物局\n發布日期:\n2025-01-23 09:24\n正文。')).toEqual({ publisher: '大同市文物局', published: '2025-01-23' });
  });

  it('falls back to the signature: the name alone on a line, the date in digits or in words', () => {
    const body = '一、基本情况\n全年共办理行政处罚案件4起。\n';
    expect(read(`${body}天津市西青区教育局\n2024年1月10日\n`)).toEqual({ publisher: '天津市西青区教育局', published: '2024-01-10' });
    expect(read(`${body}西青区教育局  二〇二四年一月十日\n`)).toEqual({ publisher: '西青区教育局', published: '2024-01-10' });
  });

  it.each([
    ['a department, not a body (来源:法规科)', '来源:法规科    时间:2024-01-26 09:31\n正文。', { publisher: null, published: '2024-01-26' }],
    ['a masked signature', '正文。\n**区教育局\n2021年1月6日', { publisher: null, published: '2021-01-06' }],
    ['a name inside a sentence at the end', '正文。\n西青区教育局将继续完善执法制度。', { publisher: null, published: null }],
    ['a date without a day', '正文。\n西青区教育局\n2024年1月', { publisher: '西青区教育局', published: null }],
    ['a date in the body, not at the end', '2024年1月10日召开会议。\n一、基本情况\n正文一。\n正文二。\n正文三。\n正文四。\n正文五。\n正文六。', { publisher: null, published: null }],
  ])('gives nothing it cannot tell: %s', (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('signatureDate', () => {
  it.each([
    ['2024年1月10日', '2024-01-10'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['二〇二四年十三月一日', null],
    ['发布于2024年1月10日前', null],
  ])('%s → %s', (line, want) => {
    expect(signatureDate(line)).toBe(want);
  });
});
