// The public data shapes. Types are inferred from these schemas, never written twice.
// ../shared/CONTRACT.md fixes the field names and meanings; fields beyond it are additions.
// Every field carries its meaning twice: a JSDoc comment, which editors show on hover over the inferred
// types, and its zod description (`described(schema, text)`, or `.describe(text)` on a shared schema), which
// goes into the JSON Schema and docs/record.md. test/record-doc.test.ts checks that the two agree.
import * as z from 'zod';
import { KIND_NAMES } from './metrics/kinds.js';

/**
 * `schema.describe(text)` for a schema built for this one place: the description goes into zod's registry
 * as `.describe()` puts it there, without the copy of the schema that `.describe()` builds to carry it.
 * Building the schemas is most of what importing the library costs, and a copy costs as much as the
 * schema. A schema used in several places (`Offset`, `UnitSchema`, …) keeps `.describe()`, so that each
 * place has its own description.
 */
function described<T extends z.ZodType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/** Units a metric's value is expressed in (money is always converted to yuan). */
/** The unit of the value: `case`, `yuan` (money, always converted to yuan), `person`, `person_time` (人次), `time` (次: how often), `visit` (家次), `institution`, `item`, `hour` or `percent`. */
export const UnitSchema = described(
  z.enum([
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
  ]),
  'The unit of the value: `case`, `yuan` (money, always converted to yuan), `person`, `person_time` (人次), `time` (次: how often), `visit` (家次), `institution`, `item`, `hour` or `percent`.',
);
export type Unit = z.infer<typeof UnitSchema>;

/** How the figure was stated: `exact`; `at_least` (以上, 不少于); `more_than` (余, 多, 超过); `approx` (约, 近); `at_most` (以内, 不足). */
export const QualifierSchema = described(
  z.enum(['exact', 'at_least', 'more_than', 'approx', 'at_most']),
  'How the figure was stated: `exact`; `at_least` (以上, 不少于); `more_than` (余, 多, 超过); `approx` (约, 近); `at_most` (以内, 不足).',
);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** `total` (共, 全年, 累计: the whole count), `subset` (after 其中: part of a total of the same kind), or `item` (any other figure). */
export const RoleSchema = described(
  z.enum(['total', 'subset', 'item']),
  '`total` (共, 全年, 累计: the whole count), `subset` (after 其中: part of a total of the same kind), or `item` (any other figure).',
);
export type Role = z.infer<typeof RoleSchema>;

/** The script the report is written in: `simplified`, `traditional` or `mixed`. */
export const ScriptSchema = described(
  z.enum(['simplified', 'traditional', 'mixed']),
  'The script the report is written in: `simplified`, `traditional` or `mixed`.',
);
export type Script = z.infer<typeof ScriptSchema>;

/** The container the report was read from, told from its bytes: `text`, `html`, `docx` or `pdf`. */
export const FormatSchema = described(
  z.enum(['text', 'html', 'docx', 'pdf']),
  'The container the report was read from, told from its bytes: `text`, `html`, `docx` or `pdf`.',
);
export type Format = z.infer<typeof FormatSchema>;

const Offset = z.int().nonnegative();

/** The name of a metric kind (see `KINDS`): `penalty.cases`, `penalty.fines`, `officers.total`, … */
export const KindSchema = described(z.enum(KIND_NAMES), 'The name of a metric kind (see `KINDS`): `penalty.cases`, `penalty.fines`, `officers.total`, …');
export type Kind = z.infer<typeof KindSchema>;

/** Where a metric was read: a sentence, or a table cell. */
export const MetricSourceSchema = described(z.enum(['prose', 'table']), 'Where a metric was read: a sentence (`prose`), or a table cell (`table`).');
export type MetricSource = z.infer<typeof MetricSourceSchema>;

/** One figure read from the report, pointing back to the words it came from. */
export const MetricSchema = z.object({
  /** What the figure counts: a metric kind such as `penalty.cases` (see `KINDS`). */
  kind: KindSchema.describe('What the figure counts: a metric kind such as `penalty.cases` (see `KINDS`).'),
  /** The figure, as a number in `unit` (万元 and 亿元 converted to yuan, 三 to 3). */
  value: described(z.number().finite().nonnegative(), 'The figure, as a number in `unit` (万元 and 亿元 converted to yuan, 三 to 3).'),
  /** The unit of `value`. */
  unit: UnitSchema.describe('The unit of `value`.'),
  /** How the figure was stated: exactly, or with 以上, 余, 约, 以内 and the like. */
  qualifier: QualifierSchema.describe('How the figure was stated: exactly, or with 以上, 余, 约, 以内 and the like.'),
  /** `total`, `subset` (part of a total after 其中) or `item`; the summary never takes a subset. */
  role: RoleSchema.describe('`total`, `subset` (part of a total after 其中) or `item`; the summary never takes a subset.'),
  /** The source words the figure was read from, as written (Traditional stays Traditional). */
  text: described(z.string(), 'The source words the figure was read from, as written (Traditional stays Traditional).'),
  /** Offset of `text` in the decoded source text, in UTF-16 units: `source.slice(start, end) === text`. */
  start: Offset.describe('Offset of `text` in the decoded source text, in UTF-16 units: `source.slice(start, end) === text`.'),
  /** Offset just past `text` in the decoded source text. */
  end: Offset.describe('Offset just past `text` in the decoded source text.'),
  /** Titles of the headings the mention stands under, outermost first; empty before the first heading. */
  section: described(z.array(z.string()), 'Titles of the headings the mention stands under, outermost first; empty before the first heading.'),
  /** True when the value 0 comes from a negation (`未发生…案件`), not from a written figure. */
  negated: described(z.boolean(), 'True when the value 0 comes from a negation (`未发生…案件`), not from a written figure.'),
  /** The year the figure is for: stated in its sentence, or else the report's year; null when neither is known. */
  year: described(z.int().nullable(), "The year the figure is for: stated in its sentence, or else the report's year; null when neither is known."),
  /** True when `year` is stated in the figure's sentence (`2022年共…`, `去年`), false when taken from the report. */
  yearStated: described(z.boolean(), "True when `year` is stated in the figure's sentence (`2022年共…`, `去年`), false when taken from the report."),
  /** The name of the rule that read the figure, for audits and bug reports; not a stable interface. */
  rule: described(z.string(), 'The name of the rule that read the figure, for audits and bug reports; not a stable interface.'),
  /** Parallel parts of one whole (`对企业作出处罚30件;对个人作出处罚8件`) share a group number; absent for a figure that is no such part. */
  group: described(z.int().positive().optional(), 'Parallel parts of one whole (`对企业作出处罚30件;对个人作出处罚8件`) share a group number; absent for a figure that is no such part.'),
  /** Where the figure was read: `prose` (a sentence) or `table` (a cell of one of the report's `tables`). */
  source: MetricSourceSchema.describe("Where the figure was read: `prose` (a sentence) or `table` (a cell of one of the report's `tables`)."),
  /** For a figure from a table with one row per agency (单位名称): the agency the row names, in Simplified; its row is an `item`, the 合计 row (or a lone agency row) the report's `total`. */
  agency: described(
    z.string().optional(),
    "For a figure from a table with one row per agency (单位名称): the agency the row names, in Simplified; its row is an `item`, the 合计 row (or a lone agency row) the report's `total`.",
  ),
  /** For a figure from a table: the index into `tables`, and the row and column of its (first) value cell. */
  cell: described(
    z.object({
      /** Index into the report's `tables`. */
      table: described(z.int().nonnegative(), "Index into the report's `tables`."),
      /** Index into the table's `rows`. */
      row: described(z.int().nonnegative(), "Index into the table's `rows`."),
      /** Index into the table's `columns`. */
      column: described(z.int().nonnegative(), "Index into the table's `columns`."),
    }).optional(),
    'For a figure from a table: the index into `tables`, and the row and column of its (first) value cell.',
  ),
});
export type Metric = z.infer<typeof MetricSchema>;

/** A section heading: `一、` = 1, `（一）` = 2, `1.` = 3, `（1）` = 4, `第一部分` = 0. */
export const HeadingSchema = z.object({
  /** The heading's depth: 0 for `第一部分`, 1 for `一、`, 2 for `（一）`, 3 for `1.` or `1、`, 4 for `（1）`. */
  level: described(z.literal([0, 1, 2, 3, 4]), 'The heading\'s depth: 0 for `第一部分`, 1 for `一、`, 2 for `（一）`, 3 for `1.` or `1、`, 4 for `（1）`.'),
  /** The numbering as written: `一、`, `（二）`, `3.`. */
  marker: described(z.string(), 'The numbering as written: `一、`, `（二）`, `3.`.'),
  /** The heading's own words in Simplified, without marker and without a run-on sentence. */
  title: described(z.string(), "The heading's own words in Simplified, without marker and without a run-on sentence."),
  /** Offset of the heading's first character (its marker) in the decoded source text. */
  start: Offset.describe("Offset of the heading's first character (its marker) in the decoded source text."),
  /** Offset just past the heading's title in the decoded source text. */
  end: Offset.describe("Offset just past the heading's title in the decoded source text."),
});
export type Heading = z.infer<typeof HeadingSchema>;

/** How the summary's figure was decided (README, "How the summary is chosen"). */
export const SummaryRuleSchema = described(
  z.enum(['table-total', 'total-for-year', 'total', 'sum-of-parts', 'item', 'negation']),
  'How the summary\'s figure was decided (README, "How the summary is chosen").',
);
export type SummaryRule = z.infer<typeof SummaryRuleSchema>;

/** The report's figure for one core kind, with indices of the metrics it rests on. */
export const SummaryValueSchema = z.object({
  /** The report's figure for the kind, in `unit`. */
  value: described(z.number().finite().nonnegative(), "The report's figure for the kind, in `unit`."),
  /** The unit of `value` (the kind's unit). */
  unit: UnitSchema.describe("The unit of `value` (the kind's unit)."),
  /** How the figure was stated, as in the metric it comes from. */
  qualifier: QualifierSchema.describe('How the figure was stated, as in the metric it comes from.'),
  /** Indices into the report's `metrics` of the mentions the value rests on; at least one. */
  evidence: described(z.array(z.int().nonnegative()).min(1), "Indices into the report's `metrics` of the mentions the value rests on; at least one."),
  /** Which rule decided the figure: a statistics table's total, a total stated for the year, a total, the sum of parallel parts, the first item, or a negation. */
  rule: SummaryRuleSchema.describe("Which rule decided the figure: a statistics table's total, a total stated for the year, a total, the sum of parallel parts, the first item, or a negation."),
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
] as const satisfies readonly Kind[];
/** The name of a core kind: one of `CORE_KINDS`, the kinds every report is summarised on. */
export type CoreKind = (typeof CORE_KINDS)[number];

export const SummarySchema = described(
  z.object(
    Object.fromEntries(
      CORE_KINDS.map((k) => [k, described(SummaryValueSchema.nullable(), `The report's figure for \`${k}\`, or null when it gives none.`)]),
    ) as Record<CoreKind, z.ZodNullable<typeof SummaryValueSchema>>,
  ),
  "The report's figure for each core kind, or null where it gives none.",
);
export type Summary = z.infer<typeof SummarySchema>;

/**
 * Which standard statistics table (行政执法统计年报, 行政执法数据表) a table is. The names are stable:
 * `penalty` 行政处罚实施情况统计表, `licensing` 行政许可…, `coercion` 行政强制…, `other_acts` 其他行政执法行为…,
 * `certification` 行政执法证持证率…, `reconsideration_litigation` 行政复议/行政诉讼…, `other` any other table.
 */
/**
 * Which standard statistics table (行政执法统计年报, 行政执法数据表) a table is: `penalty` 行政处罚实施情况统计表,
 * `licensing` 行政许可, `coercion` 行政强制, `other_acts` 其他行政执法行为, `certification` 行政执法证持证率,
 * `reconsideration_litigation` 行政复议/行政诉讼, or `other`.
 */
export const TableStandardSchema = described(
  z.enum(['penalty', 'licensing', 'coercion', 'other_acts', 'certification', 'reconsideration_litigation', 'other']),
  'Which standard statistics table (行政执法统计年报, 行政执法数据表) a table is: `penalty` 行政处罚实施情况统计表, ' +
    '`licensing` 行政许可, `coercion` 行政强制, `other_acts` 其他行政执法行为, `certification` 行政执法证持证率, ' +
    '`reconsideration_litigation` 行政复议/行政诉讼, or `other`.',
);
export type TableStandard = z.infer<typeof TableStandardSchema>;

/** One cell of a table row. */
export const TableCellSchema = described(
  z.object({
    /** The number as written (`1753.79`, not scaled by the column's unit), or the words in Simplified; null for an empty or dash cell. */
    value: described(
      z.union([z.number(), z.string()]).nullable(),
      "The number as written (`1753.79`, not scaled by the column's unit), or the words in Simplified; null for an empty or dash cell.",
    ),
    /** The cell as written in the source: `source.slice(start, end) === text`. */
    text: described(z.string(), 'The cell as written in the source: `source.slice(start, end) === text`.'),
    /** Offset of the cell's first character in the decoded source text. */
    start: Offset.describe("Offset of the cell's first character in the decoded source text."),
    /** Offset just past the cell in the decoded source text. */
    end: Offset.describe('Offset just past the cell in the decoded source text.'),
  }),
  'One cell of a table row.',
);
export type TableCell = z.infer<typeof TableCellSchema>;

/** A column: its header path, outermost group first, and the unit its header (or the caption) states. */
export const TableColumnSchema = described(
  z.object({
    /** Header labels from the outermost group to the column's own label, in Simplified, without units: `["行政处罚实施数量", "罚款"]`. */
    path: described(
      z.array(z.string()),
      'Header labels from the outermost group to the column\'s own label, in Simplified, without units: `["行政处罚实施数量", "罚款"]`.',
    ),
    /** The unit as written in the header or the caption's unit line (`宗`, `万元`, `%`); null when none is stated. */
    unit: described(z.string().nullable(), "The unit as written in the header or the caption's unit line (`宗`, `万元`, `%`); null when none is stated."),
  }),
  'A column: its header path, outermost group first, and the unit its header (or the caption) states.',
);
export type TableColumn = z.infer<typeof TableColumnSchema>;

/** A table found in the report, read from any container (text, HTML, DOCX, PDF). */
export const TableSchema = z.object({
  /** The table's caption in Simplified (`表一 行政处罚实施情况统计表`); null when it has none. */
  caption: described(z.string().nullable(), "The table's caption in Simplified (`表一 行政处罚实施情况统计表`); null when it has none."),
  /** Which standard statistics table it is, or `other`. */
  standard: TableStandardSchema.describe('Which standard statistics table it is, or `other`.'),
  /** The columns, left to right: header path and unit. */
  columns: described(z.array(TableColumnSchema), 'The columns, left to right: header path and unit.'),
  /** The data rows (the header rows are in `columns`), one cell per column. */
  rows: described(
    z.array(
      described(
        z.object({
          /** The row's cells, one per column. */
          cells: described(z.array(TableCellSchema), "The row's cells, one per column."),
        }),
        'A data row.',
      ),
    ),
    'The data rows (the header rows are in `columns`), one cell per column.',
  ),
  /** Offset of the table's first header cell in the decoded source text. */
  start: Offset.describe("Offset of the table's first header cell in the decoded source text."),
  /** Offset just past its last data cell. */
  end: Offset.describe('Offset just past its last data cell.'),
});
export type Table = z.infer<typeof TableSchema>;

/** A content oddity worth knowing about; never a reason to fail. */
export const WarningSchema = z.object({
  /** A short name for the oddity: `ENCODING_GUESSED`, `CHARSET_MISMATCH`, `INVALID_BYTES`, `PDF_PAGES_WITHOUT_TEXT`, `TABLE_PROSE_MISMATCH`, `TABLE_UNREADABLE`. */
  code: described(z.string(), 'A short name for the oddity: `ENCODING_GUESSED`, `CHARSET_MISMATCH`, `INVALID_BYTES`, `PDF_PAGES_WITHOUT_TEXT`, `TABLE_PROSE_MISMATCH`, `TABLE_UNREADABLE`.'),
  /** What was found, in words. */
  message: described(z.string(), 'What was found, in words.'),
});
export type Warning = z.infer<typeof WarningSchema>;

/** Stable error codes for inputs that cannot be parsed. Documented in the README. */
export const ErrorCodeSchema = described(
  z.enum([
  'NOT_FOUND', // the path does not exist
  'IS_DIRECTORY', // a directory where a file was expected
  'UNREADABLE', // the file exists but cannot be read (permissions, I/O)
  'NOT_A_FILE', // a FIFO, socket or device where a regular file was expected
  'TOO_LARGE', // over a size limit (bytes, text length, DOCX size or XML, PDF pages), or out of memory
  'EMPTY', // no bytes, or only white space
  'BINARY', // bytes that are no text and no supported document format
  'UNDECODABLE', // text in an encoding that cannot be decoded
  'UNSUPPORTED_FORMAT', // a known format we do not read (legacy .doc, .xls, ...)
  'CORRUPT_FILE', // a DOCX or PDF that is truncated or damaged
  'NO_TEXT', // a document with no text layer (a scanned PDF)
  'NOT_A_REPORT', // decoded text with no Chinese in it
  'ERROR_PAGE', // a web page that stands in for the report: not found, login, access denied, captcha
  'SEGMENTER_UNAVAILABLE', // segment/keywords without the optional dependency nodejieba
  'INTERNAL', // a bug in this library: please report it
  ]),
  'Why the input could not be parsed; the codes are stable and listed in the README ("Bad input").',
);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** What kind of report it is (src/outline/report-type.ts tells how it is read). Names are stable. */
export const ReportTypeSchema = described(
  z.enum(['enforcement_report', 'rule_of_law_report', 'enforcement_statistics', 'other']),
  'enforcement_report: 行政执法情况报告, 行政执法工作总结 (and reports on one kind of act, 行政许可实施情况报告); ' +
    'rule_of_law_report: 法治政府建设年度报告; enforcement_statistics: 行政执法统计年报, 行政执法数据表; other: anything else',
);
export type ReportType = z.infer<typeof ReportTypeSchema>;

/**
 * The kind of body that issued the report: the fields of src/outline/bodies.ts (the departments every level
 * of government has), a government itself, or other. The list is stable: kinds are added, none renamed.
 */
export const BodyTypeSchema = described(
  z.enum([
    'education', 'market_regulation', 'urban_management', 'comprehensive_enforcement', 'emergency', 'health',
    'housing_construction', 'water', 'commerce', 'forestry', 'culture_tourism', 'human_resources', 'statistics',
    'natural_resources', 'justice', 'public_security', 'transport', 'agriculture', 'ecology_environment',
    'civil_affairs', 'finance', 'development_reform', 'industry', 'sports', 'audit', 'medical_security', 'veterans',
    'meteorology', 'civil_defence', 'government_services', 'government', 'other',
  ]),
  "The issuer's kind of body, read from its name (教育局 → education, 市场监督管理局 → market_regulation, 人民政府 → government); other for a body of no listed kind",
);
export type BodyType = z.infer<typeof BodyTypeSchema>;

/** An administrative division, as the record names the issuer's. */
export const RegionSchema = described(
  z.object({
    code: described(z.string().regex(/^\d{6}$/), 'six-digit GB/T 2260 code of the division (120101 for 天津市和平区)'),
    province: described(z.string(), 'province-level division: 天津市, 浙江省, 广西壮族自治区'),
    city: described(
      z.string().nullable(),
      'prefecture-level division; for the four municipalities the municipality itself; null for a province and for county-level divisions governed directly by a province',
    ),
    county: described(z.string().nullable(), 'county-level division (district, county, county-level city, banner); null above that level'),
    level: described(z.enum(['province', 'city', 'county']), 'the level of the division the code names'),
    from: described(z.enum(['issuer', 'title', 'publisher', 'text']), 'whose words named the place: the issuer, the title, the page\'s publisher, or the text alone'),
  }),
  'The administrative division the issuer belongs to',
);
export type Region = z.infer<typeof RegionSchema>;

/** A parsed report (CONTRACT.md "Record"). */
export const ReportSchema = z.object({
  /** The input's path as given (`parseFile`, the CLI) or the `file` option; absent otherwise. */
  file: described(z.string().optional(), "The input's path as given (`parseFile`, the CLI) or the `file` option; absent otherwise."),
  /** Always true for a parsed report (false marks an error record). */
  ok: described(z.literal(true), 'Always true for a parsed report (false marks an error record).'),
  /** Hash of the normalised text (chrome, white space and punctuation width folded): one report, one id, in any container. */
  docId: described(z.string().regex(/^[0-9a-f]{16}$/), "Hash of the normalised text (chrome, white space and punctuation width folded): one report, one id, in any container."),
  /** The report's title as written (joined when it spans lines), or null when none is found. */
  title: described(z.string().nullable(), "The report's title as written (joined when it spans lines), or null when none is found."),
  /** The year the report is about (from the title, else the text), or null when unknown. */
  year: described(z.int().nullable(), 'The year the report is about (from the title, else the text), or null when unknown.'),
  /** The body that issued the report (`西青区教育局`), or null when unknown. */
  issuer: described(z.string().nullable(), 'The body that issued the report (`西青区教育局`), or null when unknown.'),
  /** What kind of report it is: enforcement_report, rule_of_law_report, enforcement_statistics or other. */
  reportType: ReportTypeSchema.describe("What kind of report it is: enforcement_report, rule_of_law_report, enforcement_statistics or other."),
  /** The publishing body as the page metadata (发布机构, 来源, 公开主体) or the signature names it; null when none. */
  publisher: described(z.string().nullable(), "The publishing body as the page metadata (发布机构, 来源, 公开主体) or the signature names it; null when none."),
  /** Publication date, YYYY-MM-DD, from the page metadata (发布日期) or the signature date; null when none. */
  published: described(z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(), "Publication date, YYYY-MM-DD, from the page metadata (发布日期) or the signature date; null when none."),
  /** The administrative division the issuer belongs to; null when unknown or ambiguous. */
  region: described(RegionSchema.nullable(), "The administrative division the issuer belongs to; null when unknown or ambiguous."),
  /** When the place name is ambiguous (和平区 is in 天津 and in 沈阳) and nothing in the text settles it: every division it could be; empty otherwise. */
  regionCandidates: described(z.array(RegionSchema), "When the place name is ambiguous (和平区 is in 天津 and in 沈阳) and nothing in the text settles it: every division it could be; empty otherwise."),
  /** The issuer's kind of body; null when neither issuer nor title names one. */
  bodyType: described(BodyTypeSchema.nullable(), "The issuer's kind of body; null when neither issuer nor title names one."),
  /** The script the report is written in. */
  script: ScriptSchema.describe('The script the report is written in.'),
  /** The container the report was read from. */
  format: FormatSchema.describe('The container the report was read from.'),
  /** The text encoding found (`utf-8`, `gb18030`, `big5`, …; `utf-16` for a string, `unicode` for PDF). */
  encoding: described(z.string(), 'The text encoding found (`utf-8`, `gb18030`, `big5`, …; `utf-16` for a string, `unicode` for PDF).'),
  /** The section headings, in the order of the text. */
  headings: described(z.array(HeadingSchema), 'The section headings, in the order of the text.'),
  /** The tables of the report (standard statistics tables and others), in the order of the text. */
  tables: described(z.array(TableSchema), 'The tables of the report (standard statistics tables and others), in the order of the text.'),
  /** Every figure read, in the order of the text. */
  metrics: described(z.array(MetricSchema), 'Every figure read, in the order of the text.'),
  /** One figure per core kind, chosen from `metrics` (see the README, "How the summary is chosen"). */
  summary: SummarySchema.describe('One figure per core kind, chosen from `metrics` (see the README, "How the summary is chosen").'),
  /** Oddities of the input worth knowing (a guessed encoding, ...); never a reason to fail. */
  warnings: described(z.array(WarningSchema), 'Oddities of the input worth knowing (a guessed encoding, ...); never a reason to fail.'),
  /** The decoded (or extracted) text that offsets point into; only with `includeText`. */
  text: described(z.string().optional(), 'The decoded (or extracted) text that offsets point into; only with `includeText`.'),
});
export type Report = z.infer<typeof ReportSchema>;

/** The record for an input that could not be parsed. */
export const ErrorRecordSchema = z.object({
  /** The input's path as given; absent when parsing text without the `file` option. */
  file: described(z.string().optional(), "The input's path as given; absent when parsing text without the `file` option."),
  /** Always false for an error record. */
  ok: described(z.literal(false), 'Always false for an error record.'),
  /** Why the input could not be parsed. */
  error: described(
    z.object({
      /** A stable error code (see the README, "Bad input"). */
      code: ErrorCodeSchema.describe('A stable error code (see the README, "Bad input").'),
      /** What went wrong and what to do about it. */
      message: described(z.string(), 'What went wrong and what to do about it.'),
    }),
    'Why the input could not be parsed.',
  ),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** One line of the CLI's JSONL output. */
export const RecordSchema = z.discriminatedUnion('ok', [ReportSchema, ErrorRecordSchema]);
export type ReportRecord = z.infer<typeof RecordSchema>;
