import type { MetricRule } from './rule.js';

const ORDERED = /整改通知|责令(?:限期|停业)?(?:整改|整顿)|责令改正|限期整改|需整改|需要整改|要求整改|督促整改|下达整改|整改意见/;

// `下达整改通知书23份`, `其中需整改2家`, `责令3家机构限期整改`. Hazards fixed (`整改安全隐患320个`)
// are not rectification orders.
export const rectificationRules: MetricRule[] = [
  {
    name: 'rectifications.count',
    kind: 'rectifications.count',
    units: ['item', 'institution', 'case'],
    measure: /^(?:份|条|家|所|户|个|项|起|件)$/,
    before: ORDERED,
    // A later list item naming a document of its own (`整改通知书12份、执法建议书3份`) is that document.
    block: /隐患|问题|、[^、\d]{0,10}(?:书|单|函)/,
  },
  {
    name: 'rectifications.count.noun',
    kind: 'rectifications.count',
    units: ['institution', 'item'],
    measure: /^(?:家|所|户|份)$/,
    after: /限期整改|责令整改|进行整改|立即整改|整改通知|整改|整顿/,
    afterWithin: 12,
    block: /隐患|问题/,
  },
];
