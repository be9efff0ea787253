// Pins the public API: a change to what the package exports must be a change to this list.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CORE_KINDS', 'DEFAULT_LIMITS', 'ErrorCodeSchema', 'ErrorRecordSchema', 'FormatSchema', 'HeadingSchema',
      'KINDS', 'MetricSchema', 'QualifierSchema', 'RecordSchema', 'ReportError', 'ReportSchema', 'RoleSchema',
      'ScriptSchema', 'SummaryRuleSchema',
      'SummarySchema', 'SummaryValueSchema', 'UnitSchema', 'WarningSchema', 'decodeInput', 'extractHeadings',
      'extractMetrics', 'isSegmenterLoaded', 'keywords', 'normalize', 'parseChineseNumber', 'parseFile',
      'parseReport', 'readInputFile', 'segment', 'summarize', 'toErrorRecord',
    ]);
  });

  it('does not load the segmenter on import', () => {
    expect(api.isSegmenterLoaded()).toBe(false);
  });

  it('covers every core kind in KINDS', () => {
    for (const k of api.CORE_KINDS) expect(api.KINDS[k]).toBeDefined();
  });
});
