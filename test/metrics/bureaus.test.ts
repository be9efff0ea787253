// Wordings of reports from every kind of bureau (market regulation, urban management, emergency,
// health, water, forestry, culture, statistics), each with the false friends that look like it.
import { describe, it } from 'vitest';
import { expectMetrics, type Want } from './helpers.js';

const w = (kind: string, value: number, more: Partial<Want> = {}): Want => ({ kind, value, ...more });

describe('penalty cases: verb, counted noun, measure word', () => {
  it.each<[string, Want[]]>([
    ['全年共立案查处各类违法案件326件。', [w('penalty.cases', 326, { role: 'total' })]],
    ['立案查处无证经营户7家', [w('penalty.cases', 7, { text: '立案查处无证经营户7家' })]],
    ['查处违规办学机构6个', [w('penalty.cases', 6)]],
    ['共办理行政处罚案件1,234件,罚没款合计456.7万元。', [w('penalty.cases', 1234, { role: 'total' }), w('penalty.fines', 4567000, { role: 'total' })]],
    ['全年作出行政处罚决定87份', [w('penalty.cases', 87, { role: 'total' })]],
    ['实施行政处罚152宗', [w('penalty.cases', 152)]],
    ['办结行政处罚案件45件', [w('penalty.cases', 45)]],
    ['行政处罚案件数量:12件', [w('penalty.cases', 12)]],
    ['查处食品安全违法案件58起,罚没款86.3万元', [w('penalty.cases', 58), w('penalty.fines', 863000)]],
    ['查办各类案件856件,其中食品安全案件321件、价格违法案件58件;案值合计1236万元', [
      w('penalty.cases', 856), w('penalty.cases', 321, { role: 'subset' }), w('penalty.cases', 58, { role: 'subset' }),
    ]],
    // Cases handed to the police and coercive measures are no penalties of the bureau.
    ['移送公安机关行政拘留案件8件,实施查封扣押11件。', []],
    // False friends: checks, hazards, complaints and licences counted in the same measure words.
    ['检查企业189家', [w('inspections.targets', 189)]],
    ['查处隐患375条', []],
    ['查处问题12个', []],
    ['受理投诉举报420件', []],
    // Cases put through legal review are counted as reviews.
    ['对3起重大行政处罚案件进行法制审核', []],
    ['全年办理行政处罚案件45件,全部经过法制审核', [w('penalty.cases', 45, { role: 'total' })]],
  ])('%s', (s, want) => expectMetrics(s, want));
});

describe('figures written after their label with no measure word', () => {
  it.each<[string, Want[]]>([
    ['其中,行政许可44件、其他类10、行政处罚0、行政强制0、行政征收征用1件', [w('penalty.cases', 0)]],
    ['行政处罚数量0', [w('penalty.cases', 0)]],
    ['罚没款为0', [w('penalty.fines', 0)]],
    ['今年新增持证人员5', [w('officers.added', 5)]],
    ['行政复议数量:2,行政诉讼数量:1。', [w('reconsideration.cases', 2), w('litigation.cases', 1)]],
    // A sum of money with no measure word could be 元 or 万元: not read.
    ['罚没款为12.5', []],
    // A number on the next line is a table column's, a year is a year, a list number is no figure.
    ['行政检查\n120', []],
    ['行政处罚2023年度统计', []],
    ['行政处罚案件1,234件', [w('penalty.cases', 1234)]],
  ])('%s', (s, want) => expectMetrics(s, want));
});

describe('officers: roster, new certificates, and what is neither', () => {
  it.each<[string, Want[]]>([
    ['共有执法人员43名', [w('officers.total', 43, { role: 'total' })]],
    ['现有执法证持有人67人,在岗执法人员67人', [w('officers.total', 67), w('officers.total', 67)]],
    ['市本级执法人员数量为40人,执法证持有人员38人,执证率达95%', [w('officers.total', 40), w('officers.total', 38)]],
    ['目前共有212名同志持有行政执法证', [w('officers.total', 212, { role: 'total' })]],
    ['我局共有28名工作人员取得行政执法证件', [w('officers.total', 28, { role: 'total' })]],
    ['2023年4名人员参加并通过了行政执法资格考试', [w('officers.added', 4)]],
    ['12人通过考试并获得行政执法证', [w('officers.added', 12)]],
    ['新申领执法证12个,注销执法证3个', [w('officers.added', 12), w('officers.removed', 3)]],
    // Attendance, deployment, person-times and staffing quotas are no roster.
    ['组织执法人员参加培训120人次', []],
    ['组织执法人员50名参加法律知识考试', []],
    ['出动执法人员3.08万人次', []],
    ['执法人员4800余人(次)', []],
    ['局机关编制15名', []],
    // The register of inspectors drawn for random checks is no roster of certified officers.
    ['建立执法检查人员名录库,入库执法人员65名', []],
    ['双随机抽查执法人员库65人', []],
    ['核定行政执法人员编制30名,实有执法人员28名', [w('officers.total', 28)]],
  ])('%s', (s, want) => expectMetrics(s, want));
});

describe('inspections of other bureaus', () => {
  it.each<[string, Want[]]>([
    ['全年共开展行政检查1,560次', [w('inspections.count', 1560, { role: 'total' })]],
    ['开展“双随机、一公开”抽查46次,检查市场主体320户', [w('inspections.count', 46), w('inspections.targets', 320)]],
    ['累计检查加油站点263家次', [w('inspections.targets', 263, { role: 'total' })]],
    ['检查生产经营单位1200余家次', [w('inspections.targets', 1200, { qualifier: 'more_than' })]],
    ['共检查各类企业356户次,发现隐患128处', [w('inspections.targets', 356, { role: 'total' })]],
    ['出动执法人员860人次,检查经营户450户', [w('inspections.targets', 450)]],
    // A plan set against what was done: only the done figure.
    ['全年计划重点检查246家次,实际重点检查253家次', [w('inspections.targets', 253)]],
    // 项 counts the noun after it: systems and mechanisms are no checks.
    ['督查问责五项制度', []],
    // A check done to what was counted is no count of checks or of targets.
    ['不合格样品35批次已全部核查处置', []],
    ['发现问题企业12家均已核查', []],
    ['建立健全检查工作机制3项', []],
  ])('%s', (s, want) => expectMetrics(s, want));
});

describe('rectifications and appeals', () => {
  it.each<[string, Want[]]>([
    ['下达责令改正通知书45份', [w('rectifications.count', 45)]],
    ['责令限期整改企业23家', [w('rectifications.count', 23)]],
    ['发现问题隐患128处,已全部整改', []],
    ['被申请行政复议3件,被提起行政诉讼2件', [w('reconsideration.cases', 3), w('litigation.cases', 2)]],
    ['办理行政应诉案件6件,无败诉案件', [w('litigation.cases', 6), w('litigation.lost', 0)]],
    // Outcomes after 其中 are parts of the cases; outcomes alone are no case count.
    ['收到行政复议申请5件,其中维持4件、撤销1件', [
      w('reconsideration.cases', 5), w('reconsideration.cases', 4, { role: 'subset' }), w('reconsideration.cases', 1, { role: 'subset' }),
    ]],
    ['有行政复议案件4件,撤销1件,维持3件', [w('reconsideration.cases', 4)]],
    ['主要负责人出庭应诉2次', []],
    // The penalties are what the applicants objected to: only the head noun is negated, once a sentence.
    ['近年来由于我局未收到对本部门作出的行政处罚、行政许可决定不服的行政复议申请,因此近年无行政复议案件', [
      w('reconsideration.cases', 0, { text: '无行政复议案件' }),
    ]],
  ])('%s', (s, want) => expectMetrics(s, want));
});

describe('wordings of health, transport and urban-management reports', () => {
  it.each<[string, Want[]]>([
    // Health supervisors are the enforcement officers of a health commission.
    ['综合监督执法机构共有监督员45人,全部取得执法资格。', [w('officers.total', 45, { role: 'total' })]],
    ['責令整改違法行為112起', [w('rectifications.count', 112)]],
    // 覆議 is how Traditional texts often write 复议; 議案 is still a deputies' motion.
    ['全年辦理行政覆議案件3件,行政訴訟案件2件,均未敗訴。', [
      w('reconsideration.cases', 3, { role: 'total' }), w('litigation.cases', 2), w('litigation.lost', 0),
    ]],
    // Inspection records before a list mark are no rectification orders.
    ['下达现场检查记录1086份、责令限期整改指令书652份', [w('rectifications.count', 652)]],
    // Parts add up to their whole at most: the figure after them is a statement of its own.
    ['全年共立案查处各类违法违规案件1,025起,其中违法建设案件236起、市容环境卫生案件412起、户外广告案件189起、其他案件188起,作出行政处罚决定986件。', [
      w('penalty.cases', 1025, { role: 'total' }), w('penalty.cases', 236, { role: 'subset' }), w('penalty.cases', 412, { role: 'subset' }),
      w('penalty.cases', 189, { role: 'subset' }), w('penalty.cases', 188, { role: 'subset' }), w('penalty.cases', 986, { role: 'item' }),
    ]],
  ])('%s', (s, want) => expectMetrics(s, want));
});

describe('statistics prose: parts in brackets, corrected appeals', () => {
  it.each<[string, Want[]]>([
    // A part after 其中 is cited from 其中 on, not from its whole's words.
    ['全年共实施行政许可1265件,行政处罚86件(其中简易程序32件,一般程序54件),罚没款56.3万元;行政检查1023次。', [
      w('penalty.cases', 86), w('penalty.cases', 32, { role: 'subset', text: '简易程序32件' }), w('penalty.cases', 54, { role: 'subset' }),
      w('penalty.fines', 563000), w('inspections.count', 1023),
    ]],
    ['罚没款12.3万元(其中罚款10.3万元,没收违法所得2万元)', [
      w('penalty.fines', 123000), w('penalty.fines', 103000, { role: 'subset' }), w('penalty.fines', 20000, { role: 'subset' }),
    ]],
    ['下达《责令改正通知书》45份', [w('rectifications.count', 45)]],
    // 合计 after a list of counts of one kind is their total.
    ['行政处罚:警告12175件,罚款94929件,没收违法所得235件,合计108156件,罚没金额1753.79万元。', [
      w('penalty.cases', 12175), w('penalty.cases', 94929), w('penalty.cases', 108156, { role: 'total', text: '合计108156件' }),
      w('penalty.fines', 17537900),
    ]],
    // Not after figures of different kinds, nor after a single figure.
    ['处罚3件,复议2件,合计5件', [w('penalty.cases', 3), w('reconsideration.cases', 2)]],
    ['执法人员数48人,持证人数46人,持证率95.8%。', [w('officers.total', 48), w('officers.total', 46)]],
    ['2023年,我局行政处罚实施数量为0宗,罚没金额0元,行政检查实施数量为56次。', [
      w('penalty.cases', 0), w('penalty.fines', 0), w('inspections.count', 56),
    ]],
    ['无一例败诉', [w('litigation.lost', 0)]],
    // Corrected cases are an outcome, not the count of cases.
    ['本年度被纠错行政复议案件0件', []],
    ['发现并督促整改问题32个', []],
    ['共有行政执法主体5个', []],
  ])('%s', (s, want) => expectMetrics(s, want));
});

describe('ordinals, meetings and quotas are no figures', () => {
  it.each<[string]>([['十七届人大常委会二十八次会议审议'], ['第四十次局务会议'], ['核定编制25名,实有人员23名']])('%s', (s) =>
    expectMetrics(s, []));
});
