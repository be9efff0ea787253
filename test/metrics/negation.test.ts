import { describe, it } from 'vitest';
import { expectMetrics, type Want } from './helpers.js';

const zero = (kind: string, text?: string): Want => ({ kind, value: 0, ...(text ? { text } : {}) });

const cases: [string, Want[]][] = [
  ['本年度未发生因行政执法引起的行政复议、行政诉讼案件。', [zero('reconsideration.cases'), zero('litigation.cases')]],
  ['本年度我局沒有發生行政處罰、行政強制、行政徵收、行政獎勵情況、行政複議和行政訴訟案件等情況', [
    zero('penalty.cases', '沒有發生'), zero('reconsideration.cases'), zero('litigation.cases'),
  ]],
  ['所有案件均依法办理，无行政复议或行政诉讼败诉情况。', [zero('litigation.lost')]],
  ['年度内无执法人员变动情况', [zero('officers.added'), zero('officers.removed')]],
  ['执法人员无变动', []],
  ['全年未作出行政处罚决定', [zero('penalty.cases')]],
  ['未收到行政复议申请，行政诉讼零败诉', [zero('reconsideration.cases'), zero('litigation.lost', '零败诉')]],
  ['行政诉讼败诉率为0', [zero('litigation.lost')]],
  ['全年未发生因执法不当引起的行政复议、行政诉讼和信访事件', [zero('reconsideration.cases'), zero('litigation.cases')]],
  ['实现零复议、零诉讼', [zero('reconsideration.cases'), zero('litigation.cases')]],
  ['无一例行政诉讼败诉', [zero('litigation.lost')]],
  // Negations of something else.
  ['未出现行政执法差案，没有因行政执法引起的社会舆情', []],
  ['没有因行政处罚引起的舆情', []],
  ['本年度无投诉举报、情况通报及行政执法人员干预、插手案件办理情况', []],
  ['无论行政复议还是行政诉讼都要依法应对', []],
  ['无证办学机构被依法取缔', []],
  // One type of penalty negated says nothing of the others.
  ['全年未作出吊销许可证件的处罚', []],
  ['未作出重大行政处罚决定', []],
  ['未发生行政拘留处罚', []],
];

describe('negations that state zero', () => {
  it.each(cases)('%s', (s, want) => expectMetrics(s, want));
});

describe('zeros written without a measure word', () => {
  it.each<[string, Want[]]>([
    ['全年行政复议、行政诉讼均为零。', [zero('reconsideration.cases'), zero('litigation.cases')]],
    ['实现行政复议、行政诉讼零发生', [zero('reconsideration.cases'), zero('litigation.cases')]],
    ['全年未发生一起行政诉讼案件', [zero('litigation.cases')]],
    ['行政诉讼败诉率为0', [zero('litigation.lost')]],
    ['行政复议纠错率为0', []],
  ])('%s', (s, want) => expectMetrics(s, want));
});
