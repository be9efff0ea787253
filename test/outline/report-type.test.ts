// What kind of report: from the title, else from the structure (standard tables, the announcing sentence,
// the headings of the prescribed outline).
import { describe, expect, it } from 'vitest';
import { reportType } from '../../src/outline/report-type.js';
import type { Heading } from '../../src/schema.js';

const h = (title: string): Heading => ({ level: 1, marker: '一、', title, start: 0, end: 1 });

describe('reportType from the title', () => {
  it.each([
    ['西青区教育局2023年行政执法情况报告', 'enforcement_report'],
    ['教育局2024年行政执法工作总结', 'enforcement_report'],
    ['南开区应急管理局2023年行政执法工作报告', 'enforcement_report'],
    ['上海市崇明区教育局2024年度行政许可实施情况年度报告', 'enforcement_report'],
    ['西青区教育局2023年法治政府建设情况报告', 'rule_of_law_report'],
    ['龙泉市综合行政执法局法治政府建设年度报告', 'rule_of_law_report'], // 执法 in the bureau's name
    ['市商务局2020年度行政执法统计年报', 'enforcement_statistics'],
    ['大同市文物局2024年度行政执法数据表', 'enforcement_statistics'],
    ['郑州市城市管理局2020年度行政执法统计情况', 'enforcement_statistics'],
    ['楚雄市林业和草原局关于2024年度林草行政案件统计分析报告', 'enforcement_statistics'],
    ['区教育局2023年政府信息公开工作年度报告', 'other'],
    ['区教育局2024年工作要点', 'other'],
  ])('%s → %s', (title, want) => {
    expect(reportType(title, [], '')).toBe(want);
  });
});

describe('reportType from the structure, when the title says nothing', () => {
  it('standard statistics tables make a statistics report', () => {
    expect(reportType(null, [h('行政处罚实施情况统计表')], '')).toBe('enforcement_statistics');
    expect(reportType(null, [], '表一\n行政许可实施情况统计表\n申请数量')).toBe('enforcement_statistics');
  });

  it('the announcing sentence tells the kind', () => {
    expect(reportType(null, [], '现将我局2023年度法治政府建设工作情况报告如下:')).toBe('rule_of_law_report');
    expect(reportType(null, [], '现将行政执法工作情况报告如下。')).toBe('enforcement_report');
  });

  it('the rule-of-law outline tells it; a heading on enforcement inside it does not', () => {
    expect(reportType(null, [h('主要举措和成效'), h('严格规范行政执法')], '现将有关情况报告如下')).toBe('rule_of_law_report');
    expect(reportType(null, [h('2023年主要工作举措与成效')], '')).toBe('rule_of_law_report');
    expect(reportType(null, [h('党政主要负责人履行推进法治建设第一责任人职责情况')], '')).toBe('rule_of_law_report');
    expect(reportType(null, [h('行政执法基本情况')], '')).toBe('enforcement_report');
  });

  it('is other when nothing tells', () => {
    expect(reportType(null, [h('基本情况')], '现将有关情况报告如下')).toBe('other');
  });
});
