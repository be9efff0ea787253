import { describe, it } from 'vitest';
import { expectMetrics, type Want } from './helpers.js';

const cases: [string, Want[]][] = [
  ['局机关持有行政执法证件人员共20人', [{ kind: 'officers.total', value: 20, role: 'total' }]],
  ['截止目前区教育局共有行政执法人员20名', [{ kind: 'officers.total', value: 20, role: 'total', text: '执法人员20名' }]],
  ['全局持证执法人员三十名', [{ kind: 'officers.total', value: 30 }]],
  ['本年度共注销16名执法员执法证件', [{ kind: 'officers.removed', value: 16, text: '注销16名' }]],
  ['新增执法员1名', [{ kind: 'officers.added', value: 1, text: '新增执法员1名' }]],
  ['共3名干部取得行政执法证', [{ kind: 'officers.added', value: 3, text: '3名干部取得' }]],
  ['共3名干部注销行政执法证', [{ kind: 'officers.removed', value: 3 }]],
  ['新申领執法證件5人', [{ kind: 'officers.added', value: 5 }]],
  ['执法人员调整较大，新增5人，注销3人', [{ kind: 'officers.added', value: 5 }, { kind: 'officers.removed', value: 3 }]],
  ['具有行政执法资格的人员18名', [{ kind: 'officers.total', value: 18 }]],
  ['行政执法人员由上年的20名减少至18名', [{ kind: 'officers.total', value: 18 }]],
  ['执法人员从15名增加到18名', [{ kind: 'officers.total', value: 18 }]],
  ['执法队伍共12人', [{ kind: 'officers.total', value: 12, role: 'total' }]],
  ['全局共有25名执法人员取得执法证', [{ kind: 'officers.total', value: 25, role: 'total' }]],
  ['因退休、调离等原因注销执法证3个', [{ kind: 'officers.removed', value: 3 }]],
  ['现有行政执法人员35人，其中持有执法证件人员32人', [
    { kind: 'officers.total', value: 35, role: 'item' }, { kind: 'officers.total', value: 32, role: 'subset' },
  ]],
  ['截至2023年12月31日,我局共有在职干部职工98人,其中取得行政执法证的76人', [{ kind: 'officers.total', value: 76 }]],
  ['截至年底共有执法人员50名,年内新取得执法证5人', [
    { kind: 'officers.total', value: 50, role: 'total' }, { kind: 'officers.added', value: 5 },
  ]],
  ['年内7名同志考试合格并申领了执法证件', [{ kind: 'officers.added', value: 7 }]],
  // False positives: attendance, deployments, lawyers, civil servants, comparisons.
  ['参与人员达150人次', []],
  ['组织执法人员50名开展联合检查', []],
  ['出动执法人员120人次', []],
  ['组织执法人员40人参加培训', []],
  ['另外设有公职律师1名，外聘法律顾问3名', []],
  ['法制审核人员3名', []],
  ['在编在岗公务员仅有6名', []],
  ['执法人员比上年增加3名', []],
  ['组织2024年新增行政人员培训考试', []],
  ['执法人员情况:在编26人,持证24人', [{ kind: 'officers.total', value: 26 }, { kind: 'officers.total', value: 24 }]],
  ['检查持证经营户30人', []],
  ['全年执法证件到期换证20人', []],
  ['有2名执法人员调离执法岗位', []],
  ['新招录执法队员20名', []],
  ['共有在编执法人员40人,辅助执法人员25人', [{ kind: 'officers.total', value: 40 }]],
  ['聘用协管执法人员12名', []],
  ['面向社会公开招聘执法辅助人员12名', []],
  ['7名同志参加执法资格考试', []],
];

describe('officer rules', () => {
  it.each(cases)('%s', (s, want) => expectMetrics(s, want));
});
