// Ruled tables on a PDF page. A table printed from Word, WPS or Excel has its borders drawn as line
// segments (or thin filled rectangles); the horizontal ones bound the rows, the vertical ones the
// columns, and a border missing between two slots means one cell spans both. Text runs are put into
// the cells by where they stand, so a label wrapped inside its cell stays one cell. Each table becomes
// pipe rows (`| a |  | b |`: a spanning cell followed by, or above, empty cells), the layout the
// document step reads tables from. Coordinates are viewport space (y grows downward).
import type { Run } from './pdf-layout.js';

/** A straight segment drawn on the page: a border, in viewport space. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A table found on a page: its box, its rows as cell texts, and the type size of its words. */
export interface RuledTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** One entry per row band that holds words: the cells' texts, '' where a span covers the slot. */
  rows: string[][];
  size: number;
}

const TOLERANCE = 2;
const MAX_CROSSINGS = 4_000_000;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const FIGURE_CELL = /^[+-]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|亿元|元|宗|件|起|次|人|名|个|家|项)?$/;

interface Line {
  at: number;
  from: number;
  to: number;
}

// Union–find over indices.
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return { find, union: (a: number, b: number) => void (parent[find(a)] = find(b)) };
}

// Positions within `TOLERANCE` of each other are one.
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > TOLERANCE) out.push(v);
  return out;
}

const covers = (lines: readonly Line[], at: number, point: number) =>
  lines.some((l) => Math.abs(l.at - at) <= TOLERANCE && l.from - TOLERANCE <= point && point <= l.to + TOLERANCE);

// Where a value falls among sorted bounds: the band index, or -1 outside.
function band(bounds: readonly number[], v: number): number {
  if (v < bounds[0]! - TOLERANCE || v > bounds[bounds.length - 1]! + TOLERANCE) return -1;
  let k = 0;
  while (k + 2 < bounds.length && v >= bounds[k + 1]!) k++;
  return k;
}

/**
 * Finds the ruled tables among a page's segments and reads its runs into them; the runs outside
 * any table are returned as `rest`.
 *
 * @example
 * // Two columns, two rows, one word in each cell:
 * ruledTables(runs, [...borders]).tables[0].rows; // [['申请数量', '受理数量'], ['3862', '3855']]
 */
export function ruledTables(runs: readonly Run[], segments: readonly Segment[]): { tables: RuledTable[]; rest: Run[] } {
  const h: Line[] = [];
  const v: Line[] = [];
  for (const s of segments) {
    const [xa, xb] = s.x0 <= s.x1 ? [s.x0, s.x1] : [s.x1, s.x0];
    const [ya, yb] = s.y0 <= s.y1 ? [s.y0, s.y1] : [s.y1, s.y0];
    if (yb - ya <= TOLERANCE / 2 && xb - xa > 2 * TOLERANCE) h.push({ at: (ya + yb) / 2, from: xa, to: xb });
    else if (xb - xa <= TOLERANCE / 2 && yb - ya > 2 * TOLERANCE) v.push({ at: (xa + xb) / 2, from: ya, to: yb });
  }
  // A page of that many strokes is a drawing (a chart, a map, hatching), not a table to pair border by border.
  if (h.length < 2 || v.length < 2 || h.length * v.length > MAX_CROSSINGS) return { tables: [], rest: [...runs] };

  // Borders that meet belong to one table.
  const uf = unionFind(h.length + v.length);
  h.forEach((a, i) => {
    v.forEach((b, j) => {
      const meet = b.at >= a.from - TOLERANCE && b.at <= a.to + TOLERANCE && a.at >= b.from - TOLERANCE && a.at <= b.to + TOLERANCE;
      if (meet) uf.union(i, h.length + j);
    });
  });
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  h.forEach((a, i) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] };
    g.h.push(a);
    groups.set(uf.find(i), g);
  });
  v.forEach((b, j) => {
    const g = groups.get(uf.find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(b);
    groups.set(uf.find(h.length + j), g);
  });

  const tables: RuledTable[] = [];
  let rest = [...runs];
  for (const g of groups.values()) {
    const ys = cluster(g.h.map((l) => l.at));
    const xs = cluster(g.v.map((l) => l.at));
    if (ys.length < 3 || xs.length < 3) continue; // a table has two rows and two columns at least
    const read = readGrid(rest, g.h, g.v, xs, ys);
    if (!read) continue;
    tables.push(read.table);
    rest = read.rest;
  }
  return { tables, rest };
}

function readGrid(runs: readonly Run[], hs: readonly Line[], vs: readonly Line[], xs: number[], ys: number[]) {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const slot = (i: number, j: number) => i * cols + j;
  const uf = unionFind(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const ymid = (ys[i]! + ys[i + 1]!) / 2;
      const xmid = (xs[j]! + xs[j + 1]!) / 2;
      if (j + 1 < cols && !covers(vs, xs[j + 1]!, ymid)) uf.union(slot(i, j), slot(i, j + 1));
      if (i + 1 < rows && !covers(hs, ys[i + 1]!, xmid)) uf.union(slot(i, j), slot(i + 1, j));
    }
  }
  // The slot a merged cell is named by: its top-left one.
  const anchor = new Map<number, number>();
  for (let k = 0; k < rows * cols; k++) {
    const root = uf.find(k);
    if (!anchor.has(root)) anchor.set(root, k);
  }
  const inCell = new Map<number, Run[]>();
  const rest: Run[] = [];
  let sizes: number[] = [];
  for (const r of runs) {
    const i = band(ys, r.y - 0.3 * r.size);
    const j = band(xs, r.x + r.width / 2);
    if (i < 0 || j < 0) {
      rest.push(r);
      continue;
    }
    const root = uf.find(slot(i, j));
    inCell.set(root, [...(inCell.get(root) ?? []), r]);
    sizes.push(r.size);
  }
  if (inCell.size < 2) return null;
  // A box of text (a framed note, a form) is no table of data: it has no figures in cells of their own.
  const figures = [...inCell.values()].filter((cell) => FIGURE_CELL.test(cellText(cell))).length;
  if (figures < 2) return null;
  sizes = sizes.sort((a, b) => a - b);
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: string[] = [];
    for (let j = 0; j < cols; j++) {
      const root = uf.find(slot(i, j));
      row.push(anchor.get(root) === slot(i, j) ? cellText(inCell.get(root) ?? []) : '');
    }
    if (row.some((t) => t !== '')) out.push(row);
  }
  const table: RuledTable = { top: ys[0]!, bottom: ys[ys.length - 1]!, left: xs[0]!, right: xs[xs.length - 1]!, rows: out, size: sizes[sizes.length >> 1]! };
  return { table, rest };
}

// A cell's words: its lines top to bottom, runs left to right; no space where CJK meets.
function cellText(runs: readonly Run[]): string {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  let text = '';
  let prev: Run | null = null;
  for (const r of sorted) {
    const str = r.str.trim();
    if (str === '') continue;
    if (prev) {
      const sameLine = Math.abs(r.y - prev.y) <= 0.4 * Math.min(r.size, prev.size);
      const cjk = CJK.test(text.slice(-1)) || CJK.test(str.charAt(0));
      const gap = r.x - (prev.x + prev.width);
      if (!cjk && (!sameLine || gap > 0.15 * r.size)) text += ' ';
    }
    text += str;
    prev = r;
  }
  return text.replace(/\|/g, '¦');
}
