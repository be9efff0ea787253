import { describe, it } from 'vitest';
import { expectMetrics, type Want } from './helpers.js';

const cases: [string, Want[]][] = [
  ['本年度共开展“双随机”执法检查12次，涉及学校培训机构29所，其中联合开展4次涉及12所学校培训机构', [
    { kind: 'inspections.count', value: 12, role: 'total' },
    { kind: 'inspections.targets', value: 29 },
    { kind: 'inspections.count', value: 4, role: 'subset', text: '4次' },
    { kind: 'inspections.targets', value: 12, role: 'subset' },
  ]],
  ['联合督查30餘次', [{ kind: 'inspections.count', value: 30, qualifier: 'more_than', text: '督查30餘次' }]],
  ['发起8项“双随机、一公开”监管部门抽查任务，涉及15所学校培训机构', [
    { kind: 'inspections.count', value: 8 }, { kind: 'inspections.targets', value: 15 },
  ]],
  ['牵头开展了三项部门联合检查', [{ kind: 'inspections.count', value: 3, text: '三项部门联合检查' }]],
  ['共检查民办教育机构185家', [{ kind: 'inspections.targets', value: 185, role: 'total' }]],
  ['检查民办学校、幼儿园等各类教育机构共计156家', [{ kind: 'inspections.targets', value: 156, role: 'total', text: '检查民办学校' }]],
  ['累计检查学校236所次', [{ kind: 'inspections.targets', value: 236, role: 'total' }]],
  ['对16家校外培训机构开展专项检查', [{ kind: 'inspections.targets', value: 16 }]],
  ['开展专项检查5轮，覆盖全区中小学、幼儿园120所', [
    { kind: 'inspections.count', value: 5 }, { kind: 'inspections.targets', value: 120 },
  ]],
  ['督导检查学校50余所', [{ kind: 'inspections.targets', value: 50, qualifier: 'more_than' }]],
  ['开展联合执法行动8次', [{ kind: 'inspections.count', value: 8 }]],
  ['全年共开展检查执法活动58次', [{ kind: 'inspections.count', value: 58, role: 'total' }]],
  // False positives.
  ['涉及15项检查事项', []],
  ['上级部门对我局开展执法检查2次', []],
  ['接受上级执法监督检查3次', []],
  ['检查对象名录库共收录学校120所', []],
  ['对全区16家学科类校外培训机构开展信用等级评价', []],
  ['安全自查610余次', []],
  ['各学校分别开展互查互学4次', []],
  ['排查报送各类安全隐患460处', []],
  ['全区经审批通过的民办幼儿园有69所', []],
  ['组织执法制度学习培训8次', []],
  ['计划明年检查学校30所', []],
  ['每学期检查2次', []],
];

describe('inspection rules', () => {
  it.each(cases)('%s', (s, want) => expectMetrics(s, want));
});

describe('inspection figures after a colon or counted in 个', () => {
  it.each<[string, Want[]]>([
    ['行政检查：120次；行政处罚：0件。', [{ kind: 'inspections.count', value: 120 }, { kind: 'penalty.cases', value: 0 }]],
    ['组织开展专项检查3次，检查校外培训机构50个。', [{ kind: 'inspections.count', value: 3 }, { kind: 'inspections.targets', value: 50 }]],
    ['检查中发现问题50个', []],
  ])('%s', (s, want) => expectMetrics(s, want));
});
