// What the columns of the standard statistics tables mean. Since the 2019 guideline every agency
// publishes the same tables (行政处罚, 行政许可, 行政强制, 其他行政执法行为, 持证率; often 复议/诉讼), with
// column names that vary a little by province; these are the words of those columns, not of one report.
// Labels are normalised, without units and white space.
import type { Kind, TableStandard } from '../schema.js';

/** Header words of a column that names the rows (agencies, items, years), not a figure. */
export const LABEL_COLUMN = /^(?:单位名称|单位|执法单位|执法主体|执法机关|执法部门|部门|部门名称|机关名称|单位\/部门|地区|区域|乡镇|名称|项目|指标|类别|序号|编号|年份|年度)$/;
/** Row labels that name an agency-level table's total row. */
export const TOTAL_ROW = /^(?:合计|总计|总数|汇总|全[省市县区镇]|全[省市县区镇]合计|全[省市县区]总计)$/;
export const SUBTOTAL_ROW = /^小计$/;
/** Column labels that sum the type columns before them. */
const TOTAL_COLUMN = /^(?:合计|总计|总数|合计数|总数量)$/;

/**
 * Header labels over several columns (`行政处罚实施数量(宗)` over 警告 … 合计). They name an act and how
 * it is counted; a child column names a type or a step.
 */
export const GROUP_LABEL = /(?:实施|执行)(?:数量|情况|次数)|^(?:行政(?:处罚|许可|强制措施|强制执行|复议|诉讼|应诉))$/;

/**
 * Columns that stand beside a group, never under it, whatever the layout: money beside counts, court
 * applications beside enforcement.
 */
export const STANDALONE = /罚没|金额|申请(?:人民)?法院(?:强制)?执行|持证率/;

/**
 * Full labels of the standard columns, for rejoining a header cell a layout wrapped onto two lines
 * (`没收违法` + `所得、没收非法财物`).
 */
export const KNOWN_LABELS: readonly string[] = [
  '警告、通报批评', '没收违法所得、没收非法财物', '暂扣许可证件、降低资质等级', '暂扣许可证、执照', '吊销许可证件',
  '吊销许可证、执照', '限制开展生产经营活动', '责令停产停业、责令关闭、限制从业', '责令关闭、限制从业', '其他行政处罚',
  '行政处罚实施数量', '行政许可实施数量', '行政强制措施实施数量', '行政强制执行实施数量', '其他行政执法行为实施数量',
  '查封场所、设施或者财物', '冻结存款、汇款', '加处罚款或者滞纳金', '划拨存款、汇款',
  '拍卖或者依法处理查封、扣押的场所、设施或者财物', '排除妨碍、恢复原状', '其他行政强制措施', '其他强制执行方式',
  '申请法院强制执行数量', '其他行政执法行为', '不予许可数量', '撤销许可数量', '罚没金额',
];

const has = (re: RegExp, s: string) => re.test(s);

/** The standard table a caption names; null when it names none. */
export function standardOfCaption(caption: string): TableStandard | null {
  if (/其他行政执法行为/.test(caption)) return 'other_acts';
  if (/行政处罚/.test(caption)) return 'penalty';
  if (/行政许可/.test(caption)) return 'licensing';
  if (/行政强制/.test(caption)) return 'coercion';
  if (/持证|执法证/.test(caption)) return 'certification';
  if (/复议|诉讼|应诉/.test(caption)) return 'reconsideration_litigation';
  if (/行政(?:检查|征收|征用|裁决|确认|奖励|给付)/.test(caption)) return 'other_acts';
  return null;
}

// The standard a column's words point to, when they point to one.
function standardOfColumn(words: string): TableStandard | null {
  if (/复议|诉讼|应诉|败诉|纠错/.test(words)) return 'reconsideration_litigation';
  if (/强制/.test(words)) return 'coercion';
  if (/处罚|警告|通报批评|罚款|罚没|没收|吊销|暂扣|拘留|责令|降低资质|限制开展|限制从业/.test(words)) return 'penalty';
  if (/许可|申请数量|受理/.test(words)) return 'licensing';
  if (/征收|征用|检查|裁决|确认|奖励|给付|执法行为/.test(words)) return 'other_acts';
  if (/持证|执法人员|执证/.test(words)) return 'certification';
  return null;
}

/** The standard of a table from its caption, else from what most of its columns name. */
export function standardOf(caption: string | null, paths: readonly (readonly string[])[]): TableStandard {
  const named = caption ? standardOfCaption(caption) : null;
  if (named) return named;
  const votes = new Map<TableStandard, number>();
  for (const p of paths) {
    const s = standardOfColumn(p.join(''));
    if (s) votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  let best: TableStandard = 'other';
  let most = 1; // one column alone does not make a statistics table
  for (const [s, n] of votes) if (n > most) [best, most] = [s, n];
  return best;
}

/**
 * The metric kind a column's figures are, from its header path (outermost first, names without
 * units) in a table of the given standard; null for a column that is no metric kind.
 *
 * @example
 * columnKind(['行政处罚实施数量', '合计'], 'penalty');  // 'penalty.cases'
 * columnKind(['行政强制执行实施数量', '合计'], 'coercion'); // 'coercion.enforcement'
 * columnKind(['罚没金额'], 'penalty');                   // 'penalty.fines'
 */
export function columnKind(path: readonly string[], standard: TableStandard): Kind | null {
  const leaf = path[path.length - 1] ?? '';
  const groups = path.slice(0, -1).join('');
  if (leaf === '') return null;

  if (/罚没(?:金额|款|收入|款项)?$|罚没金额|罚款(?:金额|数额)|罚没款/.test(leaf)) return 'penalty.fines';
  if (/持证率|执证率/.test(leaf)) return 'certification.rate';
  const appeal = appealKind(leaf, standard) ?? (/复议|诉讼|应诉/.test(groups) ? appealKind(groups + leaf, standard) : null);
  if (appeal) return appeal;

  if (TOTAL_COLUMN.test(leaf)) {
    if (/强制措施/.test(groups)) return 'coercion.measures';
    if (/强制执行/.test(groups)) return 'coercion.enforcement';
    if (/处罚/.test(groups) || (groups === '' && standard === 'penalty')) return 'penalty.cases';
    if (/检查/.test(groups)) return 'inspections.count';
    return null;
  }
  if (/申请(?:人民)?法院(?:强制)?执行/.test(leaf)) return 'coercion.court_applications';

  const penalty = standard === 'penalty' || /处罚/.test(groups);
  if (penalty) {
    const type = penaltyType(leaf);
    if (type) return type;
    if (/处罚/.test(leaf) && /数量|案件|总数|件数|宗数|决定/.test(leaf)) return 'penalty.cases';
  }
  if (standard === 'licensing' || /许可/.test(groups)) {
    if (/^不予(?:行政)?许可/.test(leaf)) return 'licensing.refused';
    if (/^撤销(?:行政)?许可/.test(leaf)) return 'licensing.revoked';
    if (/^(?:许可)?申请/.test(leaf)) return 'licensing.applications';
    if (/^(?:许可)?受理/.test(leaf)) return 'licensing.accepted';
    if (/^(?:准予|予以)?(?:行政)?许可(?:数量|数|件数|决定数?)?$/.test(leaf)) return 'licensing.granted';
  }
  if (/^行政强制措施/.test(leaf)) return 'coercion.measures';
  if (/^行政强制执行/.test(leaf)) return 'coercion.enforcement';

  if (/行政检查|^检查(?:次数|数量)?$/.test(leaf)) return 'inspections.count';
  if (/行政征收/.test(leaf)) return 'other_acts.levies';
  if (/行政征用/.test(leaf)) return 'other_acts.requisitions';
  if (/行政裁决/.test(leaf)) return 'other_acts.adjudications';
  if (/行政确认/.test(leaf)) return 'other_acts.confirmations';
  if (/行政奖励/.test(leaf)) return 'other_acts.rewards';
  if (/行政给付/.test(leaf)) return 'other_acts.payments';
  if (/^其他(?:行政)?执法行为/.test(leaf)) return 'other_acts.other';

  if (/持证人数|持证人员|持有执法证|持执法证/.test(leaf)) return 'officers.total';
  if (/执法人员(?:数|人数|总数|数量)?$|^在岗执法人员/.test(leaf)) return 'officers.total';
  // Also in a penalty table once its type columns are read: a county table of agencies names its count
  // column `行政处罚(宗)`.
  if (/(?:^|行政)处罚(?:案件)?(?:数量|总数|件数|宗数)?$/.test(leaf)) return 'penalty.cases';
  return null;
}

// 被申请行政复议, 被纠错, 被提起行政诉讼, 行政应诉, 败诉: the leaf decides, else the group over it.
function appealKind(words: string, standard: TableStandard): Kind | null {
  if (/败诉/.test(words)) return 'litigation.lost';
  if (/纠错|被撤销|被变更|确认违法/.test(words) && (/复议/.test(words) || standard === 'reconsideration_litigation')) {
    return 'reconsideration.corrected';
  }
  if (/复议/.test(words)) return 'reconsideration.cases';
  if (/诉讼|应诉|起诉/.test(words)) return 'litigation.cases';
  return null;
}

/** The type columns of the penalty table. */
function penaltyType(leaf: string): Kind | null {
  if (has(/^警告|通报批评/, leaf)) return 'penalty.type.warning';
  if (has(/^罚款(?:数量|数)?$/, leaf)) return 'penalty.type.fine';
  if (has(/没收/, leaf)) return 'penalty.type.confiscation';
  if (has(/暂扣|降低资质/, leaf)) return 'penalty.type.licence_suspension';
  if (has(/吊销/, leaf)) return 'penalty.type.licence_revocation';
  if (has(/限制开展生产经营/, leaf)) return 'penalty.type.business_restriction';
  if (has(/责令|限制从业/, leaf)) return 'penalty.type.closure';
  if (has(/拘留/, leaf)) return 'penalty.type.detention';
  if (has(/^其他(?:行政)?处罚|^其他$/, leaf)) return 'penalty.type.other';
  return null;
}

/**
 * Kinds whose figure may be spread over several columns of one row (d15 has 警告 and 通报批评 apart):
 * their columns add up to one figure.
 */
export const isPartKind = (kind: Kind) => kind.startsWith('penalty.type.');
