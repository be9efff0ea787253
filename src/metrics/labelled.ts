// Figures written right after their label with no measure word, as statistics lines and short
// summaries do: `行政处罚0`, `罚没款为0`, `新增持证人员5`, `行政复议数量:2`. The label names the kind and
// so the unit; without a measure word a sum of money could be 元 or 万元, so money is read only as 0.
import type { Span } from './context.js';
import type { Draft } from './draft.js';
import { kindInfo } from './kinds.js';

const LABELS: ReadonlyArray<readonly [kind: string, label: string]> = [
  ['penalty.cases', '行政处罚(?:案件)?(?:数量|件数|总数|数)?'],
  ['penalty.fines', '罚没(?:款|金额|收入)|罚款金额|罚款'],
  ['officers.added', '新增(?:持证|执法)人员|新增持证人数'],
  ['officers.removed', '注销(?:持证|执法)人员|注销执法证'],
  ['officers.total', '持证人(?:员|数)(?:数量|总数)?|执法人员(?:数量|总数|数)'],
  ['inspections.count', '(?:行政)?检查次数|行政检查'],
  ['reconsideration.cases', '(?:行政)?复议(?:案件)?(?:数量|件数|数)?'],
  ['litigation.cases', '行政(?:诉讼|应诉)(?:案件)?(?:数量|件数|数)?'],
  ['litigation.lost', '败诉(?:案件)?(?:数量|件数|数)?'],
];

// The label, a linking word, the bare number, then the end of the item (a mark, a space, the line end).
// Spaces only between them: a number on the next line belongs to a table column, not to this label.
const LABELLED = new RegExp(
  `(${LABELS.map(([, l]) => `(?:${l})`).join('|')})[ \\t]*(?:为|是|:|共|合计|共计)?[ \\t]*(\\d+(?:\\.\\d+)?|零)(?=$|[;。、 \\t)\\n]|,(?!\\d))`,
  'g',
);
const KIND_OF = LABELS.map(([kind, label]) => [kind, new RegExp(`^(?:${label})$`)] as const);

/** The labelled bare figures of a normalised text, as drafts in order. */
export function findLabelledFigures(text: string, sentenceAt: (at: number) => Span): Draft[] {
  const out: Draft[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const label = m[1]!;
    const kind = KIND_OF.find(([, re]) => re.test(label))?.[0];
    if (!kind) continue;
    const value = m[2] === '零' ? 0 : Number(m[2]);
    if (kind === 'penalty.fines' && value !== 0) continue;
    const at = m.index + m[0].length - m[2]!.length;
    out.push({
      kind, value, unit: kindInfo(kind)!.unit, qualifier: 'exact', role: 'item', start: m.index, end: m.index + m[0].length,
      at, rule: 'labelled', negated: false, sentence: sentenceAt(at), figureUnit: null, qEnd: m.index + m[0].length,
    });
  }
  return out;
}
