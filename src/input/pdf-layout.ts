// PDF text items → lines in reading order. A PDF has no paragraphs, only runs of glyphs placed on a
// page; this rebuilds lines (items grouped by baseline, sorted by x), drops page numbers, and rejoins
// lines that were only wrapped at the right margin, so a sentence is not cut in two by the layout.
// Ruled tables (./pdf-tables.ts) become pipe rows, one line per row, never joined to their neighbours.
import { ruledTables, type Segment } from './pdf-tables.js';

/** A run of text placed on a page, in viewport space (y grows downward, baseline). */
export interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (em) in page units. */
  size: number;
}

/** The runs of one page and the page's width; the segments drawn on it, when it may hold a table. */
export interface PageRuns {
  width: number;
  runs: readonly Run[];
  segments?: readonly Segment[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  pageWidth: number;
  /** A table row: a line of its own, never joined to another. */
  fixed?: boolean;
}

const CJK_CLASS = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK = new RegExp(`[${CJK_CLASS}]`);
// Page numbers in their usual Chinese and Western forms: `- 3 -`, `— 3 —`, `第3页 共12页`, `3/12`.
const PAGE_NUMBER = /^[\s\-—–－·]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*(?:\/\s*\d+)?|page\s*\d+(?:\s*of\s*\d+)?)[\s\-—–－·]*$/i;

/**
 * Turns the text runs of each page into text: one line per printed line, a blank line between
 * distant blocks, wrapped lines of one paragraph joined, no spaces between CJK glyphs.
 *
 * @example
 * pagesToText([{ width: 595, runs: [{ str: '一、基本情况', x: 72, y: 100, width: 72, size: 12 }] }]); // '一、基本情况'
 */
export function pagesToText(pages: readonly PageRuns[]): string {
  const laid = pages.map((page) => dropPageNumbers(toLines(page))).filter((lines) => lines.length > 0);
  // Margins are the document's: a page holding only a few indented lines has no margin of its own.
  const shape = pageShape(laid.flat().filter((l) => !l.fixed));
  let out = '';
  let previous: Line | null = null;
  for (const lines of laid) {
    lines.forEach((line, i) => {
      if (previous) out += separator(previous, line, shape, i === 0);
      out += line.text;
      previous = line;
    });
  }
  return out;
}

function toLines(page: PageRuns): Line[] {
  // Whitespace-only runs carry nothing the positions do not tell: gaps are measured instead.
  let usable = page.runs.filter((r) => r.str.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0);
  const rows: Line[] = [];
  if (page.segments && page.segments.length > 0) {
    const found = ruledTables(usable, page.segments);
    usable = found.rest;
    for (const t of found.tables) {
      const step = (t.bottom - t.top) / (t.rows.length + 1);
      t.rows.forEach((cells, k) => {
        rows.push({ text: `| ${cells.join(' | ')} |`, x0: t.left, x1: t.right, y: t.top + step * (k + 1), size: t.size, pageWidth: page.width, fixed: true });
      });
    }
  }
  usable.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of usable) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && Math.abs(run.y - head.y) <= 0.4 * Math.min(run.size, head.size)) group.push(run);
    else groups.push([run]);
  }
  const lines = groups.map((g) => joinRuns(g, page.width)).filter((line) => line.text !== '');
  return rows.length === 0 ? lines : [...lines, ...rows].sort((a, b) => a.y - b.y);
}

function joinRuns(group: Run[], pageWidth: number): Line {
  group.sort((a, b) => a.x - b.x);
  let text = '';
  let prev: Run | null = null;
  for (const run of group) {
    // Fake bold draws the same text twice, a hair apart.
    if (prev && run.str === prev.str && Math.abs(run.x - prev.x) < 0.2 * run.size) continue;
    if (prev) text += gapText(prev, run);
    text += run.str;
    prev = run;
  }
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const size = group.reduce((m, r) => Math.max(m, r.size), 0);
  return { text: text.replace(/\s+/g, ' ').trim(), x0: first.x, x1: last.x + last.width, y: first.y, size, pageWidth };
}

// Space between two runs on a line: a wide gap (a table column, a tab) is one; a word gap is one
// between Latin words and digits; CJK glyphs get none.
function gapText(prev: Run, next: Run): string {
  const gap = next.x - (prev.x + prev.width);
  if (gap > 1.5 * next.size) return ' ';
  const cjk = CJK.test(prev.str.trimEnd().slice(-1)) || CJK.test(next.str.trimStart().charAt(0));
  return !cjk && gap > 0.15 * next.size ? ' ' : '';
}

function dropPageNumbers(lines: Line[]): Line[] {
  const out = [...lines];
  if (out.length > 1 && PAGE_NUMBER.test(out[out.length - 1]!.text)) out.pop();
  if (out.length > 1 && PAGE_NUMBER.test(out[0]!.text)) out.shift();
  return out;
}

interface Shape {
  left: number;
  right: number;
  pitch: number | null;
}

const percentile = (values: number[], p: number) => values.sort((a, b) => a - b)[Math.ceil((values.length - 1) * p)] ?? 0;

// The body's left and right margins and the usual distance between lines.
function pageShape(lines: readonly Line[]): Shape {
  const left = percentile(lines.map((l) => l.x0), 0.05);
  const right = percentile(lines.map((l) => l.x1), 0.95);
  const steps = lines
    .slice(1)
    .map((l, i) => l.y - lines[i]!.y)
    .filter((d) => d > 0);
  // The lower median: blank lines and section gaps only ever make steps longer.
  steps.sort((a, b) => a - b);
  return { left, right, pitch: steps.length > 0 ? steps[Math.floor((steps.length - 1) / 2)]! : null };
}

function separator(a: Line, b: Line, shape: Shape, newPage: boolean): string {
  if (a.fixed || b.fixed) return '\n';
  if (!newPage) {
    const dy = b.y - a.y;
    if (shape.pitch !== null && dy > 1.7 * shape.pitch && dy > 1.5 * a.size) return '\n\n';
  }
  // A line that runs from the left margin to the right one, followed by a line at the left margin
  // in the same type size, is one paragraph wrapped; a paragraph's first line is indented. The
  // right margin is taken as the left one mirrored unless text reaches further: with a wrong
  // guess, lines stay apart rather than paragraphs merge.
  const right = Math.max(shape.right, a.pageWidth - shape.left);
  const full = a.x1 >= right - 1.5 * a.size && a.x0 <= shape.left + 3 * a.size;
  const flush = b.x0 <= shape.left + 0.5 * b.size;
  const sameSize = Math.abs(a.size - b.size) <= 0.15 * a.size;
  // A full line ending a sentence, then a heading marker at the margin: `…无盲区。` / `（三）依法行政…` is a
  // heading, not the paragraph going on.
  if (full && flush && sameSize && !(SENTENCE_END.test(a.text) && HEADING_START.test(b.text))) {
    // Chinese wraps anywhere, even inside a number (`202` / `4年`); Western text wraps at spaces.
    const cjk = CJK.test(a.text.slice(-1)) || CJK.test(b.text.charAt(0)) || mostlyCjk(a.text);
    return cjk || a.text.endsWith('-') ? '' : ' ';
  }
  return '\n';
}

const SENTENCE_END = /[。！？；：!?;:][”’"』」）)]?$/;
// The markers of src/outline/headings.ts, as a line's start: 第一部分, 一、, （一）, 1. or 1、 (not 1.5), （1）.
const HEADING_START = /^(?:第[一二三四五六七八九十百]+(?:部分|章|节)|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}(?:[、．]|\.(?!\d))|[(（]\d{1,2}[)）])/;

function mostlyCjk(text: string): boolean {
  const cjk = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk > latin;
}
