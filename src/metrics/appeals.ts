import type { MetricRule } from './rule.js';

// Reconsideration and litigation: `行政复议案件1件`, `行政诉讼案件2件`, `行政应诉3起`, `败诉1件`.
// Overturned or lost appeals are their own figures, never the case count.
// `行政复议和行政诉讼案件共计4件`: one figure for both kinds is neither (`各2件`, `均为0件` are read as lists).
const BOTH = /(?:复议|诉讼|应诉)(?:案件)?(?:和|及|与|、|或|以及)(?:行政)?(?:复议|诉讼|应诉)(?:案件)?(?:数量|数)?(?:共计|合计|总计|共|总数)?(?:为|有|达)?$/;
const notBoth = (c: { before: string }) => !BOTH.test(c.before);

export const appealRules: MetricRule[] = [
  {
    name: 'reconsideration.cases',
    kind: 'reconsideration.cases',
    units: ['case'],
    before: /行政复议|复议/,
    after: /行政复议|复议/,
    afterWithin: 6,
    block: /纠错|撤销|变更|维持|驳回|终止|调解|和解|败诉|确认违法|诉讼|应诉/,
    // `被纠错行政复议案件0件` counts the corrected cases, not the cases.
    when: (c) => !/(?:纠错|撤销|变更|确认违法)的?(?:行政)?复议/.test(c.before) && notBoth(c),
  },
  {
    name: 'litigation.cases',
    kind: 'litigation.cases',
    units: ['case'],
    before: /行政诉讼|行政应诉|诉讼|应诉/,
    after: /行政诉讼|行政应诉|诉讼|应诉/,
    afterWithin: 6,
    block: /败诉|胜诉|复议|纠错|撤销|维持|驳回|调解|和解|判决|裁定/,
    when: notBoth,
  },
  {
    name: 'litigation.lost',
    kind: 'litigation.lost',
    units: ['case'],
    before: /败诉/,
    after: /败诉/,
    afterWithin: 4,
    priority: 2,
  },
];
