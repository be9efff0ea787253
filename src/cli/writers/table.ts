// A readable view of each report for a terminal: facts, the summary figure of every core kind with the
// words it was read from (shortened past EVIDENCE_CHARS), the other kinds found, the heading outline
// indented by level, then each table as a grid. Errors are shown plainly. Figures carry thousands
// separators (100,100 yuan).
import { CORE_KINDS, type Report, type ReportRecord, type Table } from '../../schema.js';
import { EVIDENCE_SEPARATOR } from './dataset.js';
import type { RecordWriter } from './types.js';

const NONE = '—';
const KIND_WIDTH = Math.max(...CORE_KINDS.map((k) => k.length));
/** Evidence longer than this (in characters) is shortened in the middle: a sentence, not a page. */
export const EVIDENCE_CHARS = 40;
const CORE: ReadonlySet<string> = new Set(CORE_KINDS);

export function tableWriter(): RecordWriter {
  let count = 0;
  return {
    start: () => '',
    // A blank line between reports.
    record: (r) => (count++ ? '\n' : '') + tableBlock(r),
    end: () => '',
  };
}

export function tableBlock(r: ReportRecord): string {
  const lines = [r.file ?? '(text)'];
  if (!r.ok) {
    lines.push(`  error    ${r.error.code}: ${r.error.message}`);
    return lines.join('\n') + '\n';
  }
  lines.push(
    `  title    ${r.title ?? NONE}`,
    `  year     ${r.year ?? NONE}`,
    `  issuer   ${r.issuer ?? NONE}`,
    `  script   ${r.script} (${r.format}, ${r.encoding})`,
    `  figures  ${r.metrics.length} metric mention${r.metrics.length === 1 ? '' : 's'}`,
  );
  for (const kind of CORE_KINDS) lines.push(`    ${kind.padEnd(KIND_WIDTH)}  ${figure(r, kind)}`);
  const others = otherKinds(r);
  if (others) lines.push(`  also     ${others}`);
  lines.push(`  outline${r.headings.length ? '' : `  ${NONE}`}`);
  for (const h of r.headings) lines.push(`    ${'  '.repeat(h.level)}${h.marker}${h.title}`);
  r.tables.forEach((t, i) => lines.push(`  table ${i + 1}  ${t.caption ?? NONE} (${t.standard})`, ...grid(t).map((l) => `    ${l}`)));
  for (const w of r.warnings) lines.push(`  warning  ${w.code}: ${w.message}`);
  return lines.join('\n') + '\n';
}

function figure(r: Report, kind: (typeof CORE_KINDS)[number]): string {
  const s = r.summary[kind];
  if (!s) return NONE;
  const words = s.evidence.map((i) => shorten(cited(r.metrics[i]))).join(EVIDENCE_SEPARATOR);
  const qualifier = s.qualifier === 'exact' ? '' : ` (${s.qualifier.replace('_', ' ')})`;
  return `${s.value.toLocaleString('en-US', { maximumFractionDigits: 6 })} ${s.unit}${qualifier}  「${words}」`;
}

/** `training.sessions ×2, legal_review.cases ×1`: kinds without a summary figure, with their mentions. */
function otherKinds(r: Report): string {
  const counts = new Map<string, number>();
  for (const m of r.metrics) if (!CORE.has(m.kind)) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind} ×${n}`).join(', ');
}

/** Keeps the start and the end of long evidence, where the cue and the figure stand. */
export function shorten(words: string): string {
  const chars = [...words];
  if (chars.length <= EVIDENCE_CHARS) return words;
  const half = Math.floor((EVIDENCE_CHARS - 1) / 2);
  return chars.slice(0, half).join('') + '…' + chars.slice(chars.length - half).join('');
}

// A table figure's words run from its column's label through its value cell, over other cells and rows:
// on a terminal line they are shown as the label and the value (`合计(宗) … 755`).
function cited(m: Report['metrics'][number] | undefined): string {
  if (!m) return '';
  if (m.source !== 'table') return m.text;
  const parts = m.text.split(/\s*[|\n]\s*/).filter((p) => p !== '');
  return parts.length > 2 ? `${parts[0]} … ${parts[parts.length - 1]}` : parts.join(' ');
}

// Terminal columns a string takes: CJK and full-width characters take two.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/**
 * A table as a grid of aligned columns: a header row of column paths (`行政处罚实施数量>合计(宗)`), then
 * one row per data row; an empty cell is blank.
 */
export function grid(t: Table): string[] {
  const header = t.columns.map((c) => c.path.join('>') + (c.unit ? `(${c.unit})` : ''));
  const rows = t.rows.map((r) => r.cells.map((c) => (c.value === null ? '' : String(c.value))));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => `| ${widths.map((w, i) => pad(cells[i] ?? '', w)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}
