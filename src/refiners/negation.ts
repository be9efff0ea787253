// Negations that state a zero: `未发生因行政执法引起的行政复议、行政诉讼案件` → reconsideration 0 and
// litigation 0; `无行政复议或行政诉讼败诉情况` → lost 0 only (the head noun 败诉 governs the list);
// `无执法人员变动情况` → added 0 and removed 0; `零败诉` → lost 0.
import { contextsOf, type Contexts, type Span } from '../metrics/context.js';
import { eachMatch } from '../matches.js';
import type { Draft } from '../metrics/draft.js';
import { kindInfo } from '../metrics/kinds.js';
import { CASE_KEYWORDS, listedKinds } from './coordination.js';

const TRIGGER = /未发生|没有发生|没发生|未出现|没有出现|未有|未产生|未作出|没有作出|未办理|未受理|未收到|未接到|未涉及|不存在|没有|(?<![并从毫])无(?![论法需须证人序偿效意线关])/g;
// Items of a negated list; `等` closes it.
const ITEM_SPLIT = /以及|或者|、|和|或|及|与/;
// A list that ends in another kind of event still names its head noun: `…和信访事件`.
const LIST_END = /(?:案件|案|情况|事件|事项|行为|申请|决定)(?:等(?:情况|事项|行为)?)?(?:发生)?$/;
const CASE_HEAD = /^(?:案件|案|情况|事件|事项|行为|申请|决定)?(?:等(?:情况|事项|行为)?)?(?:发生)?$/;

// A verb that makes the items before it objects of a clause modifying the head noun.
const GOVERNED = /(?:不服|引起|引发|导致|涉及|针对)[^、,]{0,8}的[^、,]{2,}$/;

const OFFICER_CHANGE = /执法(?:人员|员|队伍|证件?)[^,;。]{0,6}?(?:变动|变化|增减|调整)/;

function zero(kind: string, start: number, end: number, at: number, sentence: Span, rule: string): Draft {
  return {
    kind, value: 0, unit: kindInfo(kind)!.unit, qualifier: 'exact', role: 'item',
    start, end, at, rule, negated: true, sentence, figureUnit: null,
  };
}

/** Reads the zero figures that negated statements give, in order of the text. */
export function findNegations(text: string, contexts: Contexts = contextsOf(text)): Draft[] {
  const out: Draft[] = [];
  const contextOf = (at: number) => {
    const s = contexts.sentenceAt(at);
    return { s, c: contexts.clauseAt(at, s) };
  };
  for (const m of text.matchAll(TRIGGER)) {
    const { s, c } = contextOf(m.index);
    const scopeStart = m.index + m[0].length;
    // The scope runs to the clause end, or to a turn (`但`) that starts another statement.
    const rest = text.slice(scopeStart, c.end);
    const stop = rest.search(/但|而|却/);
    const scope = stop >= 0 ? rest.slice(0, stop) : rest;
    out.push(...readScope(scope, m.index, scopeStart + scope.length, s));
  }
  for (const m of text.matchAll(ZERO)) {
    const { s, c } = contextOf(m.index);
    out.push(...statedZeros(text.slice(c.start, m.index), c.start, m.index + m[0].length, s));
  }
  for (const m of text.matchAll(ZERO_WORD)) {
    const kind = m[1] ? CASE_KEYWORDS.find(([re]) => new RegExp(re.source).test(m[1]!))![1] : 'litigation.lost';
    out.push(zero(kind, m.index, m.index + m[0].length, m.index, contextOf(m.index).s, 'negation.zero-word'));
  }
  return onePerSentence(out);
}

// `由于未收到…行政复议申请,因此无行政复议案件`: one sentence stating the same zero twice is one
// statement; the tighter wording (the shorter span) is its evidence.
function onePerSentence(drafts: Draft[]): Draft[] {
  const best = new Map<string, Draft>();
  for (const d of drafts) {
    if (!d.negated) continue;
    const key = `${d.sentence.start}:${d.kind}`;
    const held = best.get(key);
    if (!held || d.end - d.start < held.end - held.start) best.set(key, d);
  }
  return drafts.filter((d) => !d.negated || best.get(`${d.sentence.start}:${d.kind}`) === d);
}

const ZERO_WORD = /零(败诉|复议|诉讼|处罚)|败诉率(?:为|是)?(?:0|零)(?!\.?\d)%?|(?:均|全部|皆|都)?未(?:曾)?败诉/g;

// `行政复议、行政诉讼均为零`, `行政诉讼案件为0`, `实现行政复议、诉讼零发生`: a zero written without a measure word.
const ZERO = /(?:均为|均是|为|是|均)(?:零|0)(?![\d.%件起宗例次名人家所个项份元])|零发生/g;

function statedZeros(before: string, clauseStart: number, end: number, s: Span): Draft[] {
  if (/率$/.test(before)) return []; // a rate (`败诉率为0`) is read by the zero-word rule
  const kinds = listedKinds(before).filter((k) => k !== 'litigation.lost' || /败诉$/.test(before));
  const at = clauseStart + before.length;
  return kinds.map((k) => ({ ...zero(k, clauseStart, end, at, s, 'zero.stated'), negated: false }));
}

function readScope(scope: string, start: number, end: number, s: Span): Draft[] {
  if (OFFICER_CHANGE.test(scope)) {
    return [
      zero('officers.added', start, end, start, s, 'negation.officers'),
      zero('officers.removed', start, end, start, s, 'negation.officers'),
    ];
  }
  const items = scope.split(ITEM_SPLIT);
  const last = items[items.length - 1] ?? '';
  // `未收到对…行政处罚、行政许可决定不服的行政复议申请`: the list is what the head noun's clause is
  // about (不服 the penalties); only the head is negated.
  if (GOVERNED.test(last)) {
    const h = headAfterKeyword(last);
    return h && CASE_HEAD.test(h.head) ? [zero(h.kind, start, end, start, s, 'negation.list')] : [];
  }
  // The head noun of the last item governs the list: `复议或诉讼败诉情况` is about losses only, and
  // `复议、诉讼和信访事件` about events, though 信访 is no kind of ours.
  if (/败诉/.test(last)) return [zero('litigation.lost', start, end, start, s, 'negation.list')];
  const lastHead = headAfterKeyword(last)?.head ?? LIST_END.exec(last)?.[0];
  if (lastHead === undefined || !CASE_HEAD.test(lastHead)) return [];
  const kinds: string[] = [];
  for (const item of items) {
    const h = headAfterKeyword(item);
    if (!h || (h.head && !CASE_HEAD.test(h.head))) continue;
    if (!kinds.includes(h.kind)) kinds.push(h.kind);
  }
  return kinds.map((k) => zero(k, start, end, start, s, 'negation.list'));
}

// `未作出吊销许可证件的处罚`, `无重大行政处罚`: one type of penalty negated says nothing of the others.
const PENALTY_TYPE = /吊销|暂扣|拘留|没收|停产|停业|关闭|限制|警告|通报批评|罚款|降低资质|重大|较大|听证|简易|一般程序|普通程序/;

/** The kind an item names, and the words after the naming keyword (its own head noun). */
function headAfterKeyword(item: string): { kind: string; head: string } | null {
  // The keyword that ends last names the kind.
  let kind = null as string | null;
  let end = -1;
  let from = 0;
  for (const [re, k] of CASE_KEYWORDS) {
    eachMatch(re, item, (m) => {
      const at = m.index + m[0].length;
      if (kind === null || at > end) {
        kind = k;
        end = at;
        from = m.index;
      }
    });
  }
  if (kind === 'penalty.cases' && PENALTY_TYPE.test(item.slice(0, from))) return null;
  return kind === null ? null : { kind, head: item.slice(end) };
}
