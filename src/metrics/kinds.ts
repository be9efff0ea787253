// Every metric kind the rules can produce, with its unit. The core kinds are CONTRACT.md's.
import type { Unit } from '../schema.js';

export interface KindInfo {
  unit: Unit;
  description: string;
}

export const KINDS: Readonly<Record<string, KindInfo>> = {
  'penalty.cases': { unit: 'case', description: 'administrative penalty cases decided' },
  'penalty.fines': { unit: 'yuan', description: 'fines and confiscations, in yuan' },
  'officers.total': { unit: 'person', description: 'law-enforcement officers holding certificates' },
  'officers.added': { unit: 'person', description: 'officers newly certified' },
  'officers.removed': { unit: 'person', description: 'officer certificates cancelled' },
  'inspections.count': { unit: 'time', description: 'inspections, spot checks and check tasks carried out' },
  'inspections.targets': { unit: 'institution', description: 'schools and institutions inspected' },
  'rectifications.count': { unit: 'item', description: 'rectification notices issued or bodies ordered to rectify' },
  'reconsideration.cases': { unit: 'case', description: 'administrative reconsideration cases' },
  'litigation.cases': { unit: 'case', description: 'administrative litigation cases' },
  'litigation.lost': { unit: 'case', description: 'litigation cases lost' },
  'training.sessions': { unit: 'time', description: 'training and study sessions held' },
  'training.hours': { unit: 'hour', description: 'hours of training' },
  'training.participants': { unit: 'person_time', description: 'training attendance' },
  'legal_review.cases': { unit: 'case', description: 'decisions put through legal review (法制审核)' },
  'disclosure.requests': { unit: 'case', description: 'government information disclosure requests handled' },
  'complaints.count': { unit: 'case', description: 'complaints, reports and petitions received' },
  'proposals.handled': { unit: 'case', description: "deputies' suggestions and proposals handled" },
};
