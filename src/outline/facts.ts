// The report's own facts: title, the year it covers, the issuing bureau.
import { issuerInBody, issuerInTitle } from './issuer.js';
import { overlaps, splitLines, tidyRanges, type Line, type Range } from './ranges.js';
import { findTitle } from './title.js';
import { isDateLine, OPENING_CHARS, yearFromDate, yearInBody, yearInTitle } from './year.js';

/** The report's own facts. `year` is the year covered, not the publication date. */
export interface Facts {
  title: string | null;
  titleStart: number | null;
  year: number | null;
  issuer: string | null;
}

/** How many content lines at the end may hold the signature date. */
const SIGNATURE_LINES = 6;

// The opening: body text after the title, outside chrome, up to OPENING_CHARS characters.
function openingOf(lines: readonly Line[], from: number, isChrome: (l: Line) => boolean): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = from; i < lines.length && size < OPENING_CHARS; i++) {
    const l = lines[i]!;
    if (l.text === '' || isChrome(l)) continue;
    const t = l.text.slice(0, OPENING_CHARS - size);
    parts.push(t);
    size += t.length;
  }
  return parts.join('\n');
}

// The last date line of the report (its signature), if one stands among the last content lines.
function signatureDate(lines: readonly Line[], isChrome: (l: Line) => boolean): string | null {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < SIGNATURE_LINES; i--) {
    const l = lines[i]!;
    if (l.text === '' || isChrome(l)) continue;
    seen++;
    if (isDateLine(l.text)) return l.text;
  }
  return null;
}

/** Title, covered year and issuer, read from normalised text outside the chrome ranges. */
export function findFacts(text: string, chrome: readonly Range[] = []): Facts {
  const ranges = tidyRanges(chrome);
  const isChrome = (l: Line) => overlaps(ranges, l.start, l.end);
  const lines = splitLines(text);

  const hit = findTitle(lines, isChrome);
  const opening = openingOf(lines, hit ? hit.line + 1 : 0, isChrome);
  let year = hit ? yearInTitle(hit.title) : null;
  year ??= yearInBody(opening);
  if (year === null) {
    const date = signatureDate(lines, isChrome);
    if (date) year = yearFromDate(date, opening);
  }

  const issuer = (hit && issuerInTitle(hit.title)) ?? issuerInBody(text, (at) => overlaps(ranges, at));
  return { title: hit?.title ?? null, titleStart: hit?.start ?? null, year, issuer };
}
