// Every metric kind the rules can produce, with its unit. The core kinds are CONTRACT.md's.
import type { Unit } from '../schema.js';

export interface KindInfo {
  unit: Unit;
  description: string;
}

const TABLE = {
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
} satisfies Record<string, KindInfo>;

/** The name of a metric kind: `penalty.cases`, `training.hours`, … (the keys of `KINDS`). */
export type Kind = keyof typeof TABLE;

/** Every metric kind the rules can produce, with its unit and meaning. */
export const KINDS: Readonly<Record<Kind, KindInfo>> = TABLE;

/** The kind names, in the order of `KINDS`. */
export const KIND_NAMES = Object.keys(TABLE) as [Kind, ...Kind[]];

/** A kind's unit and meaning by any name (a rule's kind is a plain string); undefined for no kind. */
export const kindInfo = (kind: string): KindInfo | undefined =>
  Object.hasOwn(TABLE, kind) ? TABLE[kind as Kind] : undefined;
