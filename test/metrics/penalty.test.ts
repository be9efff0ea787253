import { describe, it } from 'vitest';
import { expectMetrics, type Want } from './helpers.js';

const cases: [string, Want[]][] = [
  ['本年度共办理行政处罚案件4起，主要针对隐形变异培训。', [{ kind: 'penalty.cases', value: 4, role: 'total', text: '4起' }]],
  ['2024年，共作出行政处罚11件。', [{ kind: 'penalty.cases', value: 11, role: 'total', text: '处罚11件' }]],
  ['依法查处隐形变异学科类校外培训4起', [{ kind: 'penalty.cases', value: 4, text: '查处隐形变异学科类校外培训4起' }]],
  ['2023年教育培训发生处罚1件', [{ kind: 'penalty.cases', value: 1 }]],
  ['全年立案查处违法办学行为十二起', [{ kind: 'penalty.cases', value: 12, role: 'total' }]],
  ['办理3起行政处罚案件', [{ kind: 'penalty.cases', value: 3, text: '3起行政处罚' }]],
  ['下达行政处罚决定书5份', [{ kind: 'penalty.cases', value: 5 }]],
  ['全年行政處罰案件共計2宗', [{ kind: 'penalty.cases', value: 2, role: 'total', text: '處罰案件共計2宗' }]],
  ['罚没金额100100元', [{ kind: 'penalty.fines', value: 100100, text: '罚没金额100100元' }]],
  ['罚款10.5万元', [{ kind: 'penalty.fines', value: 105000 }]],
  ['处以3000元罚款', [{ kind: 'penalty.fines', value: 3000 }]],
  ['全年处罚金额共计56万元', [{ kind: 'penalty.fines', value: 560000, text: '处罚金额共计56万元' }]],
  ['累计罚没款3万余元', [{ kind: 'penalty.fines', value: 30000, qualifier: 'more_than', role: 'total' }]],
  ['全年共对32家企业实施行政处罚', [{ kind: 'penalty.cases', value: 32, text: '32家企业实施行政处罚' }]],
  ['对15名当事人作出罚款处罚', [{ kind: 'penalty.cases', value: 15 }]],
  ['对违法企业32家实施行政处罚', [{ kind: 'penalty.cases', value: 32 }]],
  ['行政处罚3家,罚款12.8万元', [{ kind: 'penalty.cases', value: 3 }, { kind: 'penalty.fines', value: 128000 }]],
  ['处罚违法经营单位5家', [{ kind: 'penalty.cases', value: 5 }]],
  ['全年行政处罚案件数为0', [{ kind: 'penalty.cases', value: 0, text: '行政处罚案件数为0' }]],
  // False positives: not penalties.
  ['对15名执法人员进行培训', []],
  ['涉及罚款金额10万元以上的重大案件3件经集体讨论', []],
  ['配合公安机关查处案件5起', []],
  ['处罚决定书送达企业5家', []],
  ['对处罚案件涉及的12家企业开展回访', []],
  ['对12名违规人员给予党纪处分', []],
  ['对检查中发现问题的企业12家进行约谈', []],
  ['对1000元及以上的罚款案件进行法制审核', []],
  ['投入资金500万元用于校舍改造', []],
  ['处理群众投诉举报46件', []],
  ['受理行政许可申请235件', []],
  ['收取学费2000元', []],
  ['计划查处违规培训10起', []],
  ['较去年减少处罚案件2件', []],
];

describe('penalty rules', () => {
  it.each(cases)('%s', (s, want) => expectMetrics(s, want));
});

describe('plans are no results', () => {
  it.each<[string, Want[]]>([
    ['按照年初计划开展执法检查12次', [{ kind: 'inspections.count', value: 12 }]],
    ['依据年度工作计划，共检查学校30所', [{ kind: 'inspections.targets', value: 30, role: 'total' }]],
    ['计划培训执法人员200人次，开展检查不少于5轮。', []],
    ['2024年，我局将力争查处违规培训10起。', []],
    ['一、工作成效\n全年查处违规培训3起。\n二、下一步工作计划\n全年查处违规培训10起。', [{ kind: 'penalty.cases', value: 3 }]],
    ['一、工作思路和主要做法\n全年查处违规培训3起。', [{ kind: 'penalty.cases', value: 3 }]],
  ])('%s', (s, want) => expectMetrics(s, want));
});
