// Input shapes that make a careless parser quadratic: one long sentence full of figures and 其中/分别/共,
// long lines, many headings, pipe tables, chrome lines, deep HTML nesting, wide and nested tables. Each builds
// an input of size proportional to n; a linear parser takes about 4× as long for 4n as for n.
//
// Used by the benchmark (bench/probe.mjs complexity, every shape at n and 4n; test/linear.test.ts
// is the clockless check of the refiners).

export interface Shape {
  name: string;
  /** Text for parseReport, or bytes (HTML) for the byte path. */
  kind: 'text' | 'html';
  make: (n: number) => string;
  /** n for the benchmark: the 4n input takes a fraction of a second to a few seconds. */
  n: number;
}

const rep = (s: string, n: number) => s.repeat(n);
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');

export const SHAPES: readonly Shape[] = [
  { name: 'figures with 其中/分别/共 in one sentence', kind: 'text', n: 3000, make: (n) => rep('检查12次，其中联合开展4次，分别为1件、2件，共', n) },
  { name: '分别 lists in one sentence', kind: 'text', n: 2000, make: (n) => rep('行政复议、行政诉讼案件分别为1件、2件，', n) },
  { name: 'negated lists in one sentence', kind: 'text', n: 3000, make: (n) => rep('未发生行政处罚、行政复议和行政诉讼案件，', n) },
  { name: 'figures in one sentence', kind: 'text', n: 6000, make: (n) => rep('处罚案件4起、', n) },
  { name: 'a long line without stops', kind: 'text', n: 20000, make: (n) => rep('我们开展了很多工作成效明显', n) },
  { name: 'many headings', kind: 'text', n: 4000, make: (n) => lines(n, (i) => `（${'一二三四五六七八九十'[i % 10]}）标题${i}\n内容检查${i % 50}次。`) },
  // At 4n the table has 160,000 rows: past the arguments a spread call can take (a crash once).
  { name: 'pipe table rows', kind: 'text', n: 40000, make: (n) => '统计表\n| 项目 | 数量 | 单位 |\n' + lines(n, (i) => `| 行政处罚${i} | ${(i % 90) + 1} | 起 |`) },
  { name: 'bare pipes', kind: 'text', n: 8000, make: (n) => '统计表\n' + lines(n, () => '|'.repeat(60)) },
  { name: 'chrome lines', kind: 'text', n: 8000, make: (n) => '报告\n' + lines(n, () => '首页 | 网站地图 | 联系我们\n发布日期：2023-01-01') },
  { name: 'blank lines', kind: 'text', n: 100000, make: (n) => '报告' + '\n'.repeat(n) + '检查1次' },
  { name: 'HTML nested 3 deep per level, never closed', kind: 'html', n: 8000, make: (n) => '<html><body>' + rep('<div><span><font>', n) + '行政处罚案件4起</body></html>' },
  { name: 'HTML nested tables', kind: 'html', n: 3000, make: (n) => '<html><body>' + rep('<table><tr><td>', n) + '检查1次' + rep('</td></tr></table>', n) + '</body></html>' },
  { name: 'HTML table row of many cells', kind: 'html', n: 8000, make: (n) => '<html><body><table><tr>' + rep('<td>行政处罚4起</td>', n) + '</tr></table></body></html>' },
  { name: 'HTML paragraphs', kind: 'html', n: 8000, make: (n) => '<html><body>' + rep('<p>检查12次。</p>', n) + '</body></html>' },
  { name: 'a run of numerals', kind: 'text', n: 50000, make: (n) => '报告' + '一'.repeat(n) },
  { name: 'a run of numeral entities', kind: 'html', n: 50000, make: (n) => '<p>报告' + '&#x4e00;'.repeat(n) + '</p>' },
];
