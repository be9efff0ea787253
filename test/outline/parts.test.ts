// The small pieces the outline is built from: numerals, line splitting, range search, year reading.
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/numbers/chinese.js';
import { smallNumber, spelledYear } from '../../src/outline/numerals.js';
import { overlaps, splitLines, tidyRanges } from '../../src/outline/ranges.js';
import { yearInBody, yearInTitle } from '../../src/outline/year.js';
import { issuerInTitle, namesIn } from '../../src/outline/issuer.js';

describe('numerals', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99], ['7', 7], ['12', 12],
    ['零', null], ['十十', null], ['一百', null], ['二二', null], ['', null],
  ])('smallNumber(%s) = %s', (s, n) => expect(smallNumber(s)).toBe(n));

  it('reads every marker-shaped string as the number parser does', () => {
    // smallNumber reads the forms markers take by itself (it runs on every line that may open a heading);
    // the general parser, limited to 1 … 99, is the reference. Every string of one to three of 一…十,
    // and of one or two digits.
    const chars = [...'一二三四五六七八九十'];
    const strings = [...'0123456789'].flatMap((a) => [a, ...[...'0123456789'].map((b) => a + b)]);
    for (const a of chars) {
      strings.push(a);
      for (const b of chars) {
        strings.push(a + b);
        for (const c of chars) strings.push(a + b + c);
      }
    }
    const reference = (s: string) => {
      const v = parseChineseNumber(s);
      return v !== null && Number.isInteger(v) && v >= 1 && v <= 99 ? v : null;
    };
    const differ = strings.filter((s) => smallNumber(s) !== reference(s));
    expect(differ).toEqual([]);
    // 1 … 99 in digits, and in Chinese with 一十 … 一十九 beside 十 … 十九.
    expect(strings.filter((s) => smallNumber(s) !== null)).toHaveLength(99 + 99 + 10);
  });

  it.each([
    ['二〇二三', 2023], ['二○二一', 2021], ['二零二四', 2024], ['一九九九', 1999], ['二〇二x', null],
  ])('spelledYear(%s) = %s', (s, n) => expect(spelledYear(s)).toBe(n));
});

describe('splitLines', () => {
  it('bounds each line without its blanks, offsets into the text', () => {
    const text = '  一、甲\r\n\n\u3000乙。 ';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['一、甲', '', '乙。']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});

describe('overlaps', () => {
  const ranges = tidyRanges([[20, 30], [0, 5], [3, 8]]);
  it('merges and sorts what it is given', () => expect(ranges).toEqual([[0, 8], [20, 30]]));
  it.each([
    [0, 1, true], [7, 8, true], [8, 9, false], [10, 20, false], [19, 21, true], [29, 40, true], [30, 31, false],
  ])('[%s, %s) → %s', (s, e, hit) => expect(overlaps(ranges, s, e)).toBe(hit));
  it('finds nothing in no ranges', () => expect(overlaps([], 0, 10)).toBe(false));
});

describe('yearInTitle / yearInBody', () => {
  it.each([
    ['教育局2024年行政执法工作总结', 2024],
    ['2023 年度报告', 2023],
    ['教育局2022行政执法工作总结', 2022],
    ['二〇二三年度工作报告', 2023],
    ['纲要(2021-2025年)落实情况', null],
    ['2021年至2025年规划', null],
    ['2023-2024学年工作总结', null],
    ['工作总结(2025年1月6日)', null],
    ['编号20241号', null],
  ])('title %s → %s', (s, y) => expect(yearInTitle(s)).toBe(y));

  it.each([
    ['2024年,区教育局坚持依法行政。', 2024],
    ['截至2024年底,共有执法人员20名。', 2024],
    ['落实《纲要(2021-2025年)》,推进2023年工作。', 2023],
    ['依据《2022年工作要点》开展工作。', null],
    ['于2024年3月5日召开会议。', null],
    ['发布日期:2025-03-14', null],
  ])('body %s → %s', (s, y) => expect(yearInBody(s)).toBe(y));
});

describe('namesIn', () => {
  it.each([
    // A division the country has settles where the place starts, whatever verb stands before it.
    ['执法公示主要通过湖州市商务局门户网站公开', '湖州市商务局'],
    ['局党组严格落实天津市人社局部署', '天津市人社局'],
    ['2022年重庆市长寿区卫生健康委员会', '重庆市长寿区卫生健康委员会'],
    // A name the list lacks is read by the words around it.
    ['2023年,青山市水务局坚持依法行政', '青山市水务局'],
  ])('%s → %s', (s, name) => expect(namesIn(s)[0]?.name).toBe(name));
});

describe('issuerInTitle', () => {
  it.each([
    ['西青区教育局2023年行政执法情况报告', '西青区教育局'],
    ['2023年滨海新区教育体育局工作总结', '滨海新区教育体育局'],
    ['关于某某旗教育局2023年工作的报告', '某某旗教育局'],
    ['某某市教育局2024年工作要点', '某某市教育局'],
    // A relative name is what the title says; a masked one or a bare body word names nobody.
    ['区教育局2024年法治政府建设情况报告', '区教育局'],
    ['市教委2024年工作要点', '市教委'],
    ['**区教育局2024年工作总结', null],
    ['教育局2024年行政执法工作总结', null],
    ['郑州市城市管理局2020年度行政执法统计情况', '郑州市城市管理局'],
    ['和平区应急管理局2023年行政执法工作报告', '和平区应急管理局'],
    ['重庆市长寿区卫生健康委员会2022年法治政府建设工作报告', '重庆市长寿区卫生健康委员会'],
  ])('%s → %s', (s, name) => expect(issuerInTitle(s)).toBe(name));
});
