// Parallel parts: figures of one kind that together make the whole, when the report gives no total
// (ANNOTATION.md: the summary is their sum). Two shapes, read as an analyst does:
// - a list after one verb: `共检查学校50所、幼儿园30所` (the later items have no verb of their own);
// - one frame repeated for different subjects: `对企业作出处罚30件…;对个人作出处罚8件…`, or a line per
//   unit `局机关…执法人员27人;` / `执法支队…执法人员47人;`.
// Figures of separate activities (`开展招投标治理…罚款68.59万元;开展资质挂靠专项整治…罚款195.15万元`)
// have no subject of their own and stay apart.
import type { Draft } from '../metrics/draft.js';
import { groupBy } from './group.js';

// A later list item that brings its own verb is another statement (`立案655件、结案559件`).
const VERB = /立案|结案|办结|查处|作出|办理|检查|开展|下达|责令|受理|发现|出动|完成|实施|处罚|罚款|审核|注销|新增/;
const LIST_GAP = /^、[^,;。、\d\n]{0,10}$/;

// The subject a sentence opens with: the unit or the kind of party the figures are about.
const SUBJECT = new RegExp(
  '^(?:其中)?[,\\s]*(?:(?:19|20)\\d{2}年度?|全年|本年度|今年)?[,\\s]*(' +
    '对[^,;。]{1,10}?(?=作出|处以|实施|给予|立案|罚款|处罚|,)' +
    '|适用[^,;。]{1,6}程序' +
    '|(?=[^,;。\\d]{2})[^,;。\\d]{0,18}?(?:局机关|机关|局|大队|中队|支队|执法队|站|所|中心|办公室|科|室|部门|单位|乡镇|街道)(?=[^局队站所心室])' +
    ')',
);
const SENTENCE_START = /[;。\n]/;

function sentenceHead(text: string, at: number): { start: number; subject: string | null } {
  let k = at;
  while (k > 0 && at - k < 200 && !SENTENCE_START.test(text[k - 1]!)) k--;
  const m = SUBJECT.exec(text.slice(k, at));
  return { start: k, subject: m ? m[1]! : null };
}

// The words of a figure's clause before it, after the subject: what the figure counts.
function frame(text: string, d: Draft, subject: string): string {
  let k = d.at;
  while (k > 0 && d.at - k < 40 && !/[,;。\n、]/.test(text[k - 1]!)) k--;
  const clause = text.slice(k, d.at);
  const at = clause.indexOf(subject);
  return (at >= 0 ? clause.slice(at + subject.length) : clause).replace(/^(?:其中|共|合计|累计)/, '');
}

// Places and visits to them count one whole of targets: `检查养老机构24家次、社会组织56家`.
const TARGETS = new Set(['visit', 'institution']);
const sameMeasure = (a: Draft, b: Draft) =>
  a.figureUnit === b.figureUnit || (a.kind === 'inspections.targets' && TARGETS.has(a.figureUnit ?? '') && TARGETS.has(b.figureUnit ?? ''));

/** Gives the drafts that are parallel parts of one whole a shared `group` number. */
export function groupParts(text: string, drafts: Draft[]): void {
  let next = 1;
  const byKind = groupBy(drafts, (d) => (d.negated || d.role === 'subset' || d.qEnd === undefined ? null : d.kind));
  for (const list of byKind.values()) {
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      if (a.unit !== b.unit || !sameMeasure(a, b) || a.role !== b.role) continue;
      if (!listed(text, a, b) && !sameFrame(text, a, b)) continue;
      a.group ??= next++;
      b.group = a.group;
    }
  }
}

function listed(text: string, a: Draft, b: Draft): boolean {
  if (a.sentence.start !== b.sentence.start || b.at <= a.qEnd!) return false;
  const gap = text.slice(a.qEnd!, b.at);
  return LIST_GAP.test(gap) && !VERB.test(gap);
}

function sameFrame(text: string, a: Draft, b: Draft): boolean {
  const ha = sentenceHead(text, a.at);
  const hb = sentenceHead(text, b.at);
  if (ha.start === hb.start || !ha.subject || !hb.subject || ha.subject === hb.subject) return false;
  // The next sentence, not one further on: parts stand together.
  if (/[。]/.test(text.slice(a.qEnd!, hb.start))) return false;
  const fa = frame(text, a, ha.subject);
  const fb = frame(text, b, hb.subject);
  return fa.length >= 2 && fa === fb;
}
