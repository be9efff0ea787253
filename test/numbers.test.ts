import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../src/metrics/extract.js';
import { parseReport } from '../src/index.js';
import { findQuantities } from '../src/numbers/quantity.js';
import { normalize } from '../src/normalize.js';

describe('findQuantities', () => {
  const find = (s: string) => {
    const n = normalize(s);
    return findQuantities(n.text).map((q) => ({ value: q.value, unit: q.unit, qualifier: q.qualifier, threshold: q.threshold, text: s.slice(n.toSource(q.start), n.toSource(q.end)) }));
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
    // 余, 多, 几, 来 between the figure and 万 / 亿, or before the measure word
    ['罚没款300余万元', 3000000, 'yuan', 'more_than', '300余万元'],
    ['罚款1000多万元', 10000000, 'yuan', 'more_than', '1000多万元'],
    ['罚没款十余万元', 100000, 'yuan', 'more_than', '十余万元'],
    ['罚没款二十几万元', 200000, 'yuan', 'more_than', '二十几万元'],
    ['罚没款三千余万元', 30000000, 'yuan', 'more_than', '三千余万元'],
    ['罚没款1.2亿余元', 120000000, 'yuan', 'more_than', '1.2亿余元'],
    ['查处案件十几起', 10, 'case', 'more_than', '十几起'],
    ['查处案件一百二十几起', 120, 'case', 'more_than', '一百二十几起'],
    ['检查学校十来所', 10, 'institution', 'approx', '十来所'],
    ['约谈20来人', 20, 'person', 'approx', '20来人'],
    ['培训万余人次', 10000, 'person_time', 'more_than', '万余人次'],
    ['检查百余家', 100, 'institution', 'more_than', '百余家'],
    ['检查千余家', 1000, 'institution', 'more_than', '千余家'],
    ['罚没款百余万元', 1000000, 'yuan', 'more_than', '百余万元'],
    // Two neighbouring digits: a range, read as at least the lower
    ['检查机构三四十家', 30, 'institution', 'at_least', '三四十家'],
    ['培训一两千人', 1000, 'person', 'at_least', '一两千人'],
    ['查处两三起', 2, 'case', 'at_least', '两三起'],
    ['罚款三四十万元', 300000, 'yuan', 'at_least', '三四十万元'],
    // Place values read as written
    ['检查学校一千三所', 1300, 'institution', 'exact', '一千三所'],
    ['检查一万三家', 13000, 'institution', 'exact', '一万三家'],
    ['培训两千四百五人', 2450, 'person', 'exact', '两千四百五人'],
    ['受理一千零十二件', 1012, 'case', 'exact', '一千零十二件'],
    ['罚款5万4千元', 54000, 'yuan', 'exact', '5万4千元'],
    ['罚款3万4000元', 34000, 'yuan', 'exact', '3万4000元'],
    ['受理一千零1件', 1001, 'case', 'exact', '一千零1件'],
    // Money to the yuan, exactly, in 万元, 亿元 and 千元
    ['罚款161.18万元', 1611800, 'yuan', 'exact', '161.18万元'],
    ['罚没款562400.8万元', 5624008000, 'yuan', 'exact', '562400.8万元'],
    ['罚款39.156万元', 391560, 'yuan', 'exact', '39.156万元'],
    ['罚没款2.92亿元', 292000000, 'yuan', 'exact', '2.92亿元'],
    ['罚款0.0038万元', 38, 'yuan', 'exact', '0.0038万元'],
    ['罚款5千元', 5000, 'yuan', 'exact', '5千元'],
    ['罚款350千元', 350000, 'yuan', 'exact', '350千元'],
    ['罚款1,234.5万元', 12345000, 'yuan', 'exact', '1,234.5万元'],
    ['罚款十五点七万元', 157000, 'yuan', 'exact', '十五点七万元'],
    ['罚款三点五万元', 35000, 'yuan', 'exact', '三点五万元'],
    ['突出重点三项', 3, 'item', 'exact', '三项'],
    // Traditional script
    ['罰沒款300餘萬元', 3000000, 'yuan', 'more_than', '300餘萬元'],
    ['罰款2.92億元', 292000000, 'yuan', 'exact', '2.92億元'],
    ['查處案件十幾起', 10, 'case', 'more_than', '十幾起'],
    ['檢查學校兩千所', 2000, 'institution', 'exact', '兩千所'],
    // A list, not a thousands separator
    ['分别为3,4家', 4, 'institution', 'exact', '4家'],
  ])('%s', (s, value, unit, qualifier, text) => {
    expect(find(s)[0]).toMatchObject({ value, unit, qualifier, text, threshold: false });
  });

  it.each([
    ['决定做出之日起7个工作日内公开'], ['柯依法行政办〔2020〕14号'], ['津ICP备05000681号'], ['举报电话:022-23196661'],
    ['发布日期:2025-03-14'], ['2021年1月6日'], ['人气:2.49W'], ['第3次会议'], ['第一次'], ['每年2次'], ['一次性告知'],
    ['统一项目'], ['xx起'], ['3个月内'], ['网站标识码:1201010001'], ['进一步'], ['3-5次'],
    // Ordinals: sessions, terms, numbered meetings
    ['第四十次会议'], ['第 3 次会议'], ['十五届'], ['十七届人大常委会二十八次会议'], ['市十四届人大一次会议'],
    ['第十五届'], ['第一批'],
    // Dates, document and phone numbers, versions, codes
    ['2023年12月31日'], ['2023.12.31'], ['京政发〔2023〕12号'], ['联系电话:010-12345678'], ['4.0版'], ['V2.0版本'],
    ['1.2.3次'], ['12345热线'], ['二〇二三年'],
    // Vague counts nobody wrote: no figure
    ['几十家'], ['数百所学校'], ['上千人'], ['上百万元'], ['千家万户'], ['百家'], ['十几'], ['三四十'], ['推进3多元化'],
    // Words that hold numerals
    ['万一发生'], ['一些单位'], ['三三两两'], ['一二三四'], ['第三'],
    // 几 and 来 only where they stand for a digit of a round number
    ['一来是'], ['3几次'], ['13来人'],
    // Figures that cannot be read stay out, not guessed
    ['一千零125件'], ['1万20元'], ['十两'], ['罚款十五点七点八万元'], ['罚款3点5万元'], ['罚款3点五万元'],
  ])('%s gives no quantity', (s) => expect(find(s)).toEqual([]));

  it.each([['对1000元及以上的罚款'], ['罚款5000元以下'], ['对5万元以上的罚款进行审核']])('%s is a threshold', (s) =>
    expect(find(s)[0]?.threshold).toBe(true),
  );
});

describe('findQuantities on spaced-out text from PDF and Word exports', () => {
  it.each([
    ['共 20 人', 20, 'person', 'exact', '20 人'],
    ['联合督查 30 余次', 30, 'time', 'more_than', '30 余次'],
    ['罚款 300 余万元', 3000000, 'yuan', 'more_than', '300 余万元'],
    ['罚款 300 万元', 3000000, 'yuan', 'exact', '300 万元'],
    ['罚款 300 万 余元', 3000000, 'yuan', 'more_than', '300 万 余元'],
    ['约 20 人', 20, 'person', 'approx', '约 20 人'],
    ['罚款\t1000\t多万元', 10000000, 'yuan', 'more_than', '1000\t多万元'],
  ])('%s', (s, value, unit, qualifier, text) => {
    const n = normalize(s);
    const q = findQuantities(n.text)[0]!;
    expect({ value: q.value, unit: q.unit, qualifier: q.qualifier, text: s.slice(n.toSource(q.start), n.toSource(q.end)) }).toEqual({ value, unit, qualifier, text });
  });
});

describe('findQuantities keeps percentages apart', () => {
  it('a % figure has unit percent', () => {
    expect(findQuantities('同比增长15%')[0]).toMatchObject({ value: 15, unit: 'percent' });
  });
  it('百分之 figures are never counts', () => {
    expect(findQuantities('结案率达到百分之八十五')).toEqual([]);
  });
});

describe('figures in report text reach the metrics', () => {
  const fines = (s: string) => extractMetrics(s).filter((m) => m.kind === 'penalty.fines').map((m) => [m.value, m.qualifier, m.text]);
  it.each([
    ['全年罚没款300余万元。', 3000000, 'more_than', '罚没款300余万元'],
    ['全年罚款1000多万元。', 10000000, 'more_than', '罚款1000多万元'],
    ['全年罚没款十余万元。', 100000, 'more_than', '罚没款十余万元'],
    ['全年罚没款二十几万元。', 200000, 'more_than', '罚没款二十几万元'],
    ['全年罚款 300 余万元。', 3000000, 'more_than', '罚款 300 余万元'],
    ['全年罰沒款300餘萬元。', 3000000, 'more_than', '罰沒款300餘萬元'],
    ['全年罚款161.18万元。', 1611800, 'exact', '罚款161.18万元'],
  ])('%s', (s, value, qualifier, text) => expect(fines(s)).toEqual([[value, qualifier, text]]));

  it('查处案件十几起 is penalty.cases 10, more than', () => {
    expect(extractMetrics('全年查处案件十几起。').map((m) => [m.kind, m.value, m.qualifier])).toEqual([['penalty.cases', 10, 'more_than']]);
  });

  it('ordinals and percentages give no metric', () => {
    const text = '在区十七届人大常委会二十八次会议上，通报行政处罚案件同比增长15%，结案率百分之八十五。';
    expect(extractMetrics(text)).toEqual([]);
  });

  it('a whole Traditional report reads money with 餘 and 萬', () => {
    const r = parseReport('某某局2023年行政執法工作報告\n\n2023年，本局共辦理行政處罰案件十幾起，罰沒款300餘萬元。');
    expect(r.summary['penalty.fines']).toMatchObject({ value: 3000000, qualifier: 'more_than' });
    expect(r.summary['penalty.cases']).toMatchObject({ value: 10, qualifier: 'more_than' });
  });
});
