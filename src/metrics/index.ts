// The rule list. Adding a kind is adding a rule file and one line here.
import { activityRules } from './activity.js';
import { appealRules } from './appeals.js';
import { inspectionRules } from './inspections.js';
import { officerRules } from './officers.js';
import { penaltyRules } from './penalty.js';
import { rectificationRules } from './rectifications.js';
import type { MetricRule } from './rule.js';

export const RULES: readonly MetricRule[] = [
  ...penaltyRules,
  ...officerRules,
  ...inspectionRules,
  ...rectificationRules,
  ...appealRules,
  ...activityRules,
];
