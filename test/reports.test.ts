// Whole reports of other bureaus, written for these tests in the way enforcement reports are written
// (fixtures/invented): what an analyst reads from each, title to summary. They guard the rules learned
// from the development corpus as a whole, where the rule tables guard them one wording at a time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse.js';

const read = (name: string) => parseReport(readFileSync(`fixtures/invented/${name}.txt`, 'utf8'));
const values = (name: string) => {
  const r = read(name);
  return Object.fromEntries(Object.entries(r.summary).filter(([, v]) => v !== null).map(([k, v]) => [k, v!.value]));
};

describe('invented reports of other bureaus', () => {
  it('a market regulation report: parts after 其中, staff and certified officers, appeals', () => {
    const r = read('a1');
    expect([r.title, r.year, r.issuer]).toEqual(['某县市场监督管理局2022年度行政执法工作报告', 2022, '县市场监管局']);
    expect(values('a1')).toEqual({
      'penalty.cases': 486, 'penalty.fines': 5236000, 'officers.total': 132, 'officers.added': 8, 'officers.removed': 5,
      'inspections.count': 46, 'inspections.targets': 1280, 'reconsideration.cases': 2, 'litigation.cases': 1, 'litigation.lost': 0,
    });
  });

  it('an emergency report: inspection records are no rectifications, plans are no results', () => {
    expect(values('a2')).toEqual({
      'penalty.cases': 68, 'penalty.fines': 2854000, 'officers.total': 38, 'inspections.targets': 1086, 'rectifications.count': 652,
    });
    expect(read('a2').issuer).toBeNull(); // it says only 我局
  });

  it('a health commission: supervisors are its officers', () => {
    const r = read('a4');
    expect(r.issuer).toBe('区卫生健康委员会');
    expect(values('a4')).toMatchObject({ 'officers.total': 45, 'officers.added': 3, 'officers.removed': 2, 'penalty.cases': 132 });
  });

  it('a Traditional transport report: 覆議, 均未敗訴, certified officers after 其中', () => {
    expect(values('a5')).toEqual({
      'penalty.cases': 1568, 'penalty.fines': 8923500, 'officers.total': 206, 'inspections.count': 3650,
      'rectifications.count': 112, 'reconsideration.cases': 3, 'litigation.cases': 2, 'litigation.lost': 0,
    });
  });

  it('an urban management report with no title: the opening names the issuer', () => {
    const r = read('a7');
    expect([r.title, r.year, r.issuer]).toEqual([null, 2022, '区城市管理综合行政执法局']);
    expect(values('a7')).toEqual({ 'penalty.cases': 1025, 'penalty.fines': 3762000, 'officers.total': 90 });
  });

  it('an ecology report: outcomes of appeals, rates and person-times are no counts', () => {
    const r = read('b2');
    expect(r.issuer).toBe('市生态环境局');
    expect(values('b2')).toEqual({
      'penalty.cases': 126, 'penalty.fines': 15368000, 'inspections.count': 3215, 'inspections.targets': 2180,
      'reconsideration.cases': 5, 'litigation.cases': 3, 'litigation.lost': 1,
    });
  });

  it('a rule-of-law report: study sessions, documents and motions are no enforcement figures', () => {
    expect(values('c1')).toEqual({
      'penalty.cases': 3265, 'penalty.fines': 18653000, 'officers.total': 612, 'inspections.count': 12000,
      'reconsideration.cases': 4, 'litigation.cases': 3, 'litigation.lost': 0,
    });
  });

  it('a market report naming no body: samples checked are no checks; cases of parallel fields give no year figure', () => {
    const r = read('c3');
    expect(r.issuer).toBeNull();
    // 食品 86 cases and 商标 12 cases, 食品 7235 visits and 特种设备 312, in sibling sections: no part is the year's.
    expect(values('c3')).toEqual({ 'penalty.fines': 426000, 'officers.total': 98, 'officers.added': 6 });
  });
});
