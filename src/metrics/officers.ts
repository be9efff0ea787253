import type { FigureContext, MetricRule } from './rule.js';
import { OFFICER, OFFICER_NOT_COUNT } from './words.js';

const officer = new RegExp(OFFICER);
const notCount = new RegExp(OFFICER_NOT_COUNT);
// `通过…考试` is how a new officer is certified: `4名人员参加并通过了行政执法资格考试`,
// `7名同志考试合格并申领了执法证件`.
const PASSED = /通过[^,;。]{0,12}?(?:考试|考核)|(?:考试|考核)(?:合格|通过)/;
const ADDED = new RegExp(`新增|新申领|申领|新取得|取得|考取|获得|新办理|新办|增加|补充|${PASSED.source}`);
// Attendance words rule a figure out, unless the officers passed the exam (`参加并通过了…考试`).
const notCountUnlessPassed = (c: FigureContext) => !notCount.test(c.clause) || PASSED.test(c.before + c.after);
// `4800余人(次)` is person-times written with a bracket.
const PERSON_TIMES_AFTER = /^\(次\)/;
// `注销执法证3个`: certificates counted as things are still officers.
const CERTIFICATE_OR_PERSON = /^(?:名|人|位|个|张)$/;
const DEPLOYED = /^[^,;。]{0,6}?(?:开展|进行|深入|赴|前往|奔赴|参加|参与)/;
const REMOVED = /注销|吊销|收回|清理|暂扣|退出|减少|调出/;
// `截至12月31日共有干部职工98人,其中取得行政执法证的76人`: taken in the words of a stock, 取得
// states who hold a certificate, not who got one this year (that takes 新, 本年, 年内 …).
const STOCK = /共有|现有|截至|截止/;
const NEW = /新|本年|今年|年内|全年|当年/;
// Officers moving (`2名执法人员调离执法岗位`) are a change, not the roster.
const MOVED = /^[^,;。]{0,8}?(?:调离|调入|调出|退休|离职|辞职|离岗)/;
// Auxiliaries (`辅助执法人员25人`, 协管员) hold no enforcement certificate.
const AUXILIARY = /(?:辅助|协管|协勤|协助|编外|聘用|临时)[^,;。、]{0,4}$/;
const heldNow = (c: FigureContext) => STOCK.test(c.sentenceBefore + c.before) && !NEW.test(c.before);
// `新招录执法队员20名`: people hired this year, neither the certified roster nor newly certified.
const HIRED = /招录|招聘|招考|录用|遴选|选调|新入职|新进/;

// `持有行政执法证件人员共20人`, `共有行政执法人员20名`; `新增执法员1名`, `3名干部取得行政执法证`;
// `注销16名执法员执法证件`. Attendance (`执法人员参加培训50人`) and 人次 are never officer counts.
export const officerRules: MetricRule[] = [
  {
    name: 'officers.removed',
    kind: 'officers.removed',
    units: ['person', 'item'],
    measure: CERTIFICATE_OR_PERSON,
    before: REMOVED,
    after: REMOVED,
    afterWithin: 10,
    also: officer,
    exclude: notCount,
    priority: 2,
  },
  {
    // `共有20名执法人员取得执法证` states how many hold one, not how many were added.
    name: 'officers.added',
    kind: 'officers.added',
    units: ['person', 'item'],
    measure: CERTIFICATE_OR_PERSON,
    before: ADDED,
    after: ADDED,
    afterWithin: 10,
    also: officer,
    exclude: /共有|现有|均已|均持有/,
    when: (c) => notCountUnlessPassed(c) && !PERSON_TIMES_AFTER.test(c.after) && !heldNow(c),
    priority: 2,
  },
  {
    name: 'officers.total',
    kind: 'officers.total',
    units: ['person'],
    before: officer,
    after: officer,
    afterWithin: 8,
    exclude: notCount,
    // `通过考试` makes new officers, not the roster.
    // A change verb makes the figure a change, unless the clause says how many there are (共有/现有).
    // So does a deployment (`组织执法人员50名开展检查`): officers sent out, not the roster; and a hiring.
    when: (c) =>
      !DEPLOYED.test(c.after) &&
      !MOVED.test(c.after) &&
      !HIRED.test(c.before) &&
      !AUXILIARY.test(c.before) &&
      !PERSON_TIMES_AFTER.test(c.after) &&
      (/共有|现有/.test(c.before) ||
        (heldNow(c) && !REMOVED.test(c.before + c.after)) ||
        !(ADDED.test(c.before + c.after) || REMOVED.test(c.before + c.after))),
  },
];
