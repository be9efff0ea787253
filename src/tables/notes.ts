// Table notes: the 说明 / 填报说明 under (or instead of) a statistics table say how the table counts
// (`统计范围为…1月1日至12月31日`, `并处两种以上行政处罚的,算一宗行政处罚`, `检查1个检查对象…计为检查1次`).
// They are rules, never counts, so no figure is read inside them. A note is a `说明:` line (or a table
// title ending in 说明:) with the numbered items under it; a counting rule stated anywhere else is
// one sentence.
import { overlaps, splitLines, tidyRanges, type Line, type Range } from '../outline/ranges.js';

// `说明:`, `填报说明:`, `注:`, `备注:`, and `…统计表(表一)说明:`; with the note's text on the same line or not.
const NOTE_OPENER = /^(?:填报|填表|编制)?(?:说明|注释|备注|注)\s*[:]|(?:统计|情况|数据)表.{0,12}(?:说明|注)\s*[:]?$/;
const ITEM = /^(?:\(?\d{1,2}[.、)]|\(\d{1,2}\)|[①-⑳])/;
// Wordings that lay down how a table counts.
// (`以…为准` and `不计入` stay out: prose says `人数以12月31日为准,共有执法人员20人`.)
const COUNTING_RULE = /统计范围(?:为|是)|[算计按]一[宗件起次]|计为(?:检查)?\d|计入[^。;]{0,24}类别/g;
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a; // 。;!?\n

/**
 * Ranges of table notes in a normalised text, sorted and disjoint: note blocks, and sentences that
 * state a counting rule. Chrome lines open no note.
 *
 * @example
 * findNotes('说明:\n1.并处两种以上行政处罚的,算一宗行政处罚。\n二、其他情况', []);
 * // [[0, 26]]
 */
export function findNotes(text: string, chrome: readonly Range[], lines: readonly Line[] = splitLines(text)): Range[] {
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!NOTE_OPENER.test(l.text) || overlaps(chrome, l.start)) continue;
    let end = l.end;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.text === '') continue;
      if (!ITEM.test(next.text) || overlaps(chrome, next.start)) break;
      end = next.end;
    }
    out.push([l.start, end]);
    i = j - 1;
  }
  let covered = 0;
  for (const m of text.matchAll(COUNTING_RULE)) {
    if (m.index < covered) continue; // the sentence is taken already
    const range = sentenceAround(text, m.index, m.index + m[0].length);
    covered = range[1];
    out.push(range);
  }
  return tidyRanges(out);
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !isSentenceEnd(text.charCodeAt(e))) e++;
  return [s, Math.min(text.length, e + 1)];
}
