// Makes docs/review.png, the README's picture of the review page: the seeds extracted with their text,
// the review page opened in Debian's Chromium, a summary entry clicked. `npx tsx scripts/review-screenshot.ts`
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { run } from '../src/cli/run.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/review.png');

const dir = await mkdtemp(join(tmpdir(), 'crm-shot-'));
const io = { stdout: () => {}, stderr: (s: string) => void process.stderr.write(s), cwd: ROOT };
const seeds = (await readdir(join(ROOT, 'fixtures/seeds'))).filter((f) => f.endsWith('.txt')).sort().map((f) => join('fixtures/seeds', f));
const records = join(dir, 'records.jsonl');
if ((await run(['extract', ...seeds, '--include-text', '-q', '-j', '1', '-o', records], io)) !== 0) throw new Error('extract failed');
if ((await run(['review', records, '-o', join(dir, 'review.html'), '-q'], io)) !== 0) throw new Error('review failed');

const profile = await mkdtemp(join(tmpdir(), 'crm-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1440, height: 860 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`file://${join(dir, 'review.html')}#report=4`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  await page.locator('.summary-table tr[data-kind="reconsideration.cases"] button.evidence').first().click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: OUT });
  process.stdout.write(`wrote ${OUT}\n`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}
