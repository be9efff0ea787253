// The review page as a file: self-contained, everything from reports escaped, and the command around it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/cli/review/data.js';
import { runCli, tempDir } from '../cli/helpers.js';
import { HOSTILE_TEXT, hostileRecord, seedRecords } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let html: string;
beforeAll(async () => {
  tmp = await tempDir('review');
  await writeFile(join(tmp.dir, 'records.jsonl'), (await seedRecords(tmp.dir)) + JSON.stringify(hostileRecord()) + '\n');
  const run = await runCli(['review', 'records.jsonl', '-o', 'review.html'], { cwd: tmp.dir });
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('wrote review.html: 4 reports, 0 unreadable inputs\n');
  html = (await import('node:fs')).readFileSync(join(tmp.dir, 'review.html'), 'utf8');
});
afterAll(() => tmp.cleanup());

describe('review page', () => {
  // The page less its data: what the browser reads as markup and script.
  const markup = () => html.replace(/(<script id="review-data" type="application\/json">).*?(<\/script>)/s, '$1$2');

  it('is one file that loads nothing: no external reference, a policy that forbids the network', () => {
    expect(markup()).not.toMatch(/\s(?:src|href)=/i);
    expect(markup()).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/);
    expect(html.match(/<script/g)).toHaveLength(2); // the data and the page's script
  });

  it('holds the reports only as JSON text that cannot end its element or start markup', () => {
    const data = /<script id="review-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!;
    expect(data).not.toMatch(/[<>&]/);
    const parsed = JSON.parse(data) as { reports: { text: string; title: string }[] };
    expect(parsed.reports.map((r) => r.title)).toContain('<script>window.__pwned=3</script>报告');
    expect(parsed.reports.at(-1)!.text).toBe(HOSTILE_TEXT);
    expect(markup()).not.toContain('window.__pwned');
    expect(markup()).not.toContain('onerror');
  });

  it.each([
    ['</script>', '\\u003c/script\\u003e'],
    ['a & b', 'a \\u0026 b'],
    ['\u2028', '\\u2028'],
  ])('escapes %j in embedded JSON', (s, escaped) => {
    expect(scriptJson(s)).toBe(`"${escaped}"`);
    expect(JSON.parse(scriptJson(s))).toBe(s);
  });
});

describe('review command', () => {
  it('writes the page to stdout without -o, and says when records carry no text', async () => {
    const bare = { ...hostileRecord(), text: undefined };
    const run = await runCli(['review', '-'], { cwd: tmp.dir, stdin: JSON.stringify(bare) + '\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stderr).toContain('1 of 1 records carry no text: run extract with --include-text');
  });

  it('refuses CSV with exit 2, saying what it reads', async () => {
    const run = await runCli(['review', '-'], { cwd: tmp.dir, stdin: 'file,ok,error_code\r\na.txt,true,\r\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('It looks like CSV (--format csv or dataset). review reads the records `extract` writes');
  });
});
