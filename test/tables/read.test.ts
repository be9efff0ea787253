// The table reader on the text layouts archives hold, true tables beside false friends. Each case
// checks the columns, the figures (kind, value, role) and the evidence words of the key figures.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse.js';
import type { Report } from '../../src/schema.js';

const paths = (r: Report, t = 0) => r.tables[t]!.columns.map((c) => c.path.join('>') + (c.unit ? `(${c.unit})` : ''));
const cells = (r: Report, t = 0) => r.tables[t]!.rows.map((row) => row.cells.map((c) => c.value));
const figures = (r: Report) => r.metrics.filter((m) => m.source === 'table').map((m) => [m.kind, m.value, m.role, m.agency ?? null]);
const core = (r: Report, kind: string) => r.metrics.filter((m) => m.kind === kind).map((m) => [m.value, m.source]);

describe('pipe rows', () => {
  const text = [
    '表一',
    '庆元县2024年度行政处罚实施情况统计表',
    '行政处罚实施数量(宗) | ||||',
    '警告、通报批评 | 罚款 | 没收违法 所得、没收 非法财物 | 合计(宗) | 罚没金额(万元) |',
    '12175 | 94929 | 235 | 108156 | 1753.79 |',
    '说明:',
    '1.并处两种以上行政处罚的,算一宗行政处罚,计入最重的行政处罚类别。',
  ].join('\n');
  const r = parseReport(text);

  it('a group header over the type columns, units from the headers, the caption above', () => {
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!).toMatchObject({ caption: '表一 庆元县2024年度行政处罚实施情况统计表', standard: 'penalty' });
    expect(paths(r)).toEqual([
      '行政处罚实施数量>警告、通报批评(宗)', '行政处罚实施数量>罚款(宗)', '行政处罚实施数量>没收违法所得、没收非法财物(宗)',
      '行政处罚实施数量>合计(宗)', '行政处罚实施数量>罚没金额(万元)',
    ]);
    expect(cells(r)).toEqual([[12175, 94929, 235, 108156, 1753.79]]);
  });

  it('合计 is penalty.cases and 罚没金额 penalty.fines in yuan, exactly; the types are kinds of their own', () => {
    expect(figures(r)).toEqual([
      ['penalty.type.warning', 12175, 'total', null],
      ['penalty.type.fine', 94929, 'total', null],
      ['penalty.type.confiscation', 235, 'total', null],
      ['penalty.cases', 108156, 'total', null],
      ['penalty.fines', 17537900, 'total', null],
    ]);
    const cases = r.metrics.find((m) => m.kind === 'penalty.cases')!;
    expect(cases.text).toBe('合计(宗) | 罚没金额(万元) |\n12175 | 94929 | 235 | 108156');
    expect(text.slice(cases.start, cases.end)).toBe(cases.text);
    expect(cases.cell).toEqual({ table: 0, row: 0, column: 3 });
  });

  it('the note under the table gives no figure', () => {
    expect(r.metrics.filter((m) => m.source === 'prose')).toEqual([]);
    expect(r.summary['penalty.cases']?.value).toBe(108156);
  });
});

describe('one cell per line', () => {
  it('a group header, a label wrapped in two, and the values (as d07)', () => {
    const text = '行政处罚实施数量(宗)\n\n警告\n\n罚款\n\n没收违法\n\n所得、没收非法财物\n\n合计(宗)\n\n罚没金额(万元)\n\n0\n\n293\n\n0\n\n293\n\n11817.5\n\n二、其他情况';
    const r = parseReport(text);
    expect(paths(r)).toEqual([
      '行政处罚实施数量>警告(宗)', '行政处罚实施数量>罚款(宗)', '行政处罚实施数量>没收违法所得、没收非法财物(宗)',
      '行政处罚实施数量>合计(宗)', '行政处罚实施数量>罚没金额(万元)',
    ]);
    expect(core(r, 'penalty.cases')).toEqual([[293, 'table']]);
    expect(core(r, 'penalty.fines')).toEqual([[118175000, 'table']]);
  });

  it('a table of agencies printed in two parts, its 合计 wrapped onto a line of its own (as d23)', () => {
    const text = [
      '行政处罚实施数量(宗)', '单位名称', '警告', '罚款', '市商务局', '0', '2',
      '责令停产停业', '其他行政处罚', '合计', '(宗)', '罚没金额(万元)', '0', '0', '2', '1.5',
      '说明:1.行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。',
    ].join('\n\n');
    const r = parseReport(text);
    expect(paths(r)).toEqual([
      '单位名称', '行政处罚实施数量>警告(宗)', '行政处罚实施数量>罚款(宗)', '行政处罚实施数量>责令停产停业(宗)',
      '行政处罚实施数量>其他行政处罚(宗)', '行政处罚实施数量>合计(宗)', '罚没金额(万元)',
    ]);
    expect(cells(r)).toEqual([['市商务局', 0, 2, 0, 0, 2, 1.5]]);
    // A lone agency row is the report's figure.
    expect(r.metrics.find((m) => m.kind === 'penalty.cases')).toMatchObject({ value: 2, role: 'total', agency: '市商务局' });
    expect(r.summary['penalty.fines']?.value).toBe(15000);
  });

  it('rows of agencies after their names: items naming the agency, the 合计 row the total', () => {
    const text = ['行政处罚实施情况统计表', '单位名称', '罚款', '合计(宗)', '县市场监管局', '3', '4', '县交通局', '1', '1', '合计', '4', '5'].join('\n');
    const r = parseReport(text);
    expect(figures(r).filter((f) => f[0] === 'penalty.cases')).toEqual([
      ['penalty.cases', 4, 'item', '县市场监管局'],
      ['penalty.cases', 1, 'item', '县交通局'],
      ['penalty.cases', 5, 'total', null],
    ]);
    expect(r.summary['penalty.cases']?.value).toBe(5);
  });

  it('an agency a row names is not the issuer of the report', () => {
    const rows = ['单位名称', '执法人员数(人)', '持证人数(人)', '县市场监管局', '86', '84', '县交通局', '32', '32', '合计', '118', '116'];
    const r = parseReport(['某县2023年度行政执法统计年报', '行政执法证持证率情况统计表', ...rows].join('\n\n'));
    expect(r.issuer).toBeNull();
    expect(r.summary['officers.total']?.value).toBe(116);
    // The report's own body, named in the text, still is.
    expect(parseReport(['青山县司法局2023年度行政执法统计年报', ...rows].join('\n\n')).issuer).toBe('青山县司法局');
  });

  it('a county summary of agencies: a column named 行政处罚(宗) counts cases', () => {
    const text = [
      '区各执法部门2023年度行政处罚实施情况汇总表',
      '| 单位名称 | 行政处罚(宗) | 罚没金额(万元) | 行政检查(次) |',
      '| 区市场监管局 | 512 | 236.5 | 3210 |',
      '| 区城管局 | 1203 | 88.2 | 5600 |',
      '| 合计 | 1715 | 324.7 | 8810 |',
    ].join('\n');
    const r = parseReport(text);
    expect(figures(r).filter((f) => f[0] === 'penalty.cases')).toEqual([
      ['penalty.cases', 512, 'item', '区市场监管局'],
      ['penalty.cases', 1203, 'item', '区城管局'],
      ['penalty.cases', 1715, 'total', null],
    ]);
    const counted = parseReport('执法情况汇总表\n| 单位名称 | 实施行政处罚数量(宗) | 行政检查(次) |\n| 合计 | 42 | 300 |');
    expect(counted.summary['penalty.cases']?.value).toBe(42);
    // False friends: a penalty type column and a licensing column are no case counts.
    const types = parseReport('行政处罚实施情况统计表\n| 罚款(宗) | 行政许可(件) |\n| 12 | 30 |');
    expect(types.metrics.filter((m) => m.kind === 'penalty.cases')).toEqual([]);
  });

  it('false friends: short lines without figures, a contents page, a date under labels', () => {
    for (const text of [
      '目录\n一、行政处罚实施情况统计表\n二、行政许可实施情况统计表',
      '执法岗位数量:8个执法科室\n在岗执法人员:19人',
      '网站首页\n政务公开\n通知公告\n办事服务\n互动交流\n2025-01-23',
      '申请数量\n受理数量\n2207',
      // Lines of bars alone hold no cells.
      '统计表\n' + '||||||\n'.repeat(50),
    ]) {
      expect(parseReport(text).tables, text).toEqual([]);
    }
  });
});

describe('tabs and aligned columns', () => {
  it('tabs keep empty cells: a rowspan at the left, a colspan over two columns', () => {
    const text = '单位名称\t行政许可实施数量(件)\t\n\t申请数量\t许可数量\n县市场监管局\t120\t118\n合计\t120\t118';
    const r = parseReport(text);
    expect(paths(r)).toEqual(['单位名称', '行政许可实施数量>申请数量(件)', '行政许可实施数量>许可数量(件)']);
    expect(r.tables[0]!.standard).toBe('licensing');
    expect(figures(r).filter((f) => f[2] === 'total')).toEqual([
      ['licensing.applications', 120, 'total', null],
      ['licensing.granted', 118, 'total', null],
    ]);
  });

  it('tabs copied from a rendered page: a merged header cell is one cell, the header narrower than its data', () => {
    const text = ['表一 行政处罚实施情况统计表', '行政处罚实施数量(宗)\t罚没金额(万元)', '警告\t罚款\t合计', '3\t152\t155\t86.35'].join('\n');
    const r = parseReport(text);
    expect(paths(r)).toEqual(['行政处罚实施数量>警告(宗)', '行政处罚实施数量>罚款(宗)', '行政处罚实施数量>合计(宗)', '罚没金额(万元)']);
    expect(r.summary['penalty.cases']?.value).toBe(155);
    expect(r.summary['penalty.fines']?.value).toBe(863500);
    // A rowspan label before the group: 单位名称 stands over both rows.
    const agencies = parseReport(['单位名称\t行政许可实施数量(件)', '申请数量\t许可数量', '县市场监管局\t120\t118'].join('\n'));
    expect(paths(agencies)).toEqual(['单位名称', '行政许可实施数量>申请数量(件)', '行政许可实施数量>许可数量(件)']);
  });

  it('columns aligned with spaces, the units in a caption line', () => {
    const text = ['行政处罚实施情况统计表', '单位:宗、万元', '罚款    合计    罚没金额', '12      15      3.5'].join('\n');
    const r = parseReport(text);
    expect(paths(r)).toEqual(['罚款(宗)', '合计(宗)', '罚没金额(万元)']);
    expect(core(r, 'penalty.fines')).toEqual([[35000, 'table']]);
  });
});

describe('what a table never gives', () => {
  it('money without a unit is no figure; a dash is no zero', () => {
    const r = parseReport('行政处罚实施情况统计表\n罚款 | 合计 | 罚没金额 |\n— | 3 | 1500 |');
    expect(core(r, 'penalty.fines')).toEqual([]);
    expect(cells(r)).toEqual([[null, 3, 1500]]);
    expect(r.metrics.map((m) => m.kind)).toEqual(['penalty.cases']);
  });

  it('a header of years is a header, and figures take the year of their column', () => {
    const r = parseReport('2024年度报告\n项目 | 2023年 | 2024年 |\n行政处罚案件(件) | 3 | 4 |');
    expect(r.metrics.map((m) => [m.kind, m.value, m.year])).toEqual([
      ['penalty.cases', 3, 2023],
      ['penalty.cases', 4, 2024],
    ]);
    expect(r.summary['penalty.cases']?.value).toBe(4);
  });

  it('rows that nothing names give no figure', () => {
    const r = parseReport('罚款 | 合计(宗) |\n1 | 2 |\n3 | 4 |');
    expect(r.tables).toHaveLength(1);
    expect(r.metrics).toEqual([]);
  });

  it('执法人员数 beside 持证人数: the certified count is the total', () => {
    const r = parseReport('执法人员数(人) | 持证人数(人) | 持证率(%) |\n40 | 38 | 95 |');
    expect(figures(r)).toEqual([
      ['officers.total', 40, 'item', null],
      ['officers.total', 38, 'total', null],
      ['certification.rate', 95, 'total', null],
    ]);
    expect(r.summary['officers.total']?.value).toBe(38);
  });
});

describe('notes', () => {
  it.each([
    ['填报说明:\n1、并处两种以上行政处罚的,计一宗行政处罚。\n2、检查1个检查对象,有完整、详细的检查记录,计为检查1次。'],
    ['2020年度行政处罚实施情况统计表(表二)说明:\n1.并处两种以上行政处罚的,算一宗行政处罚。'],
    ['说明:1.行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。2.单处一个类别行政处罚的,计入相应类别。'],
    ['本表中,检查1个检查对象计为检查1次。'],
  ])('%j gives no figure', (text) => {
    expect(parseReport(text).metrics).toEqual([]);
  });

  it('a figure after the note is read again', () => {
    const r = parseReport('说明:\n1.并处两种以上行政处罚的,算一宗行政处罚。\n二、执法情况\n全年共办理行政处罚案件4起。');
    expect(core(r, 'penalty.cases')).toEqual([[4, 'prose']]);
  });
});

describe('table and prose', () => {
  const table = '行政处罚实施情况统计表\n罚款 | 合计(宗) |\n3 | 4 |\n';

  it('the same figure in both: the evidence lists the table cell and the sentence', () => {
    const r = parseReport(`${table}全年共作出行政处罚决定4宗。`);
    const s = r.summary['penalty.cases']!;
    expect(s.value).toBe(4);
    expect(s.evidence.map((i) => r.metrics[i]!.source)).toEqual(['table', 'prose']);
    expect(r.warnings).toEqual([]);
  });

  it('figures that disagree: the table stands, a warning names both', () => {
    const r = parseReport(`${table}全年共作出行政处罚决定5宗。`);
    expect(r.summary['penalty.cases']?.value).toBe(4);
    expect(r.warnings).toEqual([
      { code: 'TABLE_PROSE_MISMATCH', message: expect.stringMatching(/^penalty\.cases: the table gives 4 .*, the prose 5 .*行政处罚决定5宗/) },
    ]);
  });
});
