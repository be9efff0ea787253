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

  it('takes a total after 合计/共计 of parts no rule reads alone, certified as its parts are', () => {
    const held = parseReport('区教育局2023年行政执法工作报告\n持有执法证人员:局机关12人,执法大队45人,共计57人。');
    expect(held.summary['officers.total']).toMatchObject({ value: 57, rule: 'total' });
    const staff = parseReport('区教育局2023年行政执法工作报告\n执法人员:局机关12人,执法大队45人,共计57人;其中持证执法人员50人。');
    expect(staff.summary['officers.total']?.value).toBe(50);
  });

  it('takes cases before offenders counted in 家', () => {
    const r = parseReport('区教育局2023年行政执法工作报告\n全年查处无证办学机构9家,作出行政处罚5件。');
    expect(r.summary['penalty.cases']).toMatchObject({ value: 5 });
    const punished = parseReport('区医保局2023年行政执法工作报告\n查处违规机构42家,追回医保基金326.5万元,行政处罚3家,罚款12.8万元。');
    expect(punished.summary['penalty.cases']).toMatchObject({ value: 3 });
    // Offenders alone are the figure.
    expect(parseReport('全年查处无证办学机构9家。').summary['penalty.cases']).toMatchObject({ value: 9 });
  });

  it('takes no item of one of several parallel sections for the report', () => {
    const parallel = parseReport('工作报告\n一、主要工作\n(一)食品安全。查办食品案件86件。\n(二)知识产权。查处商标侵权案件12起。');
    expect(parallel.summary['penalty.cases']).toBeNull();
    // An overview figure, then a section's: the overview stands.
    const overview = parseReport('工作报告\n一、基本情况\n查办案件86件。\n二、专项工作\n(一)知识产权。查处商标侵权案件12起。');
    expect(overview.summary['penalty.cases']).toMatchObject({ value: 86, rule: 'item' });
    // A section about the activity as a whole states the year's figure; a campaign beside it is a part.
    const whole = parseReport('工作报告\n一、主要工作\n(二)行政检查情况。开展检查120次。\n(四)学校安全。开展检查5次。');
    expect(whole.summary['inspections.count']?.value).toBe(120);
    const campaign = parseReport('工作报告\n一、主要工作\n(二)日常监管。开展检查120次。\n(四)校外培训专项治理。开展检查5次。');
    expect(campaign.summary['inspections.count']?.value).toBe(120);
    const fields = parseReport('工作报告\n一、主要工作\n(二)学校安全。开展检查120次。\n(四)食品安全。开展检查5次。');
    expect(fields.summary['inspections.count']).toBeNull();
    // The same figure in two sections is one figure.
    const same = parseReport('工作报告\n一、主要工作\n(一)执法。查办案件86件。\n(二)监督。全年查办案件86件。');
    expect(same.summary['penalty.cases']?.value).toBe(86);
  });

  it('takes no year from an aside or from the year a figure is compared with', () => {
    const r = parseReport('区水务局2023年行政执法工作报告\n2023年,共作出行政处罚决定23件,同比下降14.8%(2022年为27件),罚没金额41.2万元。');
    expect(r.summary['penalty.fines']).toMatchObject({ value: 412000 });
    const c = parseReport('区水务局2023年行政执法工作报告\n2023年立案32宗,较2022年的45宗减少13宗,收缴罚没款326.5万元。');
    expect(c.summary['penalty.fines']).toMatchObject({ value: 3265000 });
    // A year stated for the figure itself still counts.
    const d = parseReport('区水务局2023年行政执法工作报告\n2022年收缴罚没款30万元。');
    expect(d.summary['penalty.fines']).toBeNull();
  });
});

describe('summary of several figures, as the annotation guide decides', () => {
  it('sums parallel parts for different subjects when no total is given', () => {
    const r = parseReport('2023年对企业作出处罚30件,罚款120万元;对个人作出处罚8件,罚款2.4万元。');
    expect(r.summary['penalty.cases']).toMatchObject({ value: 38, rule: 'sum-of-parts' });
    expect(r.summary['penalty.fines']).toMatchObject({ value: 1224000, rule: 'sum-of-parts' });
    expect(r.summary['penalty.cases']!.evidence).toHaveLength(2);
  });

  it('sums a list after one verb, and a line per unit', () => {
    expect(parseReport('全年共检查学校50所、幼儿园30所。').summary['inspections.targets']).toMatchObject({ value: 80 });
    // Places and visits to places are one whole of targets; penalties in 家 and in 件 are not.
    expect(parseReport('全年检查养老机构24家次、社会组织56家。').summary['inspections.targets']).toMatchObject({ value: 80 });
    expect(parseReport('全年查处无证机构3家、违规案件5件。').summary['penalty.cases']?.rule).not.toBe('sum-of-parts');
    const lines = '局机关执法岗位设置13个,执法人员27人;\n\n执法支队执法岗位设置2个,执法人员47人;\n\n林木种苗管理站执法岗位设置1个,执法人员3人。';
    expect(parseReport(lines).summary['officers.total']).toMatchObject({ value: 77, rule: 'sum-of-parts' });
  });

  it('takes a stated total over parts', () => {
    const r = parseReport('实际重点检查253家次,实际一般检查204家次。全年共开展行政执法检查457家次。');
    expect(r.summary['inspections.targets']).toMatchObject({ value: 457, rule: 'total-for-year' });
  });

  it('never adds figures of different statements', () => {
    // 立案 and 结案 are two counts of the same cases, not parts.
    const r = parseReport('立案查处水事违法行为655件、结案559件。');
    expect(r.summary['penalty.cases']).toMatchObject({ value: 655, rule: 'item' });
  });

  it('gives no figure for separate campaigns with no yearly total', () => {
    const text = '(一)开展专项整治工作情况。\n一是开展招投标治理工作,立案17件,罚款68.59万元;二是开展资质挂靠专项整治,行政处罚29起,罚款195.15万元。';
    const s = parseReport(text).summary;
    expect(s['penalty.fines']).toBeNull();
    expect(s['penalty.cases']).toBeNull();
    // One campaign's figure is the report's figure.
    expect(parseReport('1.教育培训机构专项整治:依法查处违规培训4起,罚没金额100100元。').summary['penalty.cases']).toMatchObject({ value: 4 });
  });

  it('names the rule of a negation', () => {
    expect(parseReport('本年度未发生行政复议案件。').summary['reconsideration.cases']).toMatchObject({ value: 0, rule: 'negation' });
  });
});

describe('summary of officers', () => {
  it('takes the certified officers over the whole staff', () => {
    expect(parseReport('局现有执法人员186人,其中在编人员92人,协管员94人;持证执法人员90名。').summary['officers.total']).toMatchObject({ value: 90 });
    expect(parseReport('本局现有行政执法人员215名,其中持证人员206名。').summary['officers.total']).toMatchObject({ value: 206 });
    expect(parseReport('共有持行政执法证人员93人,其中一线执法人员61人。').summary['officers.total']).toMatchObject({ value: 93 });
  });
});
