// Public API: named exports only, listed by hand.
export { parseReport, parseFile, type ParseOptions } from './parse.js';
export { normalize, type Normalized } from './normalize.js';
export { segment, keywords, isSegmenterLoaded, type Token, type SegmentOptions, type Keyword } from './segment.js';
export { ReportError, toErrorRecord } from './errors.js';
export { DEFAULT_LIMITS, type InputOptions } from './input/index.js';
export * from './schema.js';
