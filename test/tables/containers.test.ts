// One statistics report, every layout and container: pipe rows, pipe rows one cell per line, one cell
// per line, tabs, aligned columns, a web page (rowspan, colspan, two-row header), DOCX and PDF, in
// Simplified and Traditional. Each gives the same tables (caption, standard, column paths and units,
// cell values) and the same summary as the pipe rows. Offsets differ (each container has its own
// text), so they are compared on what does not depend on them.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';
import type { Report } from '../../src/schema.js';
import { statisticsPdf, statisticsReport, statisticsVariants } from '../../scripts/render-statistics.js';

const shape = (r: Report) =>
  r.tables.map((t) => ({
    caption: t.caption,
    standard: t.standard,
    columns: t.columns,
    rows: t.rows.map((row) => row.cells.map((c) => c.value)),
  }));
const values = (r: Report) => Object.fromEntries(Object.entries(r.summary).map(([k, v]) => [k, v && { value: v.value, from: v.evidence.map((i) => r.metrics[i]!.source) }]));

describe.each(['simplified', 'traditional'] as const)('the statistics report in %s', (script) => {
  const variants = statisticsVariants(script);

  it('the pipe rows give six tables and their figures', async () => {
    const pipes = (await variants).find((v) => v.name === 'pipes')!;
    const r = await parseBytes(pipes.bytes);
    expect(r.tables.map((t) => t.standard)).toEqual(['penalty', 'licensing', 'coercion', 'other_acts', 'certification', 'reconsideration_litigation']);
    expect(r.summary['penalty.cases']).toMatchObject({ value: 755 });
    expect(r.summary['penalty.fines']).toMatchObject({ value: 3427900 });
    expect(r.summary['inspections.count']).toMatchObject({ value: 5218 });
    expect(r.summary['officers.total']).toMatchObject({ value: 279 });
    expect(r.summary['reconsideration.cases']).toMatchObject({ value: 7 });
    expect(r.summary['litigation.cases']).toMatchObject({ value: 5 });
    expect(r.summary['litigation.lost']).toMatchObject({ value: 0 });
    expect(r.warnings).toEqual([]);
  });

  it('every layout and container gives the same tables and summary', async () => {
    const all = await variants;
    const plain = await parseBytes(all.find((v) => v.name === 'pipes')!.bytes);
    for (const v of all) {
      const r = await parseBytes(v.bytes);
      expect(shape(r), `${script} ${v.name}`).toEqual(shape(plain));
      expect(values(r), `${script} ${v.name}`).toEqual(values(plain));
    }
  });
});

describe('a PDF whose tables have no borders', () => {
  it('gives the tables it can read right, leaves out the one whose wrapped labels garble it, and no wrong figure', async () => {
    const blocks = statisticsReport();
    const pipes = (await statisticsVariants('simplified')).find((v) => v.name === 'pipes')!;
    const plain = await parseBytes(pipes.bytes);
    const r = await parseBytes(await statisticsPdf(blocks, { borders: false }));
    const read = shape(r);
    expect(read.map((t) => t.standard)).toEqual(['licensing', 'other_acts', 'certification', 'reconsideration_litigation']);
    for (const t of read) expect(t).toEqual(shape(plain).find((p) => p.caption === t.caption));
    expect(r.warnings.map((w) => w.code)).toEqual(['TABLE_UNREADABLE']);
    for (const [kind, v] of Object.entries(r.summary)) if (v) expect(v.value, kind).toBe(plain.summary[kind as keyof typeof plain.summary]?.value);
    expect(r.summary['penalty.cases']?.value).toBe(755);
  });
});
