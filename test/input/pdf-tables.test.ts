// Ruled tables on a PDF page, from the segments of their borders and the runs of their words
// (viewport space: y grows downward, a run's y is its baseline).
import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/input/pdf-layout.js';
import { ruledTables, type Segment } from '../../src/input/pdf-tables.js';

const run = (str: string, x: number, y: number, size = 8): Run => ({ str, x, y, width: [...str].length * size, size });
const h = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });

// Columns at x 100, 200, 300, 400; rows at y 100, 130, 160, 190.
const xs = [100, 200, 300, 400];
const ys = [100, 130, 160, 190];

describe('ruledTables', () => {
  it('reads a grid: a header cell spanning two columns, a label wrapped inside its cell', () => {
    const segments = [
      ...ys.map((y) => h(y, 100, 400)),
      v(100, 100, 190), v(400, 100, 190), v(200, 100, 190),
      v(300, 130, 190), // no border between columns 2 and 3 in the first row: 行政许可实施数量 spans them
    ];
    const runs = [
      run('单位名称', 105, 110), run('行政许可实施数量', 205, 110),
      run('申请', 205, 140), run('数量', 205, 149), run('许可数量', 305, 140),
      run('县市场监管局', 105, 170), run('120', 205, 170), run('118', 305, 170),
      run('表二', 100, 80), run('说明:', 100, 210),
    ];
    const { tables, rest } = ruledTables(runs, segments);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual([
      ['单位名称', '行政许可实施数量', ''],
      ['', '申请数量', '许可数量'],
      ['县市场监管局', '120', '118'],
    ]);
    expect(rest.map((r) => r.str)).toEqual(['表二', '说明:']);
  });

  it('borders drawn as one rectangle per cell (each edge twice) read the same', () => {
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < ys.length; i++) {
      for (let j = 0; j + 1 < xs.length; j++) {
        const [x0, x1, y0, y1] = [xs[j]!, xs[j + 1]!, ys[i]!, ys[i + 1]!];
        segments.push(h(y0, x0, x1), h(y1, x0, x1), v(x0, y0, y1), v(x1, y0, y1));
      }
    }
    const runs = [run('罚款', 105, 110), run('合计', 205, 110), run('罚没金额', 305, 110), run('3', 105, 140), run('4', 205, 140), run('1.5', 305, 140)];
    // The third row band holds no words: no row.
    expect(ruledTables(runs, segments).tables[0]!.rows).toEqual([
      ['罚款', '合计', '罚没金额'],
      ['3', '4', '1.5'],
    ]);
  });

  it('false friends: a framed box of text, underlines, a box of one column', () => {
    const box = [h(100, 100, 400), h(190, 100, 400), v(100, 100, 190), v(400, 100, 190), h(130, 100, 400), v(250, 100, 190)];
    const words = [run('一、基本情况', 105, 110), run('本年度共办理行政处罚案件4起。', 255, 110), run('二、存在问题', 105, 140), run('无', 255, 140)];
    expect(ruledTables(words, box).tables).toEqual([]);
    expect(ruledTables(words, box).rest).toHaveLength(words.length);
    expect(ruledTables([run('12', 105, 110), run('34', 105, 140)], [h(115, 100, 200), h(145, 100, 200)]).tables).toEqual([]);
    const oneColumn = [h(100, 100, 400), h(130, 100, 400), h(160, 100, 400), v(100, 100, 160), v(400, 100, 160)];
    expect(ruledTables([run('12', 105, 110), run('34', 105, 140)], oneColumn).tables).toEqual([]);
  });
});
