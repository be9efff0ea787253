// Every metric kind the rules and the table reader can produce, with its unit. The core kinds are
// CONTRACT.md's; the kinds of the standard statistics tables (行政执法数据表) follow them.
import type { Unit } from '../schema.js';

export interface KindInfo {
  unit: Unit;
  description: string;
}

const TABLE = {
  'penalty.cases': { unit: 'case', description: 'administrative penalty cases decided' },
  'penalty.fines': { unit: 'yuan', description: 'fines and confiscations, in yuan' },
  'officers.total': { unit: 'person', description: 'law-enforcement officers holding certificates' },
  'officers.added': { unit: 'person', description: 'officers newly certified' },
  'officers.removed': { unit: 'person', description: 'officer certificates cancelled' },
  'inspections.count': { unit: 'time', description: 'inspections, spot checks and check tasks carried out' },
  'inspections.targets': { unit: 'institution', description: 'schools and institutions inspected' },
  'rectifications.count': { unit: 'item', description: 'rectification notices issued or bodies ordered to rectify' },
  'reconsideration.cases': { unit: 'case', description: 'administrative reconsideration cases' },
  'litigation.cases': { unit: 'case', description: 'administrative litigation cases' },
  'litigation.lost': { unit: 'case', description: 'litigation cases lost' },
  'training.sessions': { unit: 'time', description: 'training and study sessions held' },
  'training.hours': { unit: 'hour', description: 'hours of training' },
  'training.participants': { unit: 'person_time', description: 'training attendance' },
  'legal_review.cases': { unit: 'case', description: 'decisions put through legal review (法制审核)' },
  'disclosure.requests': { unit: 'case', description: 'government information disclosure requests handled' },
  'complaints.count': { unit: 'case', description: 'complaints, reports and petitions received' },
  'proposals.handled': { unit: 'case', description: "deputies' suggestions and proposals handled" },
  // 行政处罚实施情况统计表: decisions by type (a decision of several types counts under the heaviest).
  'penalty.type.warning': { unit: 'case', description: 'penalty decisions of warning or public criticism (警告、通报批评)' },
  'penalty.type.fine': { unit: 'case', description: 'penalty decisions imposing a fine (罚款), a count of decisions, not money' },
  'penalty.type.confiscation': { unit: 'case', description: 'confiscation of illegal gains or property (没收违法所得、没收非法财物)' },
  'penalty.type.licence_suspension': { unit: 'case', description: 'licence suspended or qualification lowered (暂扣许可证件、降低资质等级)' },
  'penalty.type.licence_revocation': { unit: 'case', description: 'licence revoked (吊销许可证件)' },
  'penalty.type.business_restriction': { unit: 'case', description: 'business activities restricted (限制开展生产经营活动)' },
  'penalty.type.closure': { unit: 'case', description: 'ordered to stop or close, practice barred (责令停产停业、责令关闭、限制从业)' },
  'penalty.type.detention': { unit: 'case', description: 'administrative detention (行政拘留)' },
  'penalty.type.other': { unit: 'case', description: 'other penalties (其他行政处罚)' },
  // 行政许可实施情况统计表.
  'licensing.applications': { unit: 'case', description: 'licence applications received (申请数量)' },
  'licensing.accepted': { unit: 'case', description: 'licence applications accepted (受理数量)' },
  'licensing.granted': { unit: 'case', description: 'licences granted (许可数量)' },
  'licensing.refused': { unit: 'case', description: 'licences refused (不予许可数量)' },
  'licensing.revoked': { unit: 'case', description: 'licences revoked (撤销许可数量)' },
  // 行政强制实施情况统计表.
  'coercion.measures': { unit: 'case', description: 'administrative coercive measures taken (行政强制措施, 合计)' },
  'coercion.enforcement': { unit: 'case', description: 'administrative coercive enforcement carried out (行政强制执行, 合计)' },
  'coercion.court_applications': { unit: 'case', description: 'applications to a court for enforcement (申请法院强制执行)' },
  // 其他行政执法行为实施情况统计表 (行政检查 is inspections.count).
  'other_acts.levies': { unit: 'time', description: 'administrative levies (行政征收)' },
  'other_acts.requisitions': { unit: 'time', description: 'administrative requisitions (行政征用)' },
  'other_acts.adjudications': { unit: 'time', description: 'administrative adjudications (行政裁决)' },
  'other_acts.confirmations': { unit: 'time', description: 'administrative confirmations (行政确认)' },
  'other_acts.rewards': { unit: 'time', description: 'administrative rewards (行政奖励)' },
  'other_acts.payments': { unit: 'time', description: 'administrative payments and benefits (行政给付)' },
  'other_acts.other': { unit: 'time', description: 'other enforcement acts (其他行政执法行为)' },
  // 行政执法证持证率情况统计表 (持证人数 is officers.total) and 行政复议/诉讼 tables.
  'certification.rate': { unit: 'percent', description: 'share of enforcement staff holding a certificate (持证率), in percent' },
  'reconsideration.corrected': { unit: 'case', description: 'reconsideration cases in which the decision was corrected (被纠错)' },
} satisfies Record<string, KindInfo>;

/** The name of a metric kind: `penalty.cases`, `training.hours`, … (the keys of `KINDS`). */
export type Kind = keyof typeof TABLE;

/** Every metric kind the rules can produce, with its unit and meaning. */
export const KINDS: Readonly<Record<Kind, KindInfo>> = TABLE;

/** The kind names, in the order of `KINDS`. */
export const KIND_NAMES = Object.keys(TABLE) as [Kind, ...Kind[]];

/** A kind's unit and meaning by any name (a rule's kind is a plain string); undefined for no kind. */
export const kindInfo = (kind: string): KindInfo | undefined =>
  Object.hasOwn(TABLE, kind) ? TABLE[kind as Kind] : undefined;

/**
 * The kinds of the standard statistics tables beyond the core kinds, in the fixed order of the
 * `dataset` output's columns.
 */
export const TABLE_KINDS = [
  'penalty.type.warning',
  'penalty.type.fine',
  'penalty.type.confiscation',
  'penalty.type.licence_suspension',
  'penalty.type.licence_revocation',
  'penalty.type.business_restriction',
  'penalty.type.closure',
  'penalty.type.detention',
  'penalty.type.other',
  'licensing.applications',
  'licensing.accepted',
  'licensing.granted',
  'licensing.refused',
  'licensing.revoked',
  'coercion.measures',
  'coercion.enforcement',
  'coercion.court_applications',
  'other_acts.levies',
  'other_acts.requisitions',
  'other_acts.adjudications',
  'other_acts.confirmations',
  'other_acts.rewards',
  'other_acts.payments',
  'other_acts.other',
  'certification.rate',
  'reconsideration.corrected',
] as const satisfies readonly Kind[];
export type TableKind = (typeof TABLE_KINDS)[number];
