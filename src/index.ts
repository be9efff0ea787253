// Public API: named exports only, listed by hand.
export { parseReport, parseFile, type ParseOptions } from './parse.js';
export { normalize, type Normalized } from './normalize.js';
export { segment, keywords, isSegmenterLoaded, type Token, type SegmentOptions, type Keyword } from './segment.js';
export { extractMetrics } from './metrics/extract.js';
export { KINDS, TABLE_KINDS, type KindInfo, type TableKind } from './metrics/kinds.js';
export { extractHeadings } from './outline/index.js';
export { parseChineseNumber } from './numbers/chinese.js';
export { pickFigure, summarize } from './summary.js';
export { ReportError, toErrorRecord } from './errors.js';
export { DEFAULT_LIMITS, decodeInput, readInputFile, type Decoded, type InputOptions } from './input/index.js';
export {
  CORE_KINDS,
  ErrorCodeSchema,
  ErrorRecordSchema,
  FormatSchema,
  HeadingSchema,
  MetricSchema,
  MetricSourceSchema,
  QualifierSchema,
  RecordSchema,
  ReportSchema,
  RoleSchema,
  ScriptSchema,
  SummarySchema,
  SummaryValueSchema,
  TableSchema,
  TableStandardSchema,
  UnitSchema,
  WarningSchema,
  type CoreKind,
  type ErrorCode,
  type ErrorRecord,
  type Format,
  type Heading,
  type Metric,
  type MetricSource,
  type Qualifier,
  type Report,
  type ReportRecord,
  type Role,
  type Script,
  type Summary,
  type SummaryValue,
  type Table,
  type TableStandard,
  type Unit,
  type Warning,
} from './schema.js';
