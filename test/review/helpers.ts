// Shared by the review tests: records to review, one of them hostile, and a headless Chromium.
import { existsSync, mkdtempSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { runCli } from '../cli/helpers.js';
import type { Report } from '../../src/schema.js';
import { CORE_KINDS } from '../../src/schema.js';
import { NO_PROFILE } from '../records.js';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where browser tests leave their screenshots (gitignored). */
export const OUTPUT = join(ROOT, 'test-output/review');

/** Records of the two 2023 西青区教育局 seeds (they disagree on two figures), made with --include-text. */
export async function seedRecords(cwd: string): Promise<string> {
  const seeds = ['001_3770c9764d7b996a.txt', '004_9f66dcbf1b3e7448.txt', '003_96567cf56c5f0be9.txt'].map((f) => join(ROOT, 'fixtures/seeds', f));
  const run = await runCli(['extract', ...seeds, '--include-text', '-q', '-j', '1'], { cwd });
  if (run.code !== 0) throw new Error(`extract failed: ${run.stderr}`);
  return run.stdout;
}

/** Markup and script in every string a report can bring: the page must show it as text. */
export const HOSTILE_TEXT = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">处罚案件4起&amp;<b>粗</b>';

export function hostileRecord(): Report {
  const start = HOSTILE_TEXT.indexOf('处罚案件4起');
  return {
    file: '<img src=x onerror=alert(1)>.txt', ok: true, ...NO_PROFILE, title: '<script>window.__pwned=3</script>报告', year: 2024,
    issuer: '"><svg onload=alert(1)>', script: 'simplified', format: 'html', encoding: 'utf-8',
    headings: [{ level: 1, marker: '一、', title: '<i>标题</i>', start: 0, end: 8 }],
    tables: [],
    metrics: [{
      kind: 'penalty.cases', value: 4, unit: 'case', qualifier: 'exact', role: 'total', text: '处罚案件4起', start, end: start + 6,
      section: ['</mark><script>'], negated: false, year: 2024, yearStated: false, rule: '<rule>', source: 'prose',
    }],
    summary: { ...(Object.fromEntries(CORE_KINDS.map((k) => [k, null])) as Report['summary']), 'penalty.cases': { value: 4, unit: 'case', qualifier: 'exact', evidence: [0], rule: 'total' } },
    warnings: [{ code: 'X', message: '<b onmouseover=alert(1)>warning</b>' }],
    text: HOSTILE_TEXT,
  };
}

/** A statistics report with a table in the shape of CONTRACT.md's `tables` field. */
export const TABLE_TEXT = '行政处罚实施情况统计表\n警告 | 罚款 | 合计(宗)\n12 | 30 | 42\n';

export function tableRecord(): Report & { tables: unknown[] } {
  const at = (s: string) => TABLE_TEXT.indexOf(s);
  const cell = (s: string) => ({ value: Number(s), text: s, start: at(s), end: at(s) + s.length });
  return {
    ...hostileRecord(), file: 'table.txt', title: '2024年度行政执法统计年报', issuer: null, reportType: 'enforcement_statistics',
    headings: [], warnings: [], text: TABLE_TEXT,
    metrics: [{ ...hostileRecord().metrics[0]!, text: '合计(宗)\n12 | 30 | 42', value: 42, start: at('合计'), end: at('42') + 2, section: [], rule: 'table' }],
    tables: [{
      caption: '行政处罚实施情况统计表', standard: 'penalty', start: 0, end: TABLE_TEXT.length,
      columns: [{ path: ['行政处罚实施数量', '警告'], unit: 'case' }, { path: ['行政处罚实施数量', '罚款'], unit: 'case' }, { path: ['合计(宗)'], unit: 'case' }],
      rows: [{ cells: [cell('12'), cell('30'), cell('42')] }],
    }],
  };
}

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Debian's Chromium, headless, with a fresh profile; nothing downloaded. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function outputDir(): Promise<string> {
  await mkdir(OUTPUT, { recursive: true });
  return OUTPUT;
}
