// Public API: named exports only, listed by hand (test/api.test.ts pins the list).
export { parseReport, parseBytes, parseFile, type ParseOptions } from './parse.js';
export { parseFiles, type ParseFilesOptions } from './batch/index.js';
export { FORMATS as OUTPUT_FORMATS, createWriter, type OutputFormat, type RecordWriter } from './cli/writers/index.js';
export { CSV_COLUMNS } from './cli/writers/csv.js';
export { DATASET_COLUMNS, datasetRow } from './cli/writers/dataset.js';
export { normalize, type Normalized } from './normalize.js';
export {
  segment,
  keywords,
  isSegmenterLoaded,
  type Token,
  type SegmentOptions,
  type KeywordOptions,
  type Keyword,
  type UserDict,
} from './segment.js';
export { extractMetrics } from './metrics/extract.js';
export { KINDS, TABLE_KINDS, type KindInfo, type TableKind } from './metrics/kinds.js';
export { extractHeadings } from './outline/index.js';
export { parseChineseNumber } from './numbers/chinese.js';
export { summarize } from './summary.js';
export { ReportError, isReportError, toErrorRecord } from './errors.js';
export { DEFAULT_LIMITS, decodeInput, readInputFile, type Decoded, type InputOptions } from './input/index.js';
export {
  BodyTypeSchema,
  CORE_KINDS,
  ErrorCodeSchema,
  ErrorRecordSchema,
  FormatSchema,
  HeadingSchema,
  KindSchema,
  MetricSchema,
  MetricSourceSchema,
  QualifierSchema,
  RecordSchema,
  RegionSchema,
  ReportSchema,
  ReportTypeSchema,
  RoleSchema,
  ScriptSchema,
  SummarySchema,
  SummaryRuleSchema,
  SummaryValueSchema,
  TableSchema,
  TableStandardSchema,
  UnitSchema,
  WarningSchema,
  type BodyType,
  type CoreKind,
  type ErrorCode,
  type ErrorRecord,
  type Format,
  type Heading,
  type Kind,
  type Metric,
  type MetricSource,
  type Qualifier,
  type Region,
  type Report,
  type ReportRecord,
  type ReportType,
  type Role,
  type Script,
  type Summary,
  type SummaryRule,
  type SummaryValue,
  type Table,
  type TableStandard,
  type Unit,
  type Warning,
} from './schema.js';
