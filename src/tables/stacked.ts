// Tables stored one cell per line, as archives often keep a web page's table: the header cells in
// row order (a group header first, then the labels under it), then the values. Spans are lost in
// this form, so the header is rebuilt from counts and from how the standard tables are drawn:
// a group header names an act and how it is counted (`行政处罚实施数量(宗)`), its labels follow it, and
// when a table has two groups each ends in its own 合计. A header cell the layout wrapped in two
// (`合计` / `(宗)`, `没收违法` / `所得、没收非法财物`) is joined again.
import { isUnitOnly, splitLabel, type RawCell } from './cells.js';
import { GROUP_LABEL, KNOWN_LABELS, LABEL_COLUMN, STANDALONE } from './columns.js';
import type { Grid } from './grid.js';

/** A cell of a one-cell-per-line run: a label, or a value (a number or a dash). */
export interface StackedCell extends RawCell {
  value: boolean;
}

const MAX_GROUPS = 3;
const isTotal = (c: RawCell) => /^(?:合计|总计)$/.test(splitLabel(c.text).name);
const nameOf = (c: RawCell) => splitLabel(c.text).name;
// The act a group header names: `行政诉讼` → 诉讼, `行政强制执行实施数量` → 强制执行.
const actOf = (group: string) => group.replace(/^行政/, '').replace(/(?:实施)?(?:数量|情况|次数)$/, '') || null;
const known = new Set(KNOWN_LABELS);

const join = (a: RawCell, b: RawCell): RawCell => ({ text: a.text + b.text, start: a.start, end: b.end });

/** Joins a unit left alone on its line to the label before it: `合计`, `(宗)` → `合计(宗)`. */
function joinUnits(labels: readonly RawCell[]): RawCell[] {
  const out: RawCell[] = [];
  for (const l of labels) {
    const last = out[out.length - 1];
    if (last && isUnitOnly(l.text) && splitLabel(last.text).unit === null) out[out.length - 1] = join(last, l);
    else out.push(l);
  }
  return out;
}

/** Joins one pair of neighbours that together make a standard column label; null when none does. */
function joinOneSplit(labels: readonly RawCell[]): RawCell[] | null {
  for (let i = 0; i + 1 < labels.length; i++) {
    const a = labels[i]!;
    const b = labels[i + 1]!;
    if (known.has(nameOf(a)) || known.has(nameOf(b))) continue;
    if (known.has(nameOf(a) + nameOf(b))) return [...labels.slice(0, i), join(a, b), ...labels.slice(i + 2)];
  }
  return null;
}

/** A header cell and, for a group, the labels under it. */
interface Entry {
  cell: RawCell;
  children: RawCell[] | null;
}

// The first row of a two-row header: the groups and the labels beside them. A label right after the
// last group is beside it, not under it, when it is a standalone column (money beside counts) or
// states another unit than the groups.
function firstRowEnd(labels: readonly RawCell[], groupIdx: readonly number[]): number {
  const last = groupIdx[groupIdx.length - 1]!;
  const groupUnits = new Set(groupIdx.map((i) => splitLabel(labels[i]!.text).unit).filter((u) => u !== null));
  let end = last + 1;
  while (end < labels.length - 1) {
    const { name, unit } = splitLabel(labels[end]!.text);
    const beside = STANDALONE.test(name) || (unit !== null && groupUnits.size > 0 && !groupUnits.has(unit));
    if (!beside) break;
    end++;
  }
  return end;
}

/**
 * Lays out header labels over `columns` columns: which are groups, which labels stand under which
 * group. Null when the labels cannot be laid out so.
 */
function planHeader(labels: readonly RawCell[], columns: number): Entry[] | null {
  const extra = labels.length - columns;
  if (extra < 0 || extra > MAX_GROUPS) return null;
  if (extra === 0) return labels.map((cell) => ({ cell, children: null }));
  const groupIdx = labels.flatMap((l, i) => (GROUP_LABEL.test(nameOf(l)) ? [i] : [])).slice(0, extra);
  if (groupIdx.length < extra) return null;
  const end = firstRowEnd(labels, groupIdx);
  const children = labels.slice(end);
  // No group stands among the labels under the groups.
  if (groupIdx.some((i) => i >= end) || children.length === 0) return null;
  const first = labels.slice(0, end);
  const groups = first.filter((_, i) => groupIdx.includes(i));
  // With several groups, each but the last ends at its own 合计; without 合计 the next group's
  // labels start at the first that names its act (行政诉讼 over 被提起诉讼数量).
  const parts: RawCell[][] = [];
  let rest = children;
  for (let g = 0; g < groups.length - 1; g++) {
    const t = rest.findIndex(isTotal);
    const key = actOf(nameOf(groups[g + 1]!));
    const k = t >= 0 ? t + 1 : key ? rest.findIndex((c) => nameOf(c).includes(key)) : -1;
    if (k <= 0) return null;
    parts.push(rest.slice(0, k));
    rest = rest.slice(k);
  }
  if (rest.length === 0) return null;
  parts.push(rest);
  let g = 0;
  return first.map((cell, i) => ({ cell, children: groupIdx.includes(i) ? parts[g++]! : null }));
}

/** Tries the layouts in order: as the labels stand, then with wrapped cells joined. */
function planWithJoins(labels: readonly RawCell[], fits: (columns: number) => boolean): { entries: Entry[]; columns: number } | null {
  let current: RawCell[] | null = joinUnits(labels);
  for (let joins = 0; current && joins <= 3; joins++) {
    for (let extra = 0; extra <= MAX_GROUPS; extra++) {
      const columns = current.length - extra;
      if (columns < 1 || !fits(columns)) continue;
      const entries = planHeader(current, columns);
      if (entries) return { entries, columns };
    }
    current = joinOneSplit(current);
  }
  return null;
}

const width = (e: Entry) => e.children?.length ?? 1;

// The header rows of a plan: one row, or two when a group stands over labels.
function headerRows(entries: readonly Entry[], labelHeader: RawCell | null): (RawCell | null)[][] {
  const twoRows = entries.some((e) => e.children);
  const top: (RawCell | null)[] = labelHeader ? [labelHeader] : [];
  const bottom: (RawCell | null)[] = labelHeader ? [labelHeader] : [];
  for (const e of entries) {
    for (let k = 0; k < width(e); k++) {
      top.push(e.cell);
      bottom.push(e.children ? e.children[k]! : e.cell);
    }
  }
  return twoRows ? [top, bottom] : [top];
}

/** Cells of one kind in a row: labels, or values. */
export interface Run {
  value: boolean;
  cells: StackedCell[];
}

/** Cells grouped into runs of labels and runs of values. */
export function runsOf(cells: readonly StackedCell[]): Run[] {
  const runs: Run[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.value === c.value) last.cells.push(c);
    else runs.push({ value: c.value, cells: [c] });
  }
  return runs;
}

const valueCell = (c: StackedCell): RawCell | null => (c.value ? c : null);

/**
 * Reads a table from runs of one-cell-per-line cells, starting at label run `from` (its first `skip`
 * labels left out): the first header block, the rows under it (each after its row label when the
 * table has a label column, `单位名称`), and header blocks that continue the same rows with more
 * columns (a wide table printed in two parts). Null when the counts do not fit a table. Only the
 * runs the table takes are looked at, so reading is linear in the table's size.
 *
 * @example
 * // 行政许可实施数量(宗) / 申请数量 / 受理数量 / 2207 / 2207
 * // → columns 行政许可实施数量 > 申请数量, 行政许可实施数量 > 受理数量; one row 2207, 2207.
 */
export function gridFromRuns(all: readonly Run[], from: number, skip = 0): { grid: Grid; runs: number } | null {
  const run = (k: number): Run | undefined => {
    const r = all[from + k];
    return r && k === 0 && skip > 0 ? { value: r.value, cells: r.cells.slice(skip) } : r;
  };
  const head = run(0);
  const firstValuesRun = run(1);
  if (!head || !firstValuesRun || head.value || head.cells.length < 2) return null;
  let labels: RawCell[] = joinUnits(head.cells);
  const labelAt = labels.findIndex((l) => LABEL_COLUMN.test(nameOf(l)));
  // Rows named by a label: after a label column header, or when single labels alternate with values.
  const third = run(2);
  const fourth = run(3);
  const alternating = !!third && !!fourth && third.cells.length === 1 && !third.value && fourth.cells.length === firstValuesRun.cells.length;
  const named = labelAt >= 0 || alternating;
  const labelHeader = labelAt >= 0 ? labels[labelAt]! : null;
  const firstName = named ? labels[labels.length - 1]! : null;
  labels = labels.filter((l, i) => l !== labelHeader && !(named && i === labels.length - 1));

  const firstValues = firstValuesRun.cells;
  const plan = planWithJoins(labels, (n) => (named ? n === firstValues.length : n >= 2 && firstValues.length % n === 0));
  if (!plan) return null;
  const { columns } = plan;

  // Data rows of the first block.
  const rows: (RawCell | null)[][] = [];
  const names: RawCell[] = [];
  let r = 2;
  if (named) {
    rows.push([firstName, ...firstValues.map(valueCell)]);
    names.push(firstName!);
    for (let name = run(r), vals = run(r + 1); name && vals; name = run(r), vals = run(r + 1)) {
      if (name.cells.length !== 1 || name.value || !vals.value || vals.cells.length !== columns) break;
      names.push(name.cells[0]!);
      rows.push([name.cells[0]!, ...vals.cells.map(valueCell)]);
      r += 2;
    }
  } else {
    for (let k = 0; k < firstValues.length; k += columns) rows.push(firstValues.slice(k, k + columns).map(valueCell));
  }
  let header = headerRows(plan.entries, named ? (labelHeader ?? { text: '', start: names[0]!.start, end: names[0]!.start }) : null);

  // A second block of labels and values that continues the same rows: more columns.
  for (;;) {
    const more = continuation(run, r, rows.length, names);
    if (!more) break;
    header = extendHeader(header, more.entries, openGroup(header));
    more.rows.forEach((cellsOfRow, i) => rows[i]!.push(...cellsOfRow));
    r += more.runs;
  }
  return { grid: { header, rows, width: header[0]!.length, captions: [], guessed: true }, runs: r };
}

interface Continuation {
  entries: Entry[];
  rows: (RawCell | null)[][];
  runs: number;
}

// Labels then values for the same rows, with no label column and no group of their own: the second
// part of a table too wide for the page (its rows named again, or not).
function continuation(run: (k: number) => Run | undefined, at: number, rowCount: number, names: readonly RawCell[]): Continuation | null {
  const head = run(at);
  const values = run(at + 1);
  if (!head || !values || head.value) return null;
  let labels = joinUnits(head.cells);
  const renamed = names.length > 0 && nameOf(labels[labels.length - 1]!) === nameOf(names[0]!);
  if (renamed) labels = labels.slice(0, -1);
  if (labels.length < 1 || labels.some((l) => LABEL_COLUMN.test(nameOf(l)) || GROUP_LABEL.test(nameOf(l)))) return null;
  const entries = labels.map((cell) => ({ cell, children: null }));
  if (!renamed) {
    if (values.cells.length !== rowCount * labels.length) return null;
    const rows: (RawCell | null)[][] = [];
    for (let k = 0; k < values.cells.length; k += labels.length) rows.push(values.cells.slice(k, k + labels.length).map(valueCell));
    return { entries, rows, runs: 2 };
  }
  // Named rows: name, values, name, values … in the order of the first block.
  if (values.cells.length !== labels.length) return null;
  const rows: (RawCell | null)[][] = [values.cells.map(valueCell)];
  let k = at + 2;
  for (let i = 1; i < rowCount; i++, k += 2) {
    const name = run(k);
    const vals = run(k + 1);
    if (!name || !vals || name.cells.length !== 1 || nameOf(name.cells[0]!) !== nameOf(names[i]!) || vals.cells.length !== labels.length) return null;
    rows.push(vals.cells.map(valueCell));
  }
  return { entries, rows, runs: k - at };
}

// The group that ends the header without its 合计: the continuation's labels stand under it.
function openGroup(header: readonly (RawCell | null)[][]): RawCell | null {
  if (header.length !== 2) return null;
  const top = header[0]!;
  const last = top[top.length - 1];
  if (!last || top.filter((c) => c === last).length < 2) return null;
  const under = header[1]!.filter((_, i) => top[i] === last);
  return under.some((c) => c && isTotal(c)) ? null : last;
}

// Appends a continuation's columns. The first part's last group reaches over the new labels up to
// and including its 合计; columns after that stand alone.
function extendHeader(header: (RawCell | null)[][], entries: readonly Entry[], group: RawCell | null): (RawCell | null)[][] {
  let closed = group === null;
  const out = header.map((row) => [...row]);
  for (const e of entries) {
    const under = !closed && !STANDALONE.test(nameOf(e.cell));
    if (out.length === 2) {
      out[0]!.push(under ? group : e.cell);
      out[1]!.push(e.cell);
    } else out[0]!.push(e.cell);
    if (under && isTotal(e.cell)) closed = true;
  }
  return out;
}
