// Shared by tests that build synthetic records: the profile fields (identity, kind, publisher, region) of a
// report that tells none of them, with a docId of the right shape.
import { NO_PROFILE as EMPTY } from '../src/profile.js';

export const NO_PROFILE = { ...EMPTY, docId: '0000000000000000' } as const;
