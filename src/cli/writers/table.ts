// A readable view of each report for a terminal: facts, the summary figure of every core kind with the
// words it was read from, then the heading outline indented by level. Errors are shown plainly.
import { CORE_KINDS, type Report, type ReportRecord } from '../../schema.js';
import { EVIDENCE_SEPARATOR } from './dataset.js';
import type { RecordWriter } from './types.js';

const NONE = '—';
const KIND_WIDTH = Math.max(...CORE_KINDS.map((k) => k.length));

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
  lines.push(`  outline${r.headings.length ? '' : `  ${NONE}`}`);
  for (const h of r.headings) lines.push(`    ${'  '.repeat(h.level)}${h.marker}${h.title}`);
  for (const w of r.warnings) lines.push(`  warning  ${w.code}: ${w.message}`);
  return lines.join('\n') + '\n';
}

function figure(r: Report, kind: (typeof CORE_KINDS)[number]): string {
  const s = r.summary[kind];
  if (!s) return NONE;
  const words = s.evidence.map((i) => r.metrics[i]?.text ?? '').join(EVIDENCE_SEPARATOR);
  const qualifier = s.qualifier === 'exact' ? '' : ` (${s.qualifier.replace('_', ' ')})`;
  return `${s.value} ${s.unit}${qualifier}  「${words}」`;
}
