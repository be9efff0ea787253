// parseReport builds its record field by field instead of running ReportSchema.parse on it (that cost a
// tenth of the parse). This checks the record is what the schema's parse returns: valid, no extra
// fields, keys in the schema's order (JSON output is compared byte for byte), and no array shared by two
// places in the record (a caller editing one metric's section must not change another's).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseReport } from '../src/parse.js';
import { ReportSchema, type Report } from '../src/schema.js';

const texts = ['fixtures/seeds', 'fixtures/invented'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')] as const),
);

// Every array in the record, with where it stands: none may be reached twice.
function sharedArrays(record: Report): string[] {
  const seen = new Map<unknown, string>();
  const shared: string[] = [];
  const walk = (x: unknown, path: string) => {
    if (typeof x !== 'object' || x === null) return;
    if (Array.isArray(x)) {
      if (seen.has(x)) shared.push(`${seen.get(x)} and ${path}`);
      seen.set(x, path);
    }
    for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`);
  };
  walk(record, 'record');
  return shared;
}

function expectSchemaShape(record: Report): void {
  expect(JSON.stringify(record)).toBe(JSON.stringify(ReportSchema.parse(record)));
  expect(sharedArrays(record)).toEqual([]);
}

const TABLE = [
  '2024年度行政执法统计年报',
  '表一 行政处罚实施情况统计表',
  '单位名称 | 警告 | 罚款 | 罚没金额(万元) |',
  '第一执法队 | 2 | 3 | 1.5 |',
  '第二执法队 | 1 | 4 | 2 |',
  '合计 | 3 | 7 | 3.5 |',
  '全年共办理行政处罚案件9件，其中简易程序2件；对企业处罚5件;对个人处罚4件。',
].join('\n');

describe('the record has the shape ReportSchema.parse gives it', () => {
  it.each(texts)('%s', (_, text) => expectSchemaShape(parseReport(text)));

  it('with a table, agency rows, parts, a file name and the text', () => {
    const record = parseReport(TABLE, { file: 'a.txt', includeText: true });
    expect(record.tables.length).toBeGreaterThan(0);
    expect(record.metrics.some((m) => m.source === 'table')).toBe(true);
    expectSchemaShape(record);
  });

  it('with an ambiguous place (region candidates)', () => {
    const record = parseReport('和平区教育局2023年行政执法工作报告\n全年共办理行政处罚案件4起。');
    expect(record.regionCandidates.length).toBeGreaterThan(1);
    expectSchemaShape(record);
  });

  it('with warnings from decoding', async () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>2024年共办理行政处罚案件4起，罚没金额10.5万元。</p></body></html>';
    const record = await parseBytes(new TextEncoder().encode(html));
    expect(record.warnings.length).toBeGreaterThan(0);
    expectSchemaShape(record);
  });
});
