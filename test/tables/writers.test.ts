// The CLI's views of a statistics report: the dataset's standard-table columns and the table view's grids.
import { describe, expect, it } from 'vitest';
import { DATASET_COLUMNS, datasetRow } from '../../src/cli/writers/dataset.js';
import { grid, tableBlock } from '../../src/cli/writers/table.js';
import { TABLE_KINDS } from '../../src/metrics/kinds.js';
import { parseReport } from '../../src/parse.js';
import { statisticsReport, statisticsText } from '../../scripts/render-statistics.js';

const report = parseReport(statisticsText(statisticsReport(), 'pipes'));

describe('dataset', () => {
  it('gives each standard-table kind the report’s figure (the 合计 row, not an agency’s), in a fixed order', () => {
    const row = datasetRow(report);
    const byName = Object.fromEntries(DATASET_COLUMNS.map((c, i) => [c, row[i]]));
    expect(DATASET_COLUMNS.slice(-3 * TABLE_KINDS.length).filter((c) => c.endsWith('.value'))).toEqual(TABLE_KINDS.map((k) => `${k}.value`));
    expect(byName).toMatchObject({
      'penalty.cases.value': 755,
      'penalty.type.warning.value': 87,
      'penalty.type.fine.value': 626,
      'penalty.type.detention.value': 0,
      'licensing.applications.value': 3862,
      'licensing.refused.value': 65,
      'coercion.measures.value': 66,
      'coercion.enforcement.value': 9,
      'coercion.court_applications.value': 4,
      'other_acts.payments.value': 2046,
      'certification.rate.value': 97.55,
      'reconsideration.corrected.value': 1,
    });
    expect(byName['penalty.cases.evidence']).toBe('合计 |  |\n| 县市场监督管理局 | 35 | 212 | 18 | 2 | 1 | 0 | 3 | 0 | 4 | 275 | 186.42 |\n| 县交通运输局 | 12 | 96 | 0 | 5 | 0 | 0 | 0 | 0 | 0 | 113 | 52.3 |\n| 县综合行政执法局 | 40 | 318 | 6 | 0 | 0 | 0 | 2 | 0 | 1 | 367 | 104.07 |\n| 合计 | 87 | 626 | 24 | 7 | 1 | 0 | 5 | 0 | 5 | 755 | 行政处罚决定755宗');
  });
});

describe('table view', () => {
  it('shows each table as a grid under its caption', () => {
    expect(grid(report.tables[4]!)).toEqual([
      '| 执法人员数(人) | 持证人数(人) | 持证率(%) |',
      '|----------------|--------------|-----------|',
      '| 286            | 279          | 97.55     |',
    ]);
    const block = tableBlock(report);
    expect(block).toContain('\n  table 5  表五 青山县2024年度行政执法证持证率情况统计表 (certification)\n    | 执法人员数(人) |');
    expect(block.match(/\n {2}table \d/g)).toHaveLength(6);
  });
});
