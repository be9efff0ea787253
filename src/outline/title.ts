// The report's own title: near the top, short, no full stop, ending in a genre word
// (…工作总结, …情况报告, …工作要点). Site decorations such as `(全文)` or `_个人图书馆` are dropped.
import { readHeading } from './headings.js';
import { namesIn } from './issuer.js';
import type { Line } from './ranges.js';
import {
  asTitle, CONTENTS, couldBeTitle, FLATTENED_AFTER_TITLE, HAN_FIRST, MAX_TITLE, MIN_TITLE, SITE_NAME, undecorate, WRAPPED_PART,
} from './title-line.js';

export { DATE_ONLY } from './title-line.js';

/** Titles stand before the first heading, within this many content lines of the top. */
const SEARCH_LINES = 40;

export interface TitleHit {
  title: string;
  start: number;
  /** Index of the title's line in the lines given. */
  line: number;
}

// An official document sets the issuer on its own line above `关于…的报告`: the title is both lines.
const ISSUER_LINE = /^[^\s,。:;]{2,30}(?:人民政府|委员会|办公室)$/;
const isIssuerLine = (s: string) => ISSUER_LINE.test(s) || namesIn(s).some((h) => h.at === 0 && h.end === s.length);

function withIssuerLine(lines: readonly Line[], i: number, isChrome: (l: Line) => boolean): TitleHit | null {
  const line = lines[i]!;
  if (!line.text.startsWith('关于')) return null;
  let k = i - 1;
  while (k >= 0 && lines[k]!.text === '') k--;
  const above = lines[k];
  if (!above || isChrome(above) || !isIssuerLine(above.text)) return null;
  return { title: above.text + undecorate(line.text).trimEnd(), start: above.start, line: i };
}


/**
 * The first title-like line among the first content lines, before the first heading; failing that,
 * the first short line that could be a title, if it comes before any paragraph.
 */
export function findTitle(lines: readonly Line[], isChrome: (l: Line) => boolean): TitleHit | null {
  let fallback: TitleHit | null = null;
  let paragraphSeen = false;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < SEARCH_LINES; i++) {
    const l = lines[i]!;
    if (l.text === '' || isChrome(l)) continue;
    seen++;
    if (readHeading(l)) break;
    // A page flattened to one line starts with its title: `某局2019年度行政执法数据 目录 第一部分 …`.
    const flat = seen === 1 ? FLATTENED_AFTER_TITLE.exec(l.text) : null;
    const head = flat ? asTitle(l.text.slice(0, flat.index)) : null;
    if (head) return { title: head.title, start: l.start + head.skip, line: i };
    if (!couldBeTitle(l.text)) {
      paragraphSeen = true;
      continue;
    }
    const t = asTitle(l.text);
    if (t) return withIssuerLine(lines, i, isChrome) ?? { title: t.title, start: l.start + t.skip, line: i };
    const wrapped = wrappedTitle(lines, i, isChrome);
    if (wrapped) return wrapped;
    if (!fallback && !paragraphSeen && l.text.length >= MIN_TITLE / 2 && HAN_FIRST.test(l.text) && !SITE_NAME.test(l.text) && !CONTENTS.test(l.text)) {
      fallback = { title: l.text, start: l.start, line: i };
    }
  }
  return fallback;
}

// A title wrapped over two lines: the first has no genre word, the next line ends the title
// (`某市教育局关于2023年法治政府` / `建设工作情况的报告`).
function wrappedTitle(lines: readonly Line[], i: number, isChrome: (l: Line) => boolean): TitleHit | null {
  const next = lines[i + 1];
  const l = lines[i]!;
  if (!next || next.text === '' || isChrome(next) || readHeading(next) || !couldBeTitle(next.text)) return null;
  if (!WRAPPED_PART.test(l.text) || !WRAPPED_PART.test(next.text)) return null;
  const t = asTitle(l.text + next.text);
  if (!t || t.title.length > MAX_TITLE || next.text.length >= t.title.length - t.skip) return null;
  return { title: t.title, start: l.start + t.skip, line: i + 1 };
}
