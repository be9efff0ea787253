// Who published the report, where, and what kind it is: the record's fields for building datasets across
// bureaus and years. Read after the outline, from the normalised text, the chrome ranges and the facts.
import { docId } from './identity.js';
import type { Facts, Range } from './outline/index.js';
import { bodyType } from './outline/body-type.js';
import { findPublication } from './outline/publication.js';
import { reportType } from './outline/report-type.js';
import { resolveRegion } from './region/index.js';
import type { Heading, Report } from './schema.js';

export type Profile = Pick<Report, 'docId' | 'reportType' | 'publisher' | 'published' | 'region' | 'regionCandidates' | 'bodyType'>;

/** The profile of a report that tells none of it (what records written before these fields read as). */
export const NO_PROFILE: Readonly<Profile> = {
  docId: '',
  reportType: 'other',
  publisher: null,
  published: null,
  region: null,
  regionCandidates: [],
  bodyType: null,
};

/**
 * The record's identity, kind, publisher and region.
 *
 * @example
 * const n = normalize(text); const chrome = findChrome(n.text);
 * profileReport(n.text, chrome, findHeadings(n.text, chrome), findFacts(n.text, chrome)).region?.code;
 */
export function profileReport(text: string, chrome: readonly Range[], headings: readonly Heading[], facts: Facts): Profile {
  const { publisher, published } = findPublication(facts.metadata, facts.signature);
  const { region, candidates } = resolveRegion({ issuer: facts.issuer, title: facts.title, publisher, text });
  return {
    docId: docId(text, chrome),
    reportType: reportType(facts.title, headings, text),
    publisher,
    published,
    region,
    regionCandidates: candidates,
    bodyType: bodyType(facts.issuer, facts.title),
  };
}
