// Mirror sites put pinyin after characters (`執(zhí)法`): rules read the text without it, offsets and
// evidence words still point into the source, annotations included.
import { describe, expect, it } from 'vitest';
import { extractHeadings } from '../src/outline/index.js';
import { normalize } from '../src/normalize.js';
import { parseReport } from '../src/parse.js';

describe('inline pinyin', () => {
  it.each([
    ['行政執(zhí)法數(shù)據(jù)', '行政执法数据'],
    ['統(tǒng)計(jì)局', '统计局'],
    ['綠(lǜ)化', '绿化'],
  ])('%s reads as %s', (source, text) => {
    expect(normalize(source).text).toBe(text);
  });

  it.each([
    ['附件(A)', '附件(A)'], // no tone mark: not pinyin
    ['下载(app)', '下载(app)'],
    ['(zhí)開頭', '(zhi)开头'.replace('zhi', 'zhí')], // nothing before it to annotate
  ])('leaves %s alone', (source, text) => {
    expect(normalize(source).text).toBe(text);
  });

  it('maps offsets back into the source, annotations kept with their character', () => {
    const n = normalize('開平市統(tǒng)計(jì)局');
    expect(n.text).toBe('开平市统计局');
    expect(n.source.slice(n.toSource(3), n.toSource(5))).toBe('統(tǒng)計(jì)');
    expect(n.toSource(n.text.length)).toBe(n.source.length);
  });

  it('figures, headings and titles read through the pinyin; evidence is the source', () => {
    const source = '某市統(tǒng)計(jì)局2019年度行政執(zhí)法工作報告\n一、行政執(zhí)法基本情況\n全年共作出行政處(chǔ)罰案件12件。';
    const r = parseReport(source);
    expect(r.title).toBe('某市统计局2019年度行政执法工作报告');
    expect(r.headings.map((h) => h.title)).toEqual(['行政执法基本情况']);
    const h = r.headings[0]!;
    expect(source.slice(h.start, h.end)).toBe('一、行政執(zhí)法基本情況');
    const m = r.metrics.find((x) => x.kind === 'penalty.cases')!;
    expect(m.value).toBe(12);
    expect(source.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toContain('處(chǔ)罰');
    expect(extractHeadings(source)[0]!.start).toBe(h.start);
  });
});
