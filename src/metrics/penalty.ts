import type { MetricRule } from './rule.js';

// Cases: `行政处罚案件4起`, `作出行政处罚11件`, `查处…培训4起`, `4起行政处罚案件`.
// Fines: `罚没金额100100元`, `罚款10.5万元`, `处以5000元罚款`.
const PUNISHED = /(?:行政)?处罚(?:了)?(?:违法|违规)?(?:[\u4e00-\u9fff]{0,3}?(?:企业|单位|机构|商户|经营户|当事人|人员))?$/;

export const penaltyRules: MetricRule[] = [
  {
    name: 'penalty.cases',
    kind: 'penalty.cases',
    units: ['case'],
    before: /行政处罚|处罚|查处|查办|罚款|罚没|立案/,
    after: /处罚|罚款/,
    afterWithin: 6,
    block: /复议|诉讼|信访|投诉|举报|审核|许可|强制|提案|建议|公开|咨询/,
    // Cases put to a collective discussion or a legal review are reviews (`重大案件3件经集体讨论`); cases
    // another agency ran with the bureau's help (`配合公安机关查处案件5起`) are that agency's.
    exclude: /集体讨论|集体研究|法制审核|合法性审核|(?:配合|协助)[^,;。]{0,8}(?:查处|立案|办理|查办)/,
  },
  {
    // Decisions counted as documents: `下达行政处罚决定书5份`, `作出行政处罚决定87份`.
    name: 'penalty.cases.decisions',
    kind: 'penalty.cases',
    units: ['item'],
    measure: /^份$/,
    before: /处罚决定/,
  },
  {
    // Cases counted by the offenders punished: `立案查处无证经营户7家`, `查处违规办学机构6个`.
    // Checks (`检查企业189家`) and hazards (`查处隐患375条`) count something else.
    name: 'penalty.cases.offenders',
    kind: 'penalty.cases',
    units: ['institution', 'item'],
    measure: /^(?:家|户|个)$/,
    before: /立案查处|查处|立案|取缔/,
    block: /检查|抽查|巡查|督查|整改|隐患|问题|许可|备案|审批|投诉|举报/,
  },
  {
    // Cases counted by whom they punished, the figure between 对 and the penalty: `对32家企业实施行政处罚`,
    // `对15名当事人作出罚款处罚`, `对违法企业32家实施行政处罚`. (`对32家企业开展检查` has no penalty after it.)
    // And right after the penalty: `行政处罚3家`, `处罚违法企业5家` (not `处罚决定书送达企业5家`).
    name: 'penalty.cases.punished',
    kind: 'penalty.cases',
    units: ['institution', 'person', 'item'],
    measure: /^(?:家|户|个|名|人)$/,
    before: PUNISHED,
    after: /^[^,;。、]{0,8}?(?:实施|作出|给予|予以|进行)(?:了)?(?:行政)?(?:罚款)?处罚/,
    afterWithin: 0,
    when: (c) => PUNISHED.test(c.before) || /对[^,;。、]{0,6}$/.test(c.before),
  },
  {
    name: 'penalty.fines',
    kind: 'penalty.fines',
    units: ['yuan'],
    // `处罚金额` is cited from 处罚, not from the 罚金 inside it.
    before: /处罚金额|罚款|罚没|没收|罚金/,
    after: /^的?(?:罚款|罚没|罚金)/,
    afterWithin: 0,
    block: /预算|经费|资金|补助|奖励|投入|收费|学费|退费|工资/,
  },
];
