import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize.js';
import { readMetadata } from '../../src/outline/metadata.js';

const meta = (s: string) => readMetadata(normalize(s).text);

describe('readMetadata', () => {
  it.each([
    // several labels on one line
    ['来源:某县交通运输局 发布日期:2022-01-18 10:20', '某县交通运输局', '2022-01-18'],
    ['发布时间: 2023-12-27 16:38      来源: 区卫生健康委', '区卫生健康委', '2023-12-27'],
    // a label alone on its line, the value on the next (list bullets included)
    ['  • 公开主体:\n\n    某市某区教育局\n  • 发布日期:\n\n    2025-02-21', '某市某区教育局', '2025-02-21'],
    ['發佈機構:\n某市文物局\n發佈日期:\n2025-01-23 09:24', '某市文物局', '2025-01-23'],
    // a label glued to its value in a table-like header
    ['主办单位某市商务局 公报年份2023年', '某市商务局', null],
    ['成文日期:2021年3月5日', null, '2021-03-05'],
    // labels spaced out to one width
    ['来  源:某县林业局  日  期:2024-01-05', '某县林业局', '2024-01-05'],
    ['索 引 号:001003-2024-00012\n发文机关:某县市场监督管理局', '某县市场监督管理局', null],
  ])('%s', (text, publisher, published) => {
    const m = meta(text);
    expect(m.publisher).toBe(publisher);
    expect(m.published).toBe(published);
  });

  it.each([
    // a department or a website is no publisher
    ['来源:法规科    时间:2024-01-26 09:31'],
    ['信息来源:平台发布'],
    // a label cut by the layout is not a value
    ['发布机构: 生成日期:\n称: 某局关于2024年度行政案件统计分析报告'],
    // a body word inside a sentence is no label
    ['经费来源:财政拨款,由市教育局统一安排。'],
  ])('no publisher: %s', (text) => {
    expect(meta(text).publisher).toBeNull();
  });

  it('gives value offsets into the text', () => {
    const text = '来源:某县林业局 发布日期:2021-01-18';
    const f = meta(text).fields[0]!;
    expect(text.slice(f.start, f.end)).toBe('某县林业局');
  });
});
