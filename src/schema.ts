// The public data shapes. Types are inferred from these schemas, never written twice.
// ../shared/CONTRACT.md fixes the field names and meanings; fields beyond it are additions.
import { z } from 'zod';

/** Units a metric's value is expressed in (money is always converted to yuan). */
export const UnitSchema = z.enum([
  'case', // 案件: 起, 件, 宗, 例
  'yuan', // money, converted from 元 / 万元 / 亿元
  'person', // 名, 人, 位
  'person_time', // 人次: never an officer count
  'time', // 次, 轮, 场: how often something was done
  'visit', // 家次, 所次: institutions visited, counted per visit
  'institution', // 家, 所, 户
  'item', // 份, 条, 项, 个, 处
  'hour', // 小时, 学时, 课时
  'percent', // %
]);
export type Unit = z.infer<typeof UnitSchema>;

export const QualifierSchema = z.enum(['exact', 'at_least', 'more_than', 'approx', 'at_most']);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const RoleSchema = z.enum(['total', 'subset', 'item']);
export type Role = z.infer<typeof RoleSchema>;

export const ScriptSchema = z.enum(['simplified', 'traditional', 'mixed']);
export type Script = z.infer<typeof ScriptSchema>;

export const FormatSchema = z.enum(['text', 'html', 'docx', 'pdf']);
export type Format = z.infer<typeof FormatSchema>;

const Offset = z.number().int().nonnegative();

/** Where a metric was read: a sentence, or a table cell. */
export const MetricSourceSchema = z.enum(['prose', 'table']);
export type MetricSource = z.infer<typeof MetricSourceSchema>;

/** One figure read from the report, pointing back to the words it came from. */
export const MetricSchema = z.object({
  kind: z.string().min(1),
  value: z.number().finite().nonnegative(),
  unit: UnitSchema,
  qualifier: QualifierSchema,
  role: RoleSchema,
  /** The source words the figure was read from, in the source script. */
  text: z.string(),
  /** JavaScript string offsets into the decoded source text: `source.slice(start, end) === text`. */
  start: Offset,
  end: Offset,
  /** Titles of the headings the mention stands under, outermost first. */
  section: z.array(z.string()),
  /** True when the value 0 comes from a negation (`未发生…案件`), not from a written figure. */
  negated: z.boolean(),
  /** The year the figure is for: stated in its sentence, or implied by the report's year. */
  year: z.number().int().nullable(),
  yearStated: z.boolean(),
  /** The rule that produced the mention (for debugging and audits). */
  rule: z.string(),
  source: MetricSourceSchema.describe(
    'Where the figure was read: `prose` (a sentence) or `table` (a cell of one of the report\'s `tables`).',
  ),
  agency: z
    .string()
    .optional()
    .describe(
      'For a figure from a table with one row per agency (单位名称): the agency the row names, in Simplified. ' +
        'Rows of agencies are `item`s; the 合计 row (or a lone agency row) is the report\'s `total`.',
    ),
  cell: z
    .object({ table: z.number().int().nonnegative(), row: z.number().int().nonnegative(), column: z.number().int().nonnegative() })
    .optional()
    .describe('For a figure from a table: the index into `tables`, and the row and column of its (first) value cell.'),
});
export type Metric = z.infer<typeof MetricSchema>;

/** A section heading: `一、` = 1, `（一）` = 2, `1.` = 3, `（1）` = 4, `第一部分` = 0. */
export const HeadingSchema = z.object({
  level: z.number().int().min(0).max(4),
  marker: z.string(),
  /** The heading's own words in Simplified, without marker and without a run-on sentence. */
  title: z.string(),
  start: Offset,
  end: Offset,
});
export type Heading = z.infer<typeof HeadingSchema>;

/** The report's figure for one core kind, with indices of the metrics it rests on. */
export const SummaryValueSchema = z.object({
  value: z.number().finite().nonnegative(),
  unit: UnitSchema,
  qualifier: QualifierSchema,
  evidence: z.array(z.number().int().nonnegative()).min(1),
});
export type SummaryValue = z.infer<typeof SummaryValueSchema>;

/** The kinds every report is summarised on (CONTRACT.md, "Core kinds"). */
export const CORE_KINDS = [
  'penalty.cases',
  'penalty.fines',
  'officers.total',
  'officers.added',
  'officers.removed',
  'inspections.count',
  'inspections.targets',
  'rectifications.count',
  'reconsideration.cases',
  'litigation.cases',
  'litigation.lost',
] as const;
export type CoreKind = (typeof CORE_KINDS)[number];

export const SummarySchema = z.object(
  Object.fromEntries(CORE_KINDS.map((k) => [k, SummaryValueSchema.nullable()])) as Record<
    CoreKind,
    z.ZodNullable<typeof SummaryValueSchema>
  >,
);
export type Summary = z.infer<typeof SummarySchema>;

/**
 * Which standard statistics table (行政执法统计年报, 行政执法数据表) a table is. The names are stable:
 * `penalty` 行政处罚实施情况统计表, `licensing` 行政许可…, `coercion` 行政强制…, `other_acts` 其他行政执法行为…,
 * `certification` 行政执法证持证率…, `reconsideration_litigation` 行政复议/行政诉讼…, `other` any other table.
 */
export const TableStandardSchema = z.enum([
  'penalty',
  'licensing',
  'coercion',
  'other_acts',
  'certification',
  'reconsideration_litigation',
  'other',
]);
export type TableStandard = z.infer<typeof TableStandardSchema>;

/** One cell of a table row. */
export const TableCellSchema = z.object({
  value: z
    .union([z.number(), z.string()])
    .nullable()
    .describe('The number as written (`1753.79`, not scaled by the column unit), or the text in Simplified; null for an empty or dash cell.'),
  text: z.string().describe('The cell as written in the source: `source.slice(start, end) === text`.'),
  start: Offset,
  end: Offset,
});
export type TableCell = z.infer<typeof TableCellSchema>;

/** A column: its header path, outermost group first, and the unit its header (or the caption) states. */
export const TableColumnSchema = z.object({
  path: z
    .array(z.string())
    .describe('Header labels from the outermost group to the column\'s own label, in Simplified, without units: `["行政处罚实施数量", "罚款"]`.'),
  unit: z.string().nullable().describe('The unit as written in the header or caption (`宗`, `万元`, `%`); null when none is stated.'),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

/** A table found in the report, read from any container (text, HTML, DOCX, PDF). */
export const TableSchema = z.object({
  caption: z.string().nullable().describe('The table\'s caption in Simplified (`表一 行政处罚实施情况统计表`); null when it has none.'),
  standard: TableStandardSchema,
  columns: z.array(TableColumnSchema),
  rows: z
    .array(z.object({ cells: z.array(TableCellSchema) }))
    .describe('The data rows (header rows are in `columns`), one cell per column.'),
  start: Offset.describe('Offset of the table\'s first header cell in the source.'),
  end: Offset.describe('Offset just past its last data cell.'),
});
export type Table = z.infer<typeof TableSchema>;

/** A content oddity worth knowing about; never a reason to fail. */
export const WarningSchema = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof WarningSchema>;

/** Stable error codes for inputs that cannot be parsed. Documented in the README. */
export const ErrorCodeSchema = z.enum([
  'NOT_FOUND', // the path does not exist
  'IS_DIRECTORY', // a directory where a file was expected
  'UNREADABLE', // the file exists but cannot be read (permissions, I/O)
  'TOO_LARGE', // over maxBytes, maxTextLength or the DOCX uncompressed limit
  'EMPTY', // no bytes, or only white space
  'BINARY', // bytes that are no text and no supported document format
  'UNDECODABLE', // text in an encoding that cannot be decoded
  'UNSUPPORTED_FORMAT', // a known format we do not read (legacy .doc, .xls, ...)
  'CORRUPT_FILE', // a DOCX or PDF that is truncated or damaged
  'NO_TEXT', // a document with no text layer (a scanned PDF)
  'NOT_A_REPORT', // decoded text with no Chinese in it
  'INTERNAL', // a bug in this library: please report it
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** A parsed report (CONTRACT.md "Record"). */
export const ReportSchema = z.object({
  file: z.string().optional(),
  ok: z.literal(true),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  issuer: z.string().nullable(),
  script: ScriptSchema,
  format: FormatSchema,
  encoding: z.string(),
  headings: z.array(HeadingSchema),
  tables: z.array(TableSchema).describe('The tables of the report (statistics tables and others), in order.'),
  metrics: z.array(MetricSchema),
  summary: SummarySchema,
  warnings: z.array(WarningSchema),
  /** The decoded (or extracted) text that offsets point into; only with `includeText`. */
  text: z.string().optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** The record for an input that could not be parsed. */
export const ErrorRecordSchema = z.object({
  file: z.string().optional(),
  ok: z.literal(false),
  error: z.object({ code: ErrorCodeSchema, message: z.string() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** One line of the CLI's JSONL output. */
export const RecordSchema = z.discriminatedUnion('ok', [ReportSchema, ErrorRecordSchema]);
export type ReportRecord = z.infer<typeof RecordSchema>;
