// Pins the public API: a change to what the package exports must be a change to this list. And each
// function has one signature: wrong argument types are TypeErrors, bad input is a ReportError.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const seed = fileURLToPath(new URL('../fixtures/seeds/001_3770c9764d7b996a.txt', import.meta.url));

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BodyTypeSchema', 'CORE_KINDS', 'CSV_COLUMNS', 'DATASET_COLUMNS', 'DEFAULT_LIMITS', 'ErrorCodeSchema', 'ErrorRecordSchema',
      'FormatSchema', 'HeadingSchema', 'KINDS', 'KindSchema', 'MetricSchema', 'MetricSourceSchema', 'OUTPUT_FORMATS', 'QualifierSchema',
      'RecordSchema', 'RegionSchema', 'ReportError', 'ReportSchema', 'ReportTypeSchema', 'RoleSchema', 'ScriptSchema', 'SummaryRuleSchema', 'SummarySchema',
      'SummaryValueSchema', 'TABLE_KINDS', 'TableSchema', 'TableStandardSchema', 'UnitSchema', 'WarningSchema', 'createWriter', 'datasetRow', 'decodeInput',
      'extractHeadings', 'extractMetrics', 'isReportError', 'isSegmenterLoaded', 'keywords', 'normalize',
      'parseBytes', 'parseChineseNumber', 'parseFile', 'parseFiles', 'parseReport', 'readInputFile', 'segment',
      'summarize', 'toErrorRecord',
    ]);
  });

  it('does not load the segmenter on import', () => {
    expect(api.isSegmenterLoaded()).toBe(false);
  });

  it('covers every core kind and every standard-table kind in KINDS, and KindSchema is the kinds of KINDS', () => {
    for (const k of [...api.CORE_KINDS, ...api.TABLE_KINDS]) expect(api.KINDS[k]).toBeDefined();
    expect([...api.KindSchema.options].sort()).toEqual(Object.keys(api.KINDS).sort());
  });
});

describe('parseReport, parseBytes, parseFile', () => {
  const text = readFileSync(seed, 'utf8');

  it('give the same record for the same report', async () => {
    const fromText = api.parseReport(text, { file: seed });
    expect(fromText).not.toBeInstanceOf(Promise);
    const fromBytes = await api.parseBytes(readFileSync(seed), { file: seed });
    const fromFile = await api.parseFile(seed);
    expect({ ...fromBytes, encoding: 'x' }).toEqual({ ...fromText, encoding: 'x' });
    expect(fromFile).toEqual(fromBytes);
    expect(fromBytes.encoding).toBe('utf-8');
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a Buffer', Buffer.from('2024年共办理行政处罚案件4起')],
    ['an object', { text: '行政处罚' }],
  ])('parseReport(%s) is a TypeError, not a ReportError', (_, input) => {
    let err: unknown;
    try {
      api.parseReport(input as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TypeError);
    expect(api.isReportError(err)).toBe(false);
  });

  it('says where bytes and text go', async () => {
    expect(() => api.parseReport(Buffer.from('x') as never)).toThrow(/use parseBytes/);
    await expect(api.parseBytes('行政处罚' as never)).rejects.toThrow(/use parseReport/);
    await expect(api.parseBytes(undefined as never)).rejects.toThrow(TypeError);
    await expect(api.parseFile(42 as never)).rejects.toThrow(TypeError);
    expect(() => api.parseReport('行政处罚', 'x' as never)).toThrow(TypeError);
    await expect(api.parseBytes(new Uint8Array(1), [] as never)).rejects.toThrow(TypeError);
  });

  it('bad input is a ReportError with its code', async () => {
    expect(() => api.parseReport('   ')).toThrow(expect.objectContaining({ code: 'EMPTY' }));
    await expect(api.parseBytes(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 9]))).rejects.toSatisfy(api.isReportError);
    await expect(api.parseFile('no/such/file.txt')).rejects.toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('isReportError', () => {
  it('knows ReportErrors by their brand, also those of the other build', () => {
    const own = new api.ReportError('EMPTY', 'empty');
    expect(api.isReportError(own)).toBe(true);
    expect(own).toBeInstanceOf(api.ReportError);
    // What the CommonJS build's class makes: another class, the same registered symbol.
    class OtherBuildError extends Error {
      readonly code = 'BINARY';
      constructor() {
        super('binary');
        Object.defineProperty(this, Symbol.for('cn-report-metrics.ReportError'), { value: true });
      }
    }
    const other = new OtherBuildError();
    expect(api.isReportError(other)).toBe(true);
    expect(other instanceof api.ReportError).toBe(true);
    expect(api.toErrorRecord('a', other)).toEqual({ file: 'a', ok: false, error: { code: 'BINARY', message: 'binary' } });
  });

  it('says no to look-alikes', () => {
    for (const x of [new Error('x'), { name: 'ReportError', code: 'EMPTY', message: 'x' }, null, undefined, 'ReportError', 42]) {
      expect(api.isReportError(x)).toBe(false);
    }
    expect(new Error('x') instanceof api.ReportError).toBe(false);
  });
});
