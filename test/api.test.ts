// Pins the public API: a change to what the package exports must be a change to this list.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CORE_KINDS', 'DEFAULT_LIMITS', 'ErrorCodeSchema', 'ErrorRecordSchema', 'FormatSchema', 'HeadingSchema',
      'KINDS', 'MetricSchema', 'MetricSourceSchema', 'QualifierSchema', 'RecordSchema', 'ReportError', 'ReportSchema', 'RoleSchema',
      'ScriptSchema', 'SummarySchema', 'SummaryValueSchema', 'TABLE_KINDS', 'TableSchema', 'TableStandardSchema', 'UnitSchema',
      'WarningSchema', 'decodeInput', 'extractHeadings', 'extractMetrics', 'isSegmenterLoaded', 'keywords', 'normalize',
      'parseChineseNumber', 'parseFile', 'parseReport', 'pickFigure', 'readInputFile', 'segment', 'summarize', 'toErrorRecord',
    ]);
  });

  it('does not load the segmenter on import', () => {
    expect(api.isSegmenterLoaded()).toBe(false);
  });

  it('covers every core kind and every standard-table kind in KINDS', () => {
    for (const k of [...api.CORE_KINDS, ...api.TABLE_KINDS]) expect(api.KINDS[k]).toBeDefined();
  });
});
