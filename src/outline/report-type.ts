// What kind of report it is, from its title and, where the title says nothing, from its structure:
// the standard statistics tables, the sentence that announces the report (`现将…情况报告如下`), headings.
//
// enforcement_statistics  行政执法统计年报, 行政执法数据(表), 案件统计分析: tables of the year's enforcement acts
// rule_of_law_report      法治政府建设年度报告 and its kin (法治建设, 依法行政 reports)
// enforcement_report      行政执法情况报告 / 工作总结 / 工作报告, and reports on one kind of act (行政许可实施情况报告)
// other                   anything else (an information-disclosure annual report, a work plan, …)
import type { Heading, ReportType } from '../schema.js';

const STATISTICS = /行政执法(?:统计|数据)|执法统计|统计年报|数据表|(?:案件|数据)统计|统计分析|统计情况/;
const RULE_OF_LAW = /法治政府建设|法治建设|依法行政/;
const ENFORCEMENT = /行政执法|执法(?:工作|情况)|行政(?:许可|处罚|检查|强制)(?:实施)?(?:工作|情况)/;

// The standard tables of an enforcement statistics report: `行政处罚实施情况统计表`.
const STANDARD_TABLE = /行政(?:处罚|许可|强制|检查|征收|征用)实施情况统计表|其他行政执法行为实施情况统计表/;
// The sentence that announces what the report is about.
const ANNOUNCEMENT = /现将([^。]{0,60}?)(?:报告|汇报|总结|公布|公示|通报)如下/;
// Headings of the rule-of-law report's prescribed outline: 主要举措和成效, 存在的不足, 党政主要负责人履行推进
// 法治建设第一责任人职责情况.
const RULE_OF_LAW_HEADING = /法治政府建设|第一责任人|推进法治建设|主要(?:工作)?举措(?:和|与|及)成效/;

function byWords(s: string): ReportType | null {
  if (STATISTICS.test(s)) return 'enforcement_statistics';
  if (RULE_OF_LAW.test(s)) return 'rule_of_law_report';
  if (ENFORCEMENT.test(s)) return 'enforcement_report';
  return null;
}

/**
 * The report type from the title, else from the structure of the normalised text.
 *
 * @example
 * reportType('石台县林业局2021年度行政执法统计年报', [], ''); // 'enforcement_statistics'
 */
export function reportType(title: string | null, headings: readonly Heading[], text: string): ReportType {
  const fromTitle = title ? byWords(title) : null;
  if (fromTitle) return fromTitle;
  if (headings.some((h) => STANDARD_TABLE.test(h.title)) || STANDARD_TABLE.test(text)) return 'enforcement_statistics';
  const announced = ANNOUNCEMENT.exec(text)?.[1];
  const fromAnnouncement = announced ? byWords(announced) : null;
  if (fromAnnouncement) return fromAnnouncement;
  if (headings.some((h) => RULE_OF_LAW_HEADING.test(h.title))) return 'rule_of_law_report';
  if (headings.some((h) => ENFORCEMENT.test(h.title))) return 'enforcement_report';
  return 'other';
}
