// The region a report comes from: see resolve.ts.
export { resolveRegion, type RegionInput, type RegionResult } from './resolve.js';
export { DIVISIONS_SOURCE } from './divisions.data.js';
