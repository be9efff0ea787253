// A report's identity: one id for one report, whatever container it came in (plain text in any encoding, a
// web page, DOCX, PDF, a Traditional or a mirror copy). The id hashes a canonical form of the normalised
// text (Simplified, half-width): page chrome dropped, white space removed, quote marks folded to one kind.
// Line breaks, spacing and the page around the report differ between containers; its words do not.
import { hash } from 'node:crypto';
import type { Range } from './outline/ranges.js';

// White space of any width, and the zero-width characters web pages and PDF exports scatter in text.
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const DOUBLE_QUOTES = /[“”„‟«»「」『』〝〞]/g;
const SINGLE_QUOTES = /[‘’‚‛]/g;

/** Characters of the hash kept in the id: 64 bits, no collision in any archive of reports. */
const ID_LENGTH = 16;

/**
 * The text the id is the hash of: the normalised text less its chrome ranges (sorted, disjoint),
 * NFKC-folded, without white space, with quote marks folded.
 *
 * @example
 * canonicalText('一、基本情况\n  罚款 10 元', []); // '一、基本情况罚款10元'
 */
export function canonicalText(normalized: string, chrome: readonly Range[]): string {
  let kept = '';
  let at = 0;
  for (const [start, end] of chrome) {
    kept += normalized.slice(at, start);
    at = Math.max(at, end);
  }
  kept += normalized.slice(at);
  return kept.normalize('NFKC').replace(SPACE, '').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

/**
 * The report's id: the first 16 hex digits of the SHA-256 of its canonical text.
 *
 * @example
 * docId('罚款10元', []) === docId('罚款 10 元\n', []); // true
 */
export function docId(normalized: string, chrome: readonly Range[]): string {
  return hash('sha256', canonicalText(normalized, chrome), 'hex').slice(0, ID_LENGTH);
}
