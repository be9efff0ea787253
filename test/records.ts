// Shared by tests that build synthetic records: the profile fields (identity, kind, publisher, region) of a
// report that tells none of them.
import type { Report } from '../src/schema.js';

export const NO_PROFILE = {
  docId: '0000000000000000',
  reportType: 'other',
  publisher: null,
  published: null,
  region: null,
  regionCandidates: [],
  bodyType: null,
} as const satisfies Pick<Report, 'docId' | 'reportType' | 'publisher' | 'published' | 'region' | 'regionCandidates' | 'bodyType'>;
