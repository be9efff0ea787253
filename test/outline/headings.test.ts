import { describe, expect, it } from 'vitest';
import { foldDigitGaps } from '../../src/outline/headings.js';
import * as outline from '../../src/outline/index.js';
import { extractHeadings, findChrome, findHeadings } from '../../src/outline/index.js';
import { normalize } from '../../src/normalize.js';

// Each case is one line after a fixed first line, so offsets are checked away from 0, and before a
// body line (a heading that ends the text is taken as cut off).
const LEAD = '某某区教育局工作报告\n';
const one = (line: string) => {
  const text = normalize(LEAD + line + '\n正文。').text;
  const hs = findHeadings(text);
  return { hs, text };
};

describe('findHeadings: one line', () => {
  it.each([
    // line, level, marker, title
    ['第一部分 基本情况', 0, '第一部分', '基本情况'],
    ['第一章:执法工作', 0, '第一章', '执法工作'],
    ['一、基本情况', 1, '一、', '基本情况'],
    ['一.基本情况', 1, '一.', '基本情况'],
    // PDF and Word text may space the mark out.
    ['一 、基本情况', 1, '一 、', '基本情况'],
    ['1 、严格落实三项制度', 3, '1 、', '严格落实三项制度'],
    ['  一、基本情况  ', 1, '一、', '基本情况'],
    // The space between digits and Chinese goes: containers keep it or not, titles must not differ.
    ['一、2023 年度推进法治政府建设的主要举措和成效', 1, '一、', '2023年度推进法治政府建设的主要举措和成效'],
    ['一、2023年度推进法治政府建设的主要举措和成效', 1, '一、', '2023年度推进法治政府建设的主要举措和成效'],
    ['一、抓组织领导,落实法治责任', 1, '一、', '抓组织领导,落实法治责任'],
    ['（一）执法主体与执法人员情况', 2, '(一)', '执法主体与执法人员情况'],
    ['(一)、强化组织保障', 2, '(一)', '强化组织保障'],
    ['(一)政府职能依法全面履行。一是全面推进政务公开,加强信息梳理。', 2, '(一)', '政府职能依法全面履行'],
    ['1.完善执法制度体系:制定并完善了三项制度。', 3, '1.', '完善执法制度体系'],
    ['1、严格落实三项制度', 3, '1、', '严格落实三项制度'],
    ['1．强化制度执行力度；通过定期组织学习', 3, '1.', '强化制度执行力度'],
    ['1. “双随机一公开”执法检查', 3, '1.', '“双随机一公开”执法检查'],
    ['1.加强业务培训,组织执法人员参加各类业务培训,包括教育法律法规、行政执法程序、执法文书制作、职业道德等内容。', 3, '1.', '加强业务培训'],
    ['（1）规范执法程序', 4, '(1)', '规范执法程序'],
    ['(1)加强培训！全年培训8次', 4, '(1)', '加强培训'],
  ])('%s', (line, level, marker, title) => {
    const { hs, text } = one(line);
    expect(hs).toHaveLength(1);
    const h = hs[0]!;
    expect([h.level, h.marker, h.title]).toEqual([level, marker, title]);
    // The span is the marker, at most a stray separator, and the title: nothing of the run-on sentence
    // (less the space between digits and Chinese, which titles drop).
    const span = foldDigitGaps(text.slice(h.start, h.end));
    expect(span.startsWith(marker) && span.endsWith(title)).toBe(true);
    expect(span.slice(marker.length, span.length - title.length)).toMatch(/^[\s、.,:]*$/);
    expect(h.start).toBe(LEAD.length + line.indexOf(line.trim()[0]!));
  });

  it.each([
    ['第二章:执法工作'], // a lone number 2 neither opens nor continues a sequence
    ['一是建立健全组织机构。'],
    ['12月,我局开展专项检查。'],
    ['2.5万元用于执法装备购置。'],
    ['1.2万元'],
    ['2023年,区教育局共办理案件4起。'],
    ['2021年1月6日'],
    ['3'],
    ['1.'],
    ['(一)'],
    ['1、2月份开展寒假专项检查'],
    ['1 . 5万元用于执法装备购置。'],
    ['第一,加强组织领导'],
    ['123.强化监督'],
    ['【正文】'],
    ['1.行政处罚 4 起 100100 元'],
    ['一、基本情况……………3'],
    ['本年度共办理行政处罚案件4起。一、二年级学生'],
  ])('%s is no heading', (line) => expect(one(line).hs).toEqual([]));
});

describe('findHeadings: numbering', () => {
  it('keeps marker levels: 1、 under 一、 with no (一) stays level 3', () => {
    const hs = findHeadings('一、主要做法\n1、抓制度建设\n2、抓队伍建设\n二、存在问题\n正文。\n');
    expect(hs.map((h) => [h.level, h.title])).toEqual([
      [1, '主要做法'], [3, '抓制度建设'], [3, '抓队伍建设'], [1, '存在问题'],
    ]);
  });

  it('restarts numbering under each parent and lets it run on across parents', () => {
    const text = '(一)甲项\n1.子一\n2.子二\n(二)乙项\n3.子三\n4.子四\n(三)丙项\n1.子五\n正文。\n';
    expect(findHeadings(text).map((h) => h.marker)).toEqual(['(一)', '1.', '2.', '(二)', '3.', '4.', '(三)', '1.']);
  });

  it('drops a line whose number fits no sequence', () => {
    const text = '一、基本情况\n二、主要做法\n三、存在问题\n一、二年级学生参加培训\n四、下一步计划\n正文。\n';
    expect(findHeadings(text).map((h) => h.title)).toEqual(['基本情况', '主要做法', '存在问题', '下一步计划']);
  });

  it('drops a list that restarts a level without a new parent', () => {
    const text = '一、基本情况\n二、主要做法\n三、存在问题\n一、执法力量不足。\n二、培训不够。\n四、下一步计划\n正文。\n';
    expect(findHeadings(text).map((h) => h.marker)).toEqual(['一、', '二、', '三、', '四、']);
  });

  it('keeps a sequence whose first heading was lost, when the next one follows', () => {
    const text = '前言部分文字。\n二、主要做法\n三、存在问题\n正文。\n';
    expect(findHeadings(text).map((h) => h.marker)).toEqual(['二、', '三、']);
  });

  it('keeps 第一节 only where there are no chapters', () => {
    expect(findHeadings('第一节 总体情况\n第二节 主要做法\n正文。').map((h) => h.level)).toEqual([0, 0]);
    expect(findHeadings('第一章 总则\n第一节 总体情况\n一、基本情况\n正文。').map((h) => h.marker)).toEqual(['第一章', '一、']);
  });

  it('skips lines inside chrome ranges', () => {
    const text = '1.导航\n一、基本情况\n二、主要做法\n正文。\n';
    expect(findHeadings(text, [[0, 4]]).map((h) => h.marker)).toEqual(['一、', '二、']);
  });
});

describe('findHeadings: statistics reports and excerpts', () => {
  const titles = (text: string) => findHeadings(normalize(text).text).map((h) => [h.level, h.title]);

  it('reads a contents page, then the same outline again in the body', () => {
    const text = '目录\n第一部分 行政执法总体情况\n一、行政执法信息情况\n二、行政执法情况综述\n第二部分 行政执法数据统计情况\n' +
      '一、行政许可实施情况统计表\n第一部分 行政执法总体情况\n行政执法信息情况\n二、行政执法情况综述\n(一)开展专项整治工作情况。一是…';
    expect(titles(text)).toEqual([
      [0, '行政执法总体情况'], [1, '行政执法信息情况'], [1, '行政执法情况综述'], [0, '行政执法数据统计情况'],
      [1, '行政许可实施情况统计表'], [0, '行政执法总体情况'], [1, '行政执法情况综述'], [2, '开展专项整治工作情况'],
    ]);
  });

  it('cuts a page flattened to one line before each marker of levels 0 to 2', () => {
    const body = '(一)市建设局根据法律法规确定职权,目前行使的依据涉及法律法规238件。' + '市建设局内设机构十个,下属事业单位六个。'.repeat(6);
    const text = `目 录 第一部分 行政执法总体情况 一、行政执法信息情况 二、行政执法情况综述 第二部分 行政执法数据统计情况 一、行政许可实施情况统计表 第一部分 行政执法总体情况 一、行政执法信息情况 ${body} 说明: 1. 申请数量的统计范围为统计年度1月1日至12月31日。 2. 受理数量的统计范围同上。`;
    const hs = titles(text);
    expect(hs.slice(0, 7)).toEqual([
      [0, '行政执法总体情况'], [1, '行政执法信息情况'], [1, '行政执法情况综述'], [0, '行政执法数据统计情况'],
      [1, '行政许可实施情况统计表'], [0, '行政执法总体情况'], [1, '行政执法信息情况'],
    ]);
    expect(hs[7]).toEqual([2, '市建设局根据法律法规确定职权']);
    // `1.` after a space in running text is a note's item, not a heading.
    expect(hs.some(([level]) => level === 3)).toBe(false);
  });

  it('leaves a long paragraph with an inline 一、 alone', () => {
    const text = '本年度共办理行政处罚案件4起,'.repeat(30) + ' 一、二年级学生参加安全教育。\n正文。';
    expect(titles(text)).toEqual([]);
  });

  it('reads 第一部分 alone on its line with its title on the next', () => {
    expect(titles('第一部分\n某市文物局2021年度行政执法数据表\n表一:')).toEqual([[0, '某市文物局2021年度行政执法数据表']]);
    expect(titles('第一部分\n我局全年未作出行政处罚,未发生行政复议案件。')).toEqual([]);
  });

  it('starts a list again after a line ending in a colon', () => {
    const text = '说明:\n1.行政处罚实施数量的统计范围为统计年度。\n2.单处一个类别行政处罚的,计入相应类别。\n表二\n说明:\n1.“申请数量”的统计范围为统计年度。\n2.受理数量同上。';
    expect(titles(text).map(([, t]) => t)).toEqual([
      '行政处罚实施数量的统计范围为统计年度', '单处一个类别行政处罚的,计入相应类别', '“申请数量”的统计范围为统计年度', '受理数量同上',
    ]);
  });

  it('takes a second heading under a new parent for a lost first one', () => {
    expect(titles('一、基本情况\n(二)执法检查情况\n正文。')).toEqual([[1, '基本情况'], [2, '执法检查情况']]);
  });

  it('leaves out a heading that ends the text: an excerpt cut it off', () => {
    expect(titles('一、基本情况\n正文。\n2.厘清工作责任,加强联')).toEqual([[1, '基本情况']]);
    // A heading whose section starts on its own line is kept.
    expect(titles('一、基本情况\n(二)严格规范行政执法。一是深化专项整治')).toEqual([[1, '基本情况'], [2, '严格规范行政执法']]);
  });
});

describe('extractHeadings', () => {
  it('normalises Traditional text itself and keeps source offsets', () => {
    const src = '網站首頁 新聞中心 政務公開 辦事服務 互動交流\n一、基本情況\n（一）執法隊伍建設。本年度新增執法人員3名。';
    const hs = extractHeadings(src);
    expect(hs.map((h) => [h.level, h.marker, h.title])).toEqual([
      [1, '一、', '基本情况'],
      [2, '(一)', '执法队伍建设'],
    ]);
    expect(src.slice(hs[1]!.start, hs[1]!.end)).toBe('（一）執法隊伍建設');
  });

  it('agrees with findHeadings over findChrome on normalised text', () => {
    const src = '一、基本情况\n1.完善制度:制定三项制度。';
    const n = normalize(src).text;
    expect(extractHeadings(src)).toEqual(findHeadings(n, findChrome(n)));
  });
});

describe('the outline module surface', () => {
  it('exports these names', () => {
    expect(Object.keys(outline).sort()).toEqual(['extractHeadings', 'findChrome', 'findFacts', 'findHeadings', 'findReportStarts']);
  });
});

describe('two reports in one file', () => {
  // 000 ends in a plan section (下一步), 003 in a page footer: neither may swallow the report after it.
  it.each([
    ['000_19782628e28f8999', '001_3770c9764d7b996a'],
    ['003_96567cf56c5f0be9', '001_3770c9764d7b996a'],
    ['001_3770c9764d7b996a', '004_9f66dcbf1b3e7448'],
  ])('%s then %s give the figures and headings of both', async (x, y) => {
    const { readFileSync } = await import('node:fs');
    const { parseReport } = await import('../../src/parse.js');
    const a = readFileSync(`fixtures/seeds/${x}.txt`, 'utf8');
    const b = readFileSync(`fixtures/seeds/${y}.txt`, 'utf8');
    const both = parseReport(`${a}\n${b}`);
    expect(both.metrics.length).toBe(parseReport(a).metrics.length + parseReport(b).metrics.length);
    expect(both.headings.length).toBe(parseReport(a).headings.length + parseReport(b).headings.length);
  });

  it('finds a title line after a body, not a title repeated under the page title', () => {
    const text = normalize('区教育局2023年工作总结\n\n区教育局2023年工作总结\n正文。\n一、基本情况\n全年共检查学校12所。\n某县林业局2023年行政执法工作报告\n一、基本情况').text;
    expect(outline.findReportStarts(text)).toEqual([text.indexOf('某县林业局')]);
  });
});
