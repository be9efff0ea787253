// The report's own title: near the top, short, no full stop, ending in a genre word
// (…工作总结, …情况报告, …工作要点). Site decorations such as `(全文)` or `_个人图书馆` are dropped.
import { readHeading } from './headings.js';
import { namesIn } from './issuer.js';
import type { Line } from './ranges.js';

const MAX_TITLE = 60;
const MIN_TITLE = 6;
/** Titles stand before the first heading, within this many content lines of the top. */
const SEARCH_LINES = 40;

const GENRE_END = /(?:总结|报告|情况|汇报|要点|计划|工作|方案|通报|综述|述职|年报|自查|说明|安排|规划|数据|数据表|报表)$/;
// A field label glued before the title in a page's header table: `公报标题…`, `标题:…`, `称: …` (名称 cut).
const LABEL_PREFIX = /^(?:(?:公报|文章|信息)?标题|名称)\s*[:：]?\s*|^称\s*[:：]\s*/;
// A site's name after a bare hyphen: `…情况的报告-某某网`.
const HYPHEN_SITE = /-[^-\d\s]{2,16}$/;
// What a flattened page (line breaks turned into spaces) puts after its title.
const FLATTENED_AFTER_TITLE = /\s+(?:目\s*录|第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、)/;
// A site or channel name: never a report's title, even as a fallback.
const SITE_NAME = /(?:网|网站|门户|平台|在线|频道|专栏|政务公开|信息公开)$/;
const CONTENTS = /^目\s*录$/;
// A fallback title starts with a Han character (or a quote): not with a bullet, a code or a date.
const HAN_FIRST = /^[\u4e00-\u9fff“"《]/;
// Each half of a wrapped title is Han text (digits for its year), no list bullets or labels.
const WRAPPED_PART = /^[\u4e00-\u9fff\d“”"《》()（）、]{4,}$/;
// A bracketed date or note after the genre word, kept in the title: `…工作总结(2023年度)`.
const TRAILING_NOTE = /\s*[(（【[][^()（）【】[\]]{1,20}[)）】\]]$/;
// Site decorations added to the real title.
const DECORATION = /\s*(?:[(（【[](?:全文|完整版|精选|最新|范文|通用\d+篇|精选\d+篇|\d+篇)[)）】\]]|范文)$/;
// An article number on template sites that put several essays on one page: `篇一:`, `第2篇 `, `【篇三】`.
const ARTICLE_NUMBER = /^(?:【?篇[一二三四五六七八九十]{1,3}】?|第[一二三四五六七八九十\d]{1,3}篇)[:、.\s]*/;
// `标题_站名`, `标题 - 站名`, `标题|站名`: the site's name after a separator.
const SITE_SUFFIX = /\s*(?:_|\s-\s|\||丨|｜)/;
const DAY = '\\s*[\\d一二三四五六七八九十]{1,3}\\s*';
// A date line of a page banner: `2019年12月3日星期二`.
const DATE_FIRST = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
export const DATE_ONLY = new RegExp(`^(?:\\d{4}|[二一][〇○零O0一二三四五六七八九]{3})\\s*年(?:${DAY}月(?:${DAY}日)?)?$`);

export interface TitleHit {
  title: string;
  start: number;
  /** Index of the title's line in the lines given. */
  line: number;
}

function undecorate(s: string): string {
  let t = s;
  for (let i = 0; i < 3; i++) {
    const u = t.replace(DECORATION, '');
    if (u === t) break;
    t = u;
  }
  return t;
}

// The line as a title, if it is one: the part before a site suffix, without decorations and
// article number. `skip` is how many characters were dropped from the front.
function asTitle(line: string): { title: string; skip: number } | null {
  const skip = (ARTICLE_NUMBER.exec(line)?.[0].length ?? 0) || (LABEL_PREFIX.exec(line)?.[0].length ?? 0);
  const s = line.slice(skip);
  const cut = SITE_SUFFIX.exec(s);
  let head = cut && cut.index >= MIN_TITLE ? s.slice(0, cut.index) : s;
  const hyphen = HYPHEN_SITE.exec(head);
  if (hyphen && isTitle(head.slice(0, hyphen.index))) head = head.slice(0, hyphen.index);
  const title = undecorate(head).trimEnd();
  return isTitle(title) ? { title, skip } : null;
}

const isTitle = (t: string) => t.length >= MIN_TITLE && GENRE_END.test(t.replace(TRAILING_NOTE, ''));

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

// Lines no title can be: sentences, salutations and labels ending in a colon, dates.
function couldBeTitle(s: string): boolean {
  return s.length <= MAX_TITLE && !s.includes('。') && !/[:：]$/.test(s) && !DATE_ONLY.test(s) && !DATE_FIRST.test(s);
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
