// scoreDocument: the scoring rules on small made-up reports, each rule with the case it must not count.
import { describe, expect, it } from 'vitest';
import { GoldSchema, type Gold } from '../../src/eval/gold.js';
import { AnchorError, scoreDocument, scorecard, scorecardLine } from '../../src/eval/score.js';
import { parseReport } from '../../src/parse.js';
import { CORE_KINDS, type Metric, type Report } from '../../src/schema.js';
import { NO_PROFILE } from '../records.js';

const TEXT = '西青区教育局2023年行政执法情况报告\n一、基本情况\n全年共办理行政处罚案件4起，罚没金额1.5万元。抽查30余次。7个工作日内办结。';

const metric = (kind: Metric['kind'], value: number, anchor: string, extra: Partial<Metric> = {}): Metric => {
  const start = TEXT.indexOf(anchor);
  return {
    kind, value, unit: 'case', qualifier: 'exact', role: 'total', text: anchor, start, end: start + anchor.length,
    section: [], negated: false, year: 2023, yearStated: false, rule: kind, source: 'prose', ...extra,
  };
};

const report = (metrics: Metric[], over: Partial<Report> = {}): Report => ({
  ok: true, ...NO_PROFILE, title: '西青区教育局2023年行政执法情况报告', year: 2023, issuer: '西青区教育局',
  script: 'simplified', format: 'text', encoding: 'utf-8', headings: [{ level: 1, marker: '一、', title: '基本情况', start: 21, end: 27 }],
  tables: [], metrics,
  summary: { ...(Object.fromEntries(CORE_KINDS.map((k) => [k, null])) as Report['summary']), 'penalty.cases': { value: 4, unit: 'case', qualifier: 'exact', evidence: [0], rule: 'total' } },
  warnings: [], ...over,
});

const gold = (g: Partial<Gold>): Gold => GoldSchema.parse({ doc: 'a.txt', ...g });

describe('scoreDocument', () => {
  it('counts a mention right when kind, value and an overlapping span agree', () => {
    const s = scoreDocument(gold({ mentions: [{ kind: 'penalty.cases', value: 4, anchor: '行政处罚案件4起' }] }), TEXT, report([metric('penalty.cases', 4, '处罚案件4起')]));
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
    expect(s.byKind['penalty.cases']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a wrong value as one false and one missed mention', () => {
    const s = scoreDocument(gold({ mentions: [{ kind: 'penalty.cases', value: 4, anchor: '行政处罚案件4起' }] }), TEXT, report([metric('penalty.cases', 5, '处罚案件4起')]));
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
    expect(s.misses.filter((m) => m.includes('mention'))).toEqual([`false mention: penalty.cases=5 at ${TEXT.indexOf('处罚案件4起')} «处罚案件4起»`, 'missed mention: penalty.cases=4 «行政处罚案件4起»']);
  });

  it('asks for the qualifier only where the gold gives one', () => {
    const want = { kind: 'inspections.count', value: 30, anchor: '抽查30余次' };
    const got = metric('inspections.count', 30, '抽查30余次');
    expect(scoreDocument(gold({ mentions: [want] }), TEXT, report([got])).tp).toBe(1);
    expect(scoreDocument(gold({ mentions: [{ ...want, qualifier: 'more_than' }] }), TEXT, report([got])).tp).toBe(0);
    expect(scoreDocument(gold({ mentions: [{ ...want, qualifier: 'more_than' }] }), TEXT, report([{ ...got, qualifier: 'more_than' }])).tp).toBe(1);
  });

  it('neither rewards nor punishes figures at optional anchors, nor a mention read twice', () => {
    const g = gold({ mentions: [{ kind: 'penalty.cases', value: 4, anchor: '行政处罚案件4起' }], optional: [{ anchor: '罚没金额1.5万元' }] });
    const s = scoreDocument(g, TEXT, report([metric('penalty.cases', 4, '处罚案件4起'), metric('penalty.cases', 4, '案件4起'), metric('penalty.fines', 15000, '罚没金额1.5万元')]));
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
  });

  it('counts every figure at a forbidden anchor, of any kind, and ignores kinds it does not score', () => {
    const s = scoreDocument(gold({ forbidden: ['7个工作日'] }), TEXT, report([metric('training.sessions', 7, '7个工作日')]));
    expect([s.forbidden, s.fp]).toEqual([1, 0]);
  });

  it('scores the summary with accepted values, qualifiers and nulls', () => {
    const r = report([]);
    const s = scoreDocument(gold({ summary: { 'penalty.cases': { accept: [3, 4] }, 'penalty.fines': null, 'officers.total': 20 } }), TEXT, r);
    expect([s.summaryOk, s.summary, s.statedOk, s.stated]).toEqual([2, 3, 1, 2]);
    const q = scoreDocument(gold({ summary: { 'penalty.cases': { value: 4, qualifier: 'more_than' } } }), TEXT, r);
    expect(q.summaryOk).toBe(0);
  });

  it('matches headings by level and title prefix, and titles on their characters alone', () => {
    const s = scoreDocument(gold({ headings: [{ level: 1, title: '基本情况和成效' }, { level: 2, title: '基本情况' }], title: '西青区教育局 2023年 行政执法情况报告' }), TEXT, report([]));
    expect([s.headingTp, s.headingFp, s.headingFn, s.metaOk, s.meta]).toEqual([1, 0, 1, 1, 1]);
  });

  it('scores an error record as a document without a record', () => {
    const s = scoreDocument(gold({ mentions: [{ kind: 'penalty.cases', value: 4, anchor: '案件4起' }] }), null, { ok: false, error: { code: 'EMPTY', message: 'no text' } });
    expect([s.ok, s.fn]).toEqual([false, 1]);
    expect(scorecard([s]).missingDocs).toBe(1);
  });

  it('stops at an anchor that is not in the text', () => {
    expect(() => scoreDocument(gold({ mentions: [{ kind: 'penalty.cases', value: 4, anchor: '案件四起' }] }), TEXT, report([]))).toThrow(AnchorError);
  });

  it('adds documents up into the scorecard line', () => {
    const r = parseReport(TEXT);
    const s = scoreDocument(gold({ summary: { 'penalty.cases': 4 }, mentions: [{ kind: 'penalty.cases', value: 4, anchor: '行政处罚案件4起' }], year: 2023 }), TEXT, r);
    expect(scorecardLine(scorecard([s]))).toBe(
      'docs 1/1 · summary 1/1 (100.0%), stated 1/1 (100.0%) · mentions P=' + scorecard([s]).mentions.precision.toFixed(3) +
        ' R=1.000 F1=' + scorecard([s]).mentions.f1.toFixed(3) + ' · headings F1=' + scorecard([s]).headings.f1.toFixed(3) + ' · meta 1/1 · forbidden 0',
    );
  });
});
