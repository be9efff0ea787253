// Renders a statistics annual report (行政执法统计年报) with its standard tables into every layout and
// container the table reader must handle: text with pipe rows, pipe rows one cell per line, one cell
// per line, tab-separated and space-aligned columns; a web page with <table> (rowspan, colspan, a
// two-row header); a DOCX with merged cells; a PDF with ruled tables whose labels wrap inside cells.
// The report is fixtures/tables/statistics-2024.json; the Traditional version is converted from it.
import { readFileSync } from 'node:fs';
import { tify } from 'chinese-conv';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { renderPdfText, renderHtmlPage, type PlacedText, type Rule } from './render-containers.js';

/** A header cell of a fixture table. */
export interface FixtureCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

/** A table: header rows with spans, then data rows of plain cells. */
export interface FixtureTable {
  header: FixtureCell[][];
  rows: string[][];
}

/** A line of text, or a table. */
export type FixtureBlock = string | FixtureTable;

const FIXTURE = new URL('../fixtures/tables/statistics-2024.json', import.meta.url);

/**
 * The statistics report's blocks, in Simplified or converted to Traditional.
 *
 * @example
 * statisticsReport('traditional')[0]; // '青山縣2024年度行政執法統計年報'
 */
export function statisticsReport(script: 'simplified' | 'traditional' = 'simplified'): FixtureBlock[] {
  const { blocks } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { blocks: FixtureBlock[] };
  if (script === 'simplified') return blocks;
  const t = (s: string) => tify(s);
  return blocks.map((b) =>
    typeof b === 'string' ? t(b) : { header: b.header.map((r) => r.map((c) => ({ ...c, text: t(c.text) }))), rows: b.rows.map((r) => r.map(t)) },
  );
}

/** A slot of a table's grid: the cell that covers it and whether the cell starts there. */
interface Slot {
  text: string;
  own: boolean;
  /** Covered by the cell to the left (colspan), not the one above. */
  across: boolean;
  colspan: number;
}

/** The table as a grid of slots: header rows with spans laid out, then the data rows. */
export function slots(table: FixtureTable): Slot[][] {
  const width = table.rows[0]!.length;
  const grid: (Slot | null)[][] = table.header.map(() => new Array<Slot | null>(width).fill(null));
  table.header.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      const cs = cell.colspan ?? 1;
      const rs = cell.rowspan ?? 1;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          grid[r + dr]![c + dc] = { text: cell.text, own: dr === 0 && dc === 0, across: dr === 0 && dc > 0, colspan: cs };
        }
      }
      c += cs;
    }
  });
  const data = table.rows.map((row) => row.map((text) => ({ text, own: true, across: false, colspan: 1 })));
  return [...grid.map((row) => row.map((s) => s ?? { text: '', own: true, across: false, colspan: 1 })), ...data];
}

const rowTexts = (table: FixtureTable) => slots(table).map((row) => row.map((s) => (s.own ? s.text : '')));

/** The text layouts archives hold. */
export const TEXT_LAYOUTS = ['pipes', 'pipe-cells', 'stacked', 'tabs', 'aligned'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\ua4cf\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

// Space-aligned columns: each cell padded to its column (a spanning cell to its columns together).
function alignedLines(table: FixtureTable): string[] {
  const grid = slots(table);
  const n = grid[0]!.length;
  const widths = new Array<number>(n).fill(0);
  for (const row of grid) row.forEach((s, c) => s.own && s.colspan === 1 && (widths[c] = Math.max(widths[c]!, width(s.text) + 2)));
  for (const row of grid) {
    row.forEach((s, c) => {
      if (!s.own || s.colspan === 1) return;
      const have = widths.slice(c, c + s.colspan).reduce((a, b) => a + b, 0);
      if (have < width(s.text) + 2) widths[c + s.colspan - 1]! += width(s.text) + 2 - have;
    });
  }
  return grid.map((row) => {
    let line = '';
    row.forEach((s, c) => {
      if (s.across) return;
      const span = s.own ? widths.slice(c, c + s.colspan).reduce((a, b) => a + b, 0) : widths[c]!;
      const text = s.own ? s.text : '';
      line += text + ' '.repeat(span - width(text));
    });
    return line.trimEnd();
  });
}

function tableLines(table: FixtureTable, layout: TextLayout): string[] {
  const rows = rowTexts(table);
  switch (layout) {
    case 'pipes':
      return rows.map((r) => `| ${r.join(' | ')} |`);
    case 'tabs':
      return rows.map((r) => r.join('\t'));
    case 'aligned':
      return alignedLines(table);
    case 'stacked':
      // Row by row, the cells that have words, one per line with a blank line between (as d07).
      return rows.flatMap((r) => r.filter((t) => t !== '')).flatMap((t) => [t, '']);
    case 'pipe-cells':
      // A bare `|` opens each row; each cell is `words |`, a run of empty cells a line of pipes (as d15).
      return rows.flatMap((r) => {
        const out = ['|'];
        let empties = 0;
        const flush = () => {
          if (empties > 0) out.push('|'.repeat(empties));
          empties = 0;
        };
        for (const t of r) {
          if (t === '') empties++;
          else {
            flush();
            out.push(`${t} |`);
          }
        }
        flush();
        return out;
      });
  }
}

/**
 * The report as text, its tables in one layout.
 *
 * @example
 * statisticsText(statisticsReport(), 'pipes').split('\n')[5]; // '| 单位名称 | 行政处罚实施数量 |  | … | 罚没金额 |'
 */
export function statisticsText(blocks: readonly FixtureBlock[], layout: TextLayout): string {
  return blocks.flatMap((b) => (typeof b === 'string' ? [b] : tableLines(b, layout))).join('\n') + '\n';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isHeading = (l: string) => /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/.test(l);

/** The report as a web page: the tables as <table> with a <thead> of two rows, rowspan and colspan. */
export function statisticsHtml(blocks: readonly FixtureBlock[]): Uint8Array {
  const [title, ...body] = blocks;
  const content = body.map((b) => {
    if (typeof b === 'string') return isHeading(b) ? `<h2>${escapeHtml(b)}</h2>` : `<p>${escapeHtml(b)}</p>`;
    const span = (c: FixtureCell) => `${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}`;
    const head = b.header.map((row) => `<tr>${row.map((c) => `<th${span(c)}>${escapeHtml(c.text)}</th>`).join('')}</tr>`).join('\n');
    const rows = b.rows.map((row) => `<tr>${row.map((t) => `<td>${escapeHtml(t)}</td>`).join('')}</tr>`).join('\n');
    return `<table border="1" cellspacing="0" style="border-collapse:collapse">\n<thead>\n${head}\n</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
  });
  return renderHtmlPage(title as string, content.join('\n'));
}

/** The report as a DOCX: tables with merged cells (gridSpan, vMerge), as Word writes them. */
export async function statisticsDocx(blocks: readonly FixtureBlock[]): Promise<Uint8Array> {
  const [title, ...body] = blocks;
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title as string)] })];
  for (const b of body) {
    if (typeof b === 'string') {
      children.push(new Paragraph({ ...(isHeading(b) ? { heading: HeadingLevel.HEADING_1 } : {}), children: [new TextRun(b)] }));
      continue;
    }
    const cell = (text: string, c: FixtureCell = { text }) =>
      new TableCell({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] })],
        ...(c.colspan ? { columnSpan: c.colspan } : {}),
        ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
      });
    const rows = [
      ...b.header.map((row) => new TableRow({ tableHeader: true, children: row.map((c) => cell(c.text, c)) })),
      ...b.rows.map((row) => new TableRow({ children: row.map((t) => cell(t)) })),
    ];
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  }
  const doc = new Document({ creator: 'render-statistics', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// PDF page geometry: A4 landscape, as statistics tables are printed.
const PAGE = { width: 842, height: 595, margin: 50, size: 12, leading: 18, cell: 7.5, cellLeading: 9.5, pad: 2.5 } as const;
const advance = (ch: string) => (ch.charCodeAt(0) < 0x7f ? 0.5 : 1);
const textWidth = (s: string, size: number) => [...s].reduce((w, ch) => w + advance(ch) * size, 0);

// Wraps a cell's words to a width, as a word processor wraps a cell: anywhere between CJK glyphs.
function wrap(text: string, room: number, size: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && textWidth(line + ch, size) > room) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line !== '' || out.length === 0) out.push(line);
  return out;
}

/**
 * The report as a PDF: text lines, and each table drawn as a ruled grid (its borders as line
 * segments) with each cell's words wrapped inside the cell, placed at the cell's top. With
 * `borders: false` the tables are drawn without borders, as some exports print them.
 */
export async function statisticsPdf(blocks: readonly FixtureBlock[], options: { borders?: boolean } = {}): Promise<Uint8Array> {
  const pages: PlacedText[][] = [];
  const rules: Rule[][] = [];
  let y = 0;
  const newPage = () => {
    pages.push([{ text: `- ${pages.length + 1} -`, x: PAGE.width / 2 - 15, y: 30 }]);
    rules.push([]);
    y = PAGE.height - PAGE.margin;
  };
  newPage();
  const room = PAGE.width - 2 * PAGE.margin;
  for (const b of blocks) {
    if (typeof b === 'string') {
      // A paragraph: its first line indented two ems, wrapped at the right margin.
      const indent = 2 * PAGE.size;
      const first = wrap(b, room - indent, PAGE.size)[0]!;
      const more = b.length > first.length ? wrap(b.slice(first.length), room, PAGE.size) : [];
      [first, ...more].forEach((text, k) => {
        if (y - PAGE.leading < PAGE.margin) newPage();
        pages[pages.length - 1]!.push({ text, x: PAGE.margin + (k === 0 ? indent : 0), y: y - PAGE.size });
        y -= PAGE.leading;
      });
      continue;
    }
    const grid = slots(b);
    const n = grid[0]!.length;
    // Column widths: data cells in full, labels up to six glyphs, then scaled to the page.
    const want = new Array<number>(n).fill(0);
    for (const row of grid) {
      row.forEach((s, c) => {
        if (!s.own || s.colspan > 1) return;
        want[c] = Math.max(want[c]!, Math.min(textWidth(s.text, PAGE.cell), 6 * PAGE.cell) + 2 * PAGE.pad);
      });
    }
    const scale = room / want.reduce((a, v) => a + v, 0);
    const widths = want.map((w) => w * scale);
    const xs: number[] = [PAGE.margin];
    for (const w of widths) xs.push(xs[xs.length - 1]! + w);
    // Row heights from the cells that do not span rows.
    const lines = grid.map((row) =>
      row.map((s, c) => (s.own ? wrap(s.text, xs[c + s.colspan]! - xs[c]! - 2 * PAGE.pad, PAGE.cell) : [])),
    );
    const heights = grid.map((row, r) => {
      let most = 1;
      row.forEach((s, c) => {
        const below = grid[r + 1]?.[c];
        const spansDown = below !== undefined && !below.own && !below.across;
        if (s.own && !spansDown) most = Math.max(most, lines[r]![c]!.length);
      });
      return most * PAGE.cellLeading + 2 * PAGE.pad;
    });
    const total = heights.reduce((a, h) => a + h, 0);
    if (y - total < PAGE.margin) newPage();
    const ys: number[] = [y];
    for (const h of heights) ys.push(ys[ys.length - 1]! - h);
    const page = pages[pages.length - 1]!;
    const pageRules = rules[rules.length - 1]!;
    grid.forEach((row, r) => {
      row.forEach((s, c) => {
        if (!s.own) return;
        // The cell's extent: across its colspan, down while the slots below are its rowspan.
        let bottom = r + 1;
        while (bottom < grid.length && !grid[bottom]![c]!.own && !grid[bottom]![c]!.across) bottom++;
        const [x0, x1, top, low] = [xs[c]!, xs[c + s.colspan]!, ys[r]!, ys[bottom]!];
        pageRules.push({ x0, y0: top, x1, y1: top }, { x0, y0: low, x1, y1: low }, { x0, y0: low, x1: x0, y1: top }, { x0: x1, y0: low, x1, y1: top });
        lines[r]![c]!.forEach((text, k) => {
          if (text !== '') page.push({ text, x: x0 + PAGE.pad, y: top - PAGE.pad - PAGE.cell * 0.9 - k * PAGE.cellLeading, size: PAGE.cell });
        });
      });
    });
    y -= total + PAGE.leading;
  }
  return renderPdfText(pages, { width: PAGE.width, height: PAGE.height, rules: options.borders === false ? [] : rules });
}

/** Every rendering of the statistics report in one script: the text layouts and the containers. */
export async function statisticsVariants(script: 'simplified' | 'traditional'): Promise<{ name: string; ext: string; bytes: Uint8Array }[]> {
  const blocks = statisticsReport(script);
  const text = TEXT_LAYOUTS.map((layout) => ({ name: layout, ext: 'txt', bytes: new TextEncoder().encode(statisticsText(blocks, layout)) }));
  return [
    ...text,
    { name: 'page', ext: 'html', bytes: statisticsHtml(blocks) },
    { name: 'docx', ext: 'docx', bytes: await statisticsDocx(blocks) },
    { name: 'pdf', ext: 'pdf', bytes: await statisticsPdf(blocks) },
  ];
}
