// The review page in a real browser: Debian's Chromium, headless, driven by playwright-core. It opens the
// page from disk, clicks a summary entry and checks the evidence is highlighted and in view; follows the
// outline; uses the filters; shows hostile report text as text; makes no network request. A screenshot
// is left in test-output/review/ (gitignored). `.ci/run` installs Chromium when it is missing; on a
// developer machine without it this file is skipped, saying so (in CI a missing Chromium fails).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/helpers.js';
import { HAS_CHROMIUM, HOSTILE_TEXT, hostileRecord, launch, outputDir, seedRecords, tableRecord } from './helpers.js';

const title = HAS_CHROMIUM || process.env.CI
  ? 'review page in Chromium'
  : 'review page in Chromium — SKIPPED: /usr/bin/chromium is missing (apt-get install -y chromium; CI installs it)';

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)(title, () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  let url: string;

  beforeAll(async () => {
    tmp = await tempDir('review-browser');
    await writeFile(join(tmp.dir, 'records.jsonl'), (await seedRecords(tmp.dir)) + JSON.stringify(hostileRecord()) + '\n' + JSON.stringify(tableRecord()) + '\n');
    const run = await runCli(['review', 'records.jsonl', '-o', 'review.html', '-q'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    url = `file://${join(tmp.dir, 'review.html')}`;
    browser = await launch();
    page = await browser.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await tmp?.cleanup();
  });

  /** Whether an element is inside the viewport and inside the text box's visible area. */
  const inView = (selector: string) =>
    page.$eval(selector, (e) => {
      const r = e.getBoundingClientRect();
      const box = e.closest('.text')!.getBoundingClientRect();
      return r.height > 0 && r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
    });

  it('lists the reports and shows the first one with its figures highlighted in the text', async () => {
    expect(await page.locator('.report-item').count()).toBe(5);
    expect(await page.locator('#report h2').textContent()).toBe('西青区教育局2023年行政执法情况报告');
    expect(await page.locator('.text mark.fig').count()).toBeGreaterThan(10);
    expect(await page.locator('.summary-table tbody tr').count()).toBe(11);
    expect(errors).toEqual([]);
  });

  it('jumps to a summary entry’s evidence: highlighted, flashing and in view', async () => {
    // A figure near the end of the text, out of view until the click.
    const row = page.locator('.summary-table tr[data-kind="litigation.cases"]');
    const button = row.locator('button.evidence').first();
    const metric = await button.getAttribute('data-metric');
    const mark = `.text mark[data-metrics~="${metric}"]`;
    expect(await inView(mark)).toBe(false);
    await button.click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.classList.contains('current'), mark);
    expect(await page.$eval(mark, (e) => [e.classList.contains('current'), e.classList.contains('flash')])).toEqual([true, true]);
    expect(await page.$eval(mark, (e) => e.textContent)).toBe('未发生因行政执法引起的行政复议、行政诉讼案件');
    expect(await inView(mark)).toBe(true);
    await page.screenshot({ path: join(await outputDir(), 'review.png') });
  });

  it('follows the outline to a heading', async () => {
    const link = page.locator('.heading-link', { hasText: '下一步工作安排' });
    await link.click();
    await page.waitForSelector('.text .flash');
    const flashed = await page.$eval('.text .flash', (e) => e.textContent);
    expect(flashed).toContain('下一步工作安排');
  });

  it('filters: negated zeros dim every other figure; a kind hides the reports without it', async () => {
    await page.check('#filter-negated');
    const marks = await page.$$eval('.text mark.fig', (ms) => ms.map((m) => [m.classList.contains('dim'), m.classList.contains('neg')]));
    expect(marks.some(([dim, neg]) => !dim && neg)).toBe(true);
    expect(marks.every(([dim, neg]) => dim || neg)).toBe(true);
    await page.uncheck('#filter-negated');
    await page.selectOption('#filter-kind', 'officers.removed');
    const shown = await page.$$eval('.report-item', (items) => items.filter((i) => !(i as HTMLElement).hidden).length);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(5);
    await page.selectOption('#filter-kind', '');
    await page.check('#filter-conflicts');
    const conflicted = await page.$$eval('.report-item', (items) => items.filter((i) => !(i as HTMLElement).hidden).map((i) => i.querySelector('.item-title')!.textContent));
    expect(conflicted).toEqual(['西青区教育局2023年行政执法情况报告', '西青区教育局2023年法治政府建设情况报告']);
    await page.uncheck('#filter-conflicts');
  });

  it('draws the tables field as a grid whose cells lead to their words', async () => {
    await page.locator('.report-item').nth(4).click();
    expect(await page.locator('.tables h4').textContent()).toBe('行政处罚实施情况统计表 · penalty');
    expect(await page.$$eval('.grid th', (ths) => ths.map((t) => t.textContent))).toEqual(['行政处罚实施数量 › 警告 (case)', '行政处罚实施数量 › 罚款 (case)', '合计(宗) (case)']);
    await page.locator('.grid td', { hasText: '30' }).click();
    expect(await page.$eval('.text .flash', (e) => e.textContent)).toBe('30');
  });

  it('shows hostile report text as text: nothing runs, nothing is fetched', async () => {
    await page.locator('.report-item').nth(3).click();
    expect(await page.locator('#report h2').textContent()).toBe('<script>window.__pwned=3</script>报告');
    expect(await page.locator('.text').textContent()).toBe(HOSTILE_TEXT);
    expect(await page.locator('.text mark.fig').textContent()).toBe('处罚案件4起');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.text img, .text script, .text b, .warnings b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests.filter((r) => r !== url)).toEqual([]);
  });
});
