// The report's own facts: title, the year it covers, the issuing bureau.
import { findIssuer } from './issuer.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { overlaps, splitLines, tidyRanges, type Line, type Range } from './ranges.js';
import { findTitle, type TitleHit } from './title.js';
import { asTitle } from './title-line.js';
import { isDateLine, OPENING_CHARS, yearFromDate, yearInBody, yearInTitle } from './year.js';

/** The report's own facts. `year` is the year covered, not the publication date. */
export interface Facts {
  title: string | null;
  titleStart: number | null;
  year: number | null;
  issuer: string | null;
  /** The page's labelled metadata (发布机构, 发布日期, …), read once for every step that needs it. */
  metadata: PageMetadata;
  /** The last content lines, where a signature stands (last first). */
  signature: Line[];
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

/** The last content lines, where a signature stands (last first). */
export function lastLines(lines: readonly Line[], isChrome: (l: Line) => boolean): Line[] {
  const out: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && out.length < SIGNATURE_LINES; i--) {
    const l = lines[i]!;
    if (l.text !== '' && !isChrome(l)) out.push(l);
  }
  return out;
}

// A page that prints its title only as a metadata field (`名称:某局2023年度行政执法工作报告`).
const TITLE_LABELS = new Set(['标题', '名称', '公报标题']);
function titleInMetadata(metadata: PageMetadata, lines: readonly Line[]): TitleHit | null {
  for (const f of metadata.fields) {
    if (!TITLE_LABELS.has(f.label)) continue;
    const t = asTitle(f.value);
    if (t) return { title: t.title, start: f.start + t.skip, line: lines.findIndex((l) => l.end >= f.end) };
  }
  return null;
}

// Offsets inside 《…》: a name there is of a document's author, not of this report's.
function quoted(text: string): Range[] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/《[^《》\n]{1,80}》/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// The last date line of the report (its signature), if one stands among the last content lines.
const signatureDate = (signature: readonly Line[]) => signature.find((l) => isDateLine(l.text))?.text ?? null;

/**
 * Title, covered year and issuer, read from normalised text outside the chrome ranges (and its lines, when the
 * caller has them). Names inside `tables` (a table of agencies, one row each) are no issuer.
 */
export function findFacts(
  text: string,
  chrome: readonly Range[] = [],
  lines: readonly Line[] = splitLines(text),
  tables: readonly Range[] = [],
): Facts {
  const ranges = tidyRanges(chrome);
  const inTable = tidyRanges(tables);
  const isChrome = (l: Line) => overlaps(ranges, l.start, l.end);

  const metadata = readMetadata(text, lines);
  const found = findTitle(lines, isChrome);
  const hit = found ?? titleInMetadata(metadata, lines);
  const opening = openingOf(lines, found ? found.line + 1 : 0, isChrome);
  const signature = lastLines(lines, isChrome);
  let year = hit ? yearInTitle(hit.title) : null;
  year ??= yearInBody(opening);
  if (year === null) {
    const date = signatureDate(signature);
    if (date) year = yearFromDate(date, opening);
  }

  const titles = quoted(text);
  const openingStart = hit ? lines[hit.line]!.end : 0;
  const issuer = findIssuer({
    title: hit?.title ?? null,
    text,
    skip: (at) => overlaps(ranges, at) || overlaps(titles, at) || overlaps(inTable, at),
    openingStart,
    openingEnd: openingStart + OPENING_CHARS,
    signature: signature.filter((l) => !overlaps(inTable, l.start, l.end)),
    publisher: metadata.publisher,
  });
  return { title: hit?.title ?? null, titleStart: hit?.start ?? null, year, issuer, metadata, signature };
}
