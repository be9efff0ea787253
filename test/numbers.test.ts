import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../src/numbers/chinese.js';
import { findQuantities } from '../src/numbers/quantity.js';
import { normalize } from '../src/normalize.js';

describe('parseChineseNumber', () => {
  it.each([
    ['12', 12], ['１２', 12], ['1,234', 1234], ['10.5', 10.5], ['0', 0],
    ['三', 3], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['一百零五', 105],
    ['三千零二', 3002], ['十万', 100000], ['一亿二千万', 120000000], ['〇', 0], ['零', 0], ['二〇二〇', 2020], ['一九九九', 1999],
    ['壹佰', 100], ['1.2万', 12000], ['3万', 30000], ['10.5万', 105000], ['1.15万', 11500], ['3千', 3000], ['2亿', 2e8],
  ])('%s → %s', (s, v) => expect(parseChineseNumber(s)).toBe(v));

  it.each(['', 'abc', '三四', '一一', '万', '十百', '1.2.3', '二十三四'])('%s is no number', (s) =>
    expect(parseChineseNumber(s)).toBeNull(),
  );
});

describe('findQuantities', () => {
  const find = (s: string) => {
    const n = normalize(s);
    return findQuantities(n.text).map((q) => ({ value: q.value, unit: q.unit, qualifier: q.qualifier, threshold: q.threshold, text: s.slice(q.start, q.end) }));
  };

  it.each([
    ['聯合督查30餘次', 30, 'time', 'more_than', '30餘次'],
    ['共检查民办教育机构185家', 185, 'institution', 'exact', '185家'],
    ['罚没金额100100元', 100100, 'yuan', 'exact', '100100元'],
    ['罚款10.5万元', 105000, 'yuan', 'exact', '10.5万元'],
    ['罚款3万余元', 30000, 'yuan', 'more_than', '3万余元'],
    ['培训时长达到60小时以上', 60, 'hour', 'at_least', '60小时以上'],
    ['参与人员达150人次', 150, 'person_time', 'exact', '150人次'],
    ['检查学校236所次', 236, 'visit', 'exact', '236所次'],
    ['开展了三项部门联合检查', 3, 'item', 'exact', '三项'],
    ['录用两名执法人员', 2, 'person', 'exact', '两名'],
    ['开展检查十余次', 10, 'time', 'more_than', '十余次'],
    ['约谈负责人约20人', 20, 'person', 'approx', '约20人'],
    ['检查近百所学校', 100, 'institution', 'approx', '近百所'],
    ['不少于4次', 4, 'time', 'at_least', '不少于4次'],
    ['不足10家', 10, 'institution', 'at_most', '不足10家'],
    ['检查５０家', 50, 'institution', 'exact', '５０家'],
    ['检查20家左右', 20, 'institution', 'approx', '20家左右'],
    ['罚款1,200元', 1200, 'yuan', 'exact', '1,200元'],
  ])('%s', (s, value, unit, qualifier, text) => {
    expect(find(s)[0]).toMatchObject({ value, unit, qualifier, text, threshold: false });
  });

  it.each([
    ['决定做出之日起7个工作日内公开'], ['柯依法行政办〔2020〕14号'], ['津ICP备05000681号'], ['举报电话:022-23196661'],
    ['发布日期:2025-03-14'], ['2021年1月6日'], ['人气:2.49W'], ['第3次会议'], ['第一次'], ['每年2次'], ['一次性告知'],
    ['统一项目'], ['xx起'], ['3个月内'], ['网站标识码:1201010001'], ['进一步'], ['3-5次'],
  ])('%s gives no quantity', (s) => expect(find(s)).toEqual([]));

  it.each([['对1000元及以上的罚款'], ['罚款5000元以下'], ['对5万元以上的罚款进行审核']])('%s is a threshold', (s) =>
    expect(find(s)[0]?.threshold).toBe(true),
  );
});

describe('findQuantities on spaced-out text from PDF and Word exports', () => {
  it.each([
    ['共 20 人', 20, 'person', 'exact', '20 人'],
    ['联合督查 30 余次', 30, 'time', 'more_than', '30 余次'],
  ])('%s', (s, value, unit, qualifier, text) => {
    const q = findQuantities(normalize(s).text)[0]!;
    expect({ value: q.value, unit: q.unit, qualifier: q.qualifier, text: s.slice(q.start, q.end) }).toEqual({ value, unit, qualifier, text });
  });
});
