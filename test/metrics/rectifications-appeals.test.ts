import { describe, it } from 'vitest';
import { expectMetrics, type Want } from './helpers.js';

const cases: [string, Want[]][] = [
  ['下达整改通知书23份', [{ kind: 'rectifications.count', value: 23, text: '整改通知书23份' }]],
  ['抽查15所学校，其中需整改2家', [{ kind: 'inspections.targets', value: 15 }, { kind: 'rectifications.count', value: 2, role: 'item' }]],
  ['责令5家培训机构停业整顿', [{ kind: 'rectifications.count', value: 5 }]],
  ['责令3家机构限期整改', [{ kind: 'rectifications.count', value: 3 }]],
  ['交办、整改安全隐患320个', []],
  ['整改到位432处', []],
  ['对2所年检不合格学校责令限期整改', [{ kind: 'rectifications.count', value: 2 }]],
  ['共发出整改通知书12份、执法建议书3份', [{ kind: 'rectifications.count', value: 12 }]],
  ['责令整改学校5所、幼儿园3所', [{ kind: 'rectifications.count', value: 5 }, { kind: 'rectifications.count', value: 3 }]],
  ['行政复议案件1件，案件维持我局作出的行政决定', [{ kind: 'reconsideration.cases', value: 1 }]],
  ['行政诉讼案件2件，未出现败诉案件', [
    { kind: 'litigation.cases', value: 2 }, { kind: 'litigation.lost', value: 0, text: '未出现败诉案件' },
  ]],
  ['行政应诉案件3起，败诉1起', [{ kind: 'litigation.cases', value: 3 }, { kind: 'litigation.lost', value: 1 }]],
  ['行政复议、行政诉讼案件均为0件', [{ kind: 'reconsideration.cases', value: 0 }, { kind: 'litigation.cases', value: 0 }]],
  ['行政复议、行政诉讼案件分别为1件、2件', [{ kind: 'reconsideration.cases', value: 1 }, { kind: 'litigation.cases', value: 2 }]],
  ['全年行政复议和行政诉讼案件共计4件', []],
  ['行政复议、诉讼案件4件', []],
  ['行政处罚案件和行政复议案件各1件', [{ kind: 'penalty.cases', value: 1 }, { kind: 'reconsideration.cases', value: 1 }]],
  // Not case counts: the lawyer's work counted in 次, and overturned decisions.
  ['法律顾问处理行政复议、诉讼、仲裁等涉法事务共计28次', []],
  ['行政复议纠错1件', []],
];

describe('rectification and appeal rules', () => {
  it.each(cases)('%s', (s, want) => expectMetrics(s, want));
});
