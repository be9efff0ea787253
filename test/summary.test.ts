import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse.js';

const summaryOf = (text: string) => parseReport(text).summary;

describe('summary', () => {
  it('takes a total before an earlier item', () => {
    const s = summaryOf('2024年工作总结\n依法查处违规培训3起。本年度共办理行政处罚案件4起。');
    expect(s['penalty.cases']).toMatchObject({ value: 4, qualifier: 'exact' });
  });

  it('never takes a subset', () => {
    const s = summaryOf('本年度开展执法检查12次，其中联合开展4次。');
    expect(s['inspections.count']?.value).toBe(12);
  });

  it('takes a stated figure before a zero from a negation', () => {
    const s = summaryOf('本年度未发生行政复议案件。后收到行政复议案件1件。');
    expect(s['reconsideration.cases']?.value).toBe(1);
  });

  it('takes the zero of a negation when nothing else is said', () => {
    const s = summaryOf('本年度未发生因行政执法引起的行政复议、行政诉讼案件。');
    expect(s['reconsideration.cases']?.value).toBe(0);
    expect(s['litigation.cases']?.value).toBe(0);
    expect(s['penalty.cases']).toBeNull();
  });

  it('keeps the qualifier and points at its evidence', () => {
    const r = parseReport('联合督查30余次。');
    const v = r.summary['inspections.count']!;
    expect(v).toMatchObject({ value: 30, qualifier: 'more_than', unit: 'time' });
    expect(r.metrics[v.evidence[0]!]!.text).toContain('30余次');
  });

  it('skips figures of another year than the report', () => {
    const s = summaryOf('区教育局2023年行政执法工作总结\n2022年共办理行政处罚案件5件。2023年共办理行政处罚案件2件。');
    expect(s['penalty.cases']?.value).toBe(2);
  });
});

describe('summary prefers the year total', () => {
  it('over an earlier campaign total', () => {
    const s = parseReport('暑期专项检查中，共检查培训机构45家。2023年，全年共检查各类机构300家。').summary;
    expect(s['inspections.targets']?.value).toBe(300);
  });

  it('counts a level reached since last year for the report year', () => {
    const s = parseReport('区教育局2023年行政执法工作总结\n行政执法人员由上年的20名减少至18名。').summary;
    expect(s['officers.total']?.value).toBe(18);
  });
});
