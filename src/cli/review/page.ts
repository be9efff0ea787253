// The review page: one self-contained HTML file (style, script and data inline; nothing fetched, so it opens
// from disk and works offline). A Content-Security-Policy admits only this page's own style and script, by
// their hashes, and no network at all: even text that slipped through as markup could not run or load.
import { createHash } from 'node:crypto';
import type { ErrorRecord, Report } from '../../schema.js';
import { reviewClient } from './client.js';
import { reviewData, scriptJson } from './data.js';
import { REVIEW_CSS } from './style.js';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * The review page for a set of records (made with `--include-text` to show the text).
 *
 * @example
 * writeFileSync('review.html', reviewPage(loaded.reports, loaded.errors, 'cn-report-metrics 0.1.0'));
 */
export function reviewPage(reports: readonly Report[], errors: readonly ErrorRecord[], generator: string): string {
  // Run from source (tsx, vitest) esbuild keeps function names by wrapping them in a `__name` helper that
  // lives outside the function; the page defines a no-op of its own so the source text runs anywhere.
  const script = `var __name = function (f) { return f; };\n(${reviewClient.toString()})();`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(REVIEW_CSS)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const n = reports.length;
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${generator.replace(/[^\w .-]/g, '')}">
<title>Review: ${n} report${n === 1 ? '' : 's'}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<header><h1>Review · ${n} report${n === 1 ? '' : 's'}${errors.length ? ` · ${errors.length} unreadable` : ''}</h1><div id="filters"></div></header>
<div id="app"><nav id="reports" aria-label="reports"></nav><main id="report"></main></div>
<script id="review-data" type="application/json">${scriptJson(reviewData(reports, errors))}</script>
<script>${script}</script>
</body>
</html>
`;
}
