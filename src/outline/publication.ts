// Who published the report and when: the page's metadata (`发布机构:`, `来源:`, `发布日期:`, read by
// metadata.ts), else the signature at the end of the report (`天津市西青区教育局` / `2024年1月10日`).
import { namesIn } from './issuer.js';
import type { PageMetadata } from './metadata.js';
import { smallNumber, spelledYear } from './numerals.js';
import type { Line } from './ranges.js';

export interface Publication {
  /** The publishing body as printed, or null. */
  publisher: string | null;
  /** The publication date, `YYYY-MM-DD`, or null. */
  published: string | null;
}

/** A signature line is short: a name, a date, or both. */
const MAX_SIGNATURE_LINE = 40;

const YEAR = '(\\d{4}|[二一][〇○零O0][〇○零O0一二三四五六七八九]{2})';
const SMALL = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
// A full date closing a line: `2024年1月10日`, `二〇二四年一月十日`.
const SIGNATURE_DATE = new RegExp(`(?:^|\\s)${YEAR}\\s*年\\s*${SMALL}\\s*月\\s*${SMALL}\\s*日$`);


/** `二〇二四年一月十日` and `2024年1月10日` → `2024-01-10`; null for a date that cannot be. */
export function signatureDate(line: string): string | null {
  const m = SIGNATURE_DATE.exec(line);
  if (!m) return null;
  const year = /^\d/.test(m[1]!) ? Number(m[1]) : spelledYear(m[1]!.replace(/0/g, '〇'));
  const month = smallNumber(m[2]!);
  const day = smallNumber(m[3]!);
  if (year === null || month === null || day === null || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The body a signature line names: the name alone on its line, or before the date (a masked name names nobody).
function signatureName(line: string): string | null {
  if (line.length > MAX_SIGNATURE_LINE) return null;
  const hit = namesIn(line)[0];
  if (!hit || hit.at !== 0 || hit.masked || hit.relative) return null;
  const rest = line.slice(hit.end);
  return rest.trim() === '' || SIGNATURE_DATE.test(rest) ? hit.name : null;
}

/**
 * The publisher and publication date of a report, from its page metadata and its signature lines
 * (both read by findFacts).
 *
 * @example
 * const f = findFacts(text, chrome);
 * findPublication(f.metadata, f.signature).published; // '2021-01-18'
 */
export function findPublication(meta: PageMetadata, signature: readonly Line[]): Publication {
  let publisher = meta.publisher;
  let published = meta.published;
  for (const l of signature) {
    publisher ??= signatureName(l.text);
    published ??= signatureDate(l.text);
  }
  return { publisher, published };
}
