// Scoring the extractor against hand-labelled gold files (docs/gold-format.md).
export { GoldError, GoldSchema, readGoldDir, type Gold } from './gold.js';
export { AnchorError, SCORED_KINDS, scoreDocument, scorecard, scorecardLine, type DocScore, type Scorecard } from './score.js';
export { formatScorecard, shortfalls, type Thresholds } from './format.js';
