// Section headings: a marker at the start of a line (`第一部分`, `一、`, `(一)`, `1.`, `(1)`), then the
// heading's own words up to the first sentence stop. Numbering is checked afterwards: a marker whose
// number neither starts nor continues its level's sequence is body text that happens to open a line.
import type { Heading } from '../schema.js';
import { smallNumber } from './numerals.js';
import { isHan, overlaps, splitLines, tidyRanges, type Line, type Range } from './ranges.js';
import { isTitleLine } from './title-line.js';

// Marker fragments. Input is normalised (`（一）` → `(一)`, `．` → `.`), the full-width forms are
// accepted too so that raw text works.
const CN_NUM = '[一二三四五六七八九十]{1,3}';
const NUM = '\\d{1,2}';
const OPEN = '[(（]';
const CLOSE = '[)）]';

interface MarkerRule {
  level: Heading['level'];
  re: RegExp;
  /** Chinese-numeral markers may be followed by a year (`二、2023 年度…`); `1.` followed by a digit is a decimal. */
  digitAfter: boolean;
}

const MARKERS: readonly MarkerRule[] = [
  { level: 0, re: new RegExp(`^第(${CN_NUM}|${NUM})(部分|章|节)`), digitAfter: true },
  // One space may stand before the mark where PDF or Word spaced it out: `一 、基本情况`.
  { level: 1, re: new RegExp(`^(${CN_NUM}) ?[、.．]`), digitAfter: true },
  { level: 2, re: new RegExp(`^${OPEN}(${CN_NUM})${CLOSE}`), digitAfter: true },
  { level: 3, re: new RegExp(`^(${NUM}) ?[.、．](?!\\d)`), digitAfter: false },
  { level: 4, re: new RegExp(`^${OPEN}(${NUM})${CLOSE}`), digitAfter: false },
];

// Each kind of marker opens with its own kind of character: 第, a Chinese numeral, a bracket (levels 2 and 4,
// in that order) or a digit. A line is tried against the markers its first character allows, most
// lines against none.
const CN_NUM_UNITS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
const markersOf = (...levels: number[]) => levels.map((level) => MARKERS[level]!);
const PART = markersOf(0);
const NUMBERED = markersOf(1);
const IN_BRACKETS = markersOf(2, 4);
const DIGITS = markersOf(3);
const NONE = markersOf();
function markersFor(first: number): readonly MarkerRule[] {
  if (first === 0x7b2c) return PART;
  if (CN_NUM_UNITS.has(first)) return NUMBERED;
  if (first === 0x28 || first === 0xff08) return IN_BRACKETS;
  if (first >= 0x30 && first <= 0x39) return DIGITS;
  return NONE;
}

// Between marker and title: spaces, and after a bracket or 部分 a stray `、`, `.` or `:`.
const GAP = /[\s、.．:：,，]*/y;
const OPENING_QUOTES = '“‘"「《【';
// The title ends at the first of these: what follows is the section's first sentence.
const STOPS = '。:;!?：；！？';
// `2023 年度`: typesetters space digits off from Chinese, and containers keep that space or not (a PDF gives
// `2023年度`). Titles drop it, so a figure's `section` is the same whatever container the report came in.
const DIGIT_GAP = /(?<=\d)[ \t\u3000]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ \t\u3000]+(?=\d)/g;
export const foldDigitGaps = (title: string): string => (/[ \t\u3000]/.test(title) ? title.replace(DIGIT_GAP, '') : title);

/** A title longer than this with no stop is a paragraph opening: it is cut at its first comma. */
const LONG_TITLE = 30;
// A table-of-contents line: leader dots and a page number.
const TOC_LINE = /(?:…{2}|\.{3}|·{3}|-{3})\s*\d+$/;

/** A heading read from one line, with the number its marker carries (一 → 1). */
export interface Candidate extends Heading {
  number: number;
  /** `节` headings, kept only where a report has no `章`/`部分`. */
  section: boolean;
  /** The line before ends in a colon (`说明:`): a list starts here, so its 1 may restart a level. */
  listStart?: boolean;
}

function startsTitle(c: number, digitAfter: boolean): boolean {
  if (isHan(c) || OPENING_QUOTES.includes(String.fromCharCode(c))) return true;
  return digitAfter && c >= 0x30 && c <= 0x39;
}

const FIRST_STOP = new RegExp(`[${STOPS}]`, 'g');

// The heading's own words: up to the first stop; a long first sentence is cut at its first comma.
function titleEnd(s: string, from: number): number {
  FIRST_STOP.lastIndex = from;
  let end = FIRST_STOP.exec(s)?.index ?? s.length;
  if (end - from > LONG_TITLE) {
    for (let i = from + 2; i < end; i++) {
      const c = s[i]!;
      // A space cuts only after Han text: `2023 年度…` keeps its space.
      if (c === ',' || c === '，' || (c === ' ' && isHan(s.charCodeAt(i - 1)))) {
        end = i;
        break;
      }
    }
  }
  while (end > from && ' ,，、'.includes(s[end - 1]!)) end--;
  return end;
}

// Figures in cells separated by spaces: a row of a table, not a heading.
function isTableRow(title: string): boolean {
  if (title.includes('\t')) return true;
  if (!/\s/.test(title)) return false; // one cell
  const cells = title.split(/\s+/);
  return cells.length >= 3 && cells.filter((c) => /^\d/.test(c)).length >= 2;
}

/** Reads a heading from a line, or null. Offsets are into the whole text. */
export function readHeading(line: Line): Candidate | null {
  const s = line.text;
  for (const rule of markersFor(s.charCodeAt(0))) {
    const m = rule.re.exec(s);
    if (!m) continue;
    const number = smallNumber(m[1]!);
    if (number === null || number === 0) return null;
    GAP.lastIndex = m[0].length;
    const from = m[0].length + GAP.exec(s)![0].length;
    if (from >= s.length || !startsTitle(s.charCodeAt(from), rule.digitAfter)) return null;
    if (TOC_LINE.test(s)) return null;
    const end = titleEnd(s, from);
    const title = s.slice(from, end);
    if (!title || isTableRow(title)) return null;
    return {
      level: rule.level,
      marker: m[0],
      title: foldDigitGaps(title),
      start: line.start,
      end: line.start + end,
      number,
      section: rule.level === 0 && m[2] === '节',
    };
  }
  return null;
}

// How far a number may run ahead of the last one at its level (a skipped or repeated number is a typo).
const MAX_STEP = 2;

// For each candidate, the number of the next candidate at its level, unless a higher level comes first.
function nextNumbers(cands: readonly Candidate[]): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(cands.length);
  const nearest: (Candidate | undefined)[] = [];
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    let next: Candidate | undefined;
    for (let k = 0; k <= c.level; k++) {
      const n = nearest[k];
      if (n && (!next || n.start < next.start)) next = n;
    }
    out[i] = next?.level === c.level ? next.number : undefined;
    nearest[c.level] = c;
  }
  return out;
}

// Keeps candidates whose number fits their level's sequence: 1 opens a level (again only under a new
// parent), others follow the last accepted number at their level. A list numbered 一、二、 inside
// section 三、 is body text: its 一、 restarts a level without a new parent.
function inSequence(cands: readonly Candidate[]): Candidate[] {
  const next = nextNumbers(cands);
  const last = new Map<number, number>();
  const fresh = new Set<number>();
  const out: Candidate[] = [];
  cands.forEach((c, i) => {
    const prev = last.get(c.level);
    const opens = c.number === 1 && (prev === undefined || fresh.has(c.level));
    const follows = prev !== undefined && c.number - prev >= 0 && c.number - prev <= MAX_STEP;
    // Where a level's first heading was lost, the next one in line vouches for this one; under a new
    // parent a second heading may stand for a lost first one.
    const led = (prev === undefined && next[i] === c.number + 1) || (fresh.has(c.level) && c.number <= MAX_STEP);
    // `第一部分` again after its contents page (or a second report in the file) starts the outline anew;
    // a list after a colon line (`说明:` / `1.…`) starts its numbering anew.
    const restarts = c.number === 1 && (c.level === 0 || c.listStart === true);
    if (!(opens || follows || led || restarts)) return;
    out.push(c);
    last.set(c.level, c.number);
    fresh.delete(c.level);
    for (let k = c.level + 1; k <= 4; k++) fresh.add(k);
  });
  return out;
}

// A page whose line breaks were turned into spaces keeps its headings after white space:
// `目 录 第一部分 总体情况 一、执法信息 二、执法综述 …`. Such a line is cut before each marker of
// levels 0 to 2 (a `1.` after a space is as often a note's item in running text).
const FLATTENED = 300;
const INLINE_MARKER = /(?<!\s)\s+(?=第[一二三四五六七八九十]{1,3}(?:部分|章)|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/g;

function unflatten(line: Line): Line[] {
  if (line.text.length < FLATTENED) return [line];
  const cuts = [...line.text.matchAll(INLINE_MARKER)];
  if (cuts.length < 3) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const m of cuts) {
    out.push({ start: line.start + from, end: line.start + m.index, text: line.text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: line.start + from, end: line.end, text: line.text.slice(from) });
  return out;
}

// `第一部分` alone on its line, its title on the next: `第一部分` / `某局2021年度行政执法数据表`.
const PART_ALONE = /^第([一二三四五六七八九十]{1,3}|\d{1,2})(部分|章)[:：]?$/;
function markerAlone(line: Line, lines: readonly Line[], i: number): Candidate | null {
  const m = line.text.charCodeAt(0) === 0x7b2c ? PART_ALONE.exec(line.text) : null;
  if (!m) return null;
  let j = i + 1;
  while (j < lines.length && lines[j]!.text === '') j++;
  const next = lines[j];
  if (!next || next.text.length > LONG_TITLE * 2 || readHeading(next) || /[。;,]/.test(next.text)) return null;
  const c = readHeading({ start: line.start, end: next.end, text: `${m[0]}${' '.repeat(next.start - line.end)}${next.text}` });
  return c && { ...c, title: next.text, end: next.end };
}

/**
 * Where another report starts in the same text (archives concatenate them): a title line standing
 * after the body of the one before.
 */
export function findReportStarts(text: string, chrome: readonly Range[] = [], lines: readonly Line[] = splitLines(text)): number[] {
  const ranges = tidyRanges(chrome);
  const out: number[] = [];
  let body = false;
  for (const line of lines) {
    if (line.text === '' || overlaps(ranges, line.start, line.end)) continue;
    // A paragraph is no title line. A short line only matters after a body: before one, a title line
    // starts nothing and any other line leaves `body` as it is.
    if (line.text.includes('。') || line.text.length > 60) body = true;
    else if (body && !readHeading(line) && isTitleLine(line.text)) {
      out.push(line.start);
      body = false;
    }
  }
  return out;
}

/** Section headings in order (levels 0–4), outside chrome. `lines` are the text's lines, when the caller has them. */
export function findHeadings(text: string, chrome: readonly Range[] = [], textLines: readonly Line[] = splitLines(text)): Heading[] {
  const ranges = tidyRanges(chrome);
  const cands: Candidate[] = [];
  // Long lines may be whole pages flattened: they are cut at their markers.
  const lines: Line[] = [];
  for (const line of textLines) {
    if (line.text.length < FLATTENED) lines.push(line);
    else for (const piece of unflatten(line)) lines.push(piece);
  }
  let before = '';
  const lastEnd = text.trimEnd().length;
  lines.forEach((line, i) => {
    if (line.text === '' || overlaps(ranges, line.start, line.end)) return;
    const c = readHeading(line) ?? markerAlone(line, lines, i);
    // A heading that ends the text is cut off by the end of an excerpt, or has nothing under it.
    // After a colon line a list starts; after a title line (a second report in the file) an outline does.
    // (Only a number 1 can start one: the line before other numbers is not read.)
    if (c && c.end < lastEnd) {
      if (c.number === 1 && (before.endsWith(':') || isTitleLine(before))) c.listStart = true;
      cands.push(c);
    }
    before = line.text;
  });
  // `第一节` sits under `第一章`; with chapters present it has no level of its own, so it is left out.
  const hasChapters = cands.some((c) => c.level === 0 && !c.section);
  const kept = inSequence(cands.filter((c) => !(c.section && hasChapters)));
  return kept.map(({ level, marker, title, start, end }) => ({ level, marker, title, start, end }));
}
