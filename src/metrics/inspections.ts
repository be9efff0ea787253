import type { MetricRule } from './rule.js';
import { INSPECT } from './words.js';

const inspect = new RegExp(INSPECT);
// Checks counted in 项 are tasks (`8项抽查任务`), never the items checked (`15项检查事项`).
const NOT_A_CHECK = /事项|内容|指标|制度|标准|清单|问题|隐患|已|均|全部|都/;
// `35批次已全部核查处置`: a check done to what was counted, not a count of checks.
const DONE_TO_IT = /已|均|全部|都|并|予以/;
// A register of possible targets (`检查对象名录库收录学校120所`) is not what was inspected.
const NOT_TARGETS = /整改|评价|评估|审批|许可|发现|存在|问题|取得|举办|申办|备案|有|名录|入库|清单/;
const inspectedBefore = (s: string) => inspect.test(s);
// Checks done to the bureau by others (`上级部门对我局开展执法检查2次`, `接受上级监督检查3次`) are not its own.
const INSPECTED_BY_OTHERS = /对我(?:局|委|厅|单位)|对本(?:局|委|厅|单位)|接受|迎接|迎检|被检查/;
const COUNTS_OTHER_THING = /^(?:制度|机制|措施|办法|规定|举措|工作|事项|内容|标准|指标|清单|要求|原则)/;

// Count: `执法检查12次`, `联合督查30余次`, `发起8项…抽查任务`, `开展了三项部门联合检查`.
// Targets: `检查民办教育机构185家`, `…检查12次,涉及学校培训机构29所`, `对16家机构开展检查`.
export const inspectionRules: MetricRule[] = [
  {
    name: 'inspections.count',
    kind: 'inspections.count',
    units: ['time', 'item'],
    measure: /^(?:次|轮|场次|批次|轮次|项)$/,
    before: inspect,
    block: /学习|培训|会议|讲座|宣传|事项|内容|指标|制度|机制|措施|办法|规定|隐患|问题/,
    exclude: INSPECTED_BY_OTHERS,
    // `五项制度`: what 项 counts is the noun after it.
    when: (c) => c.q.measure !== '项' || !COUNTS_OTHER_THING.test(c.after),
  },
  {
    name: 'inspections.count.noun',
    kind: 'inspections.count',
    units: ['time', 'item'],
    measure: /^(?:次|轮|项|场次|批次|轮次)$/,
    after: new RegExp(`(?:${INSPECT})(?!事项|内容|标准|清单|对象|人员|名录)`),
    afterWithin: 14,
    block: NOT_A_CHECK,
    exclude: INSPECTED_BY_OTHERS,
  },
  {
    name: 'inspections.targets',
    kind: 'inspections.targets',
    units: ['institution', 'visit'],
    before: inspect,
    block: NOT_TARGETS,
  },
  {
    // `检查校外培训机构50个`: 个 counts institutions when the clause names them.
    name: 'inspections.targets.ge',
    kind: 'inspections.targets',
    units: ['item'],
    measure: /^个$/,
    before: inspect,
    also: /学校|机构|幼儿园|单位|校区|园所|场所|企业/,
    block: NOT_TARGETS,
  },
  {
    name: 'inspections.targets.scope',
    kind: 'inspections.targets',
    units: ['institution', 'visit'],
    before: /涉及|覆盖|包括|共计/,
    block: NOT_TARGETS,
    // Only for a clause with no check word of its own (`…检查12次,涉及…29所`); otherwise the direct
    // rule cites the check word as evidence.
    when: (c) => inspectedBefore(c.sentenceBefore) && !inspectedBefore(c.before),
  },
  {
    name: 'inspections.targets.noun',
    kind: 'inspections.targets',
    units: ['institution', 'visit'],
    after: inspect,
    afterWithin: 16,
    block: new RegExp(`${NOT_TARGETS.source}|${DONE_TO_IT.source}`),
  },
];
