import type { MetricRule } from './rule.js';

// Kinds beyond the core: training, legal review, disclosure, complaints, proposals.
// They keep figures like `学习培训8次` or `信访件737件` from being mistaken for core kinds.
export const activityRules: MetricRule[] = [
  {
    name: 'training.sessions',
    kind: 'training.sessions',
    units: ['time'],
    before: /培训|学习|讲座|轮训|授课|学法|集中学/,
    after: /^[^,;。]{0,6}?(?:培训|学习|讲座)/,
    block: /检查|督查|抽查|巡查/,
  },
  {
    name: 'training.hours',
    kind: 'training.hours',
    units: ['hour'],
    before: /培训|学习|学时|课时|时长/,
    after: /^[^,;。]{0,6}?(?:培训|学习)/,
  },
  {
    name: 'training.participants',
    kind: 'training.participants',
    units: ['person_time'],
    before: /参训|参加|参与|培训|学习|听课/,
  },
  {
    // `对3起重大行政处罚案件进行法制审核`: cases reviewed, whatever kind of case they are.
    name: 'legal_review.cases',
    kind: 'legal_review.cases',
    units: ['case'],
    before: /法制审核|法制审查|合法性审查|合法性审核/,
    after: /^[^,;。]{0,14}?(?:法制审核|法制审查|合法性审查|合法性审核)/,
    priority: 2,
  },
  { name: 'disclosure.requests', kind: 'disclosure.requests', units: ['case'], before: /信息公开|依申请公开|公开申请/ },
  { name: 'complaints.count', kind: 'complaints.count', units: ['case'], before: /投诉|举报|信访|来信|来电|来访|热线|问政/ },
  { name: 'proposals.handled', kind: 'proposals.handled', units: ['case'], before: /建议|提案|(?<![复审])议案/ },
];
