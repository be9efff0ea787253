// Whether a line reads as a report's title: short, no full stop, ending in a genre word
// (…工作总结, …情况报告, …统计年报, …执法数据), once site decorations, article numbers and glued labels are
// dropped. Used by the title finder and by the outline, which sees a second report start at its title.

export const MAX_TITLE = 60;
export const MIN_TITLE = 6;

const GENRES = ['总结', '报告', '情况', '汇报', '要点', '计划', '工作', '方案', '通报', '综述', '述职', '年报', '自查', '说明', '安排', '规划', '数据', '数据表', '报表'];
const GENRE_END = new RegExp(`(?:${GENRES.join('|')})$`);
// A title holds its genre word, so a line without the last character of any is no title (most lines).
const GENRE_LAST = new RegExp(`[${[...new Set(GENRES.map((g) => g[g.length - 1]))].join('')}]`);
// A field label glued before the title in a page's header table: `公报标题…`, `标题:…`, `称: …` (名称 cut).
const LABEL_PREFIX = /^(?:(?:公报|文章|信息)?标 {0,3}题|名 {0,3}称)\s*[:：]?\s*|^称\s*[:：]\s*/;
// A site's name after a bare hyphen: `…情况的报告-某某网`.
const HYPHEN_SITE = /-[^-\d\s]{2,16}$/;
// What a flattened page (line breaks turned into spaces) puts after its title.
export const FLATTENED_AFTER_TITLE = /(?<!\s)\s+(?:目\s*录|第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、)/;
// A site or channel name: never a report's title, even as a fallback.
export const SITE_NAME = /(?:网|网站|门户|平台|在线|频道|专栏|政务公开|信息公开)$/;
export const CONTENTS = /^目\s*录$/;
// A fallback title starts with a Han character (or a quote): not with a bullet, a code or a date.
export const HAN_FIRST = /^[\u4e00-\u9fff“"《]/;
// Each half of a wrapped title is Han text (digits for its year), no list bullets or labels.
export const WRAPPED_PART = /^[\u4e00-\u9fff\d“”"《》()（）、]{4,}$/;
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


export function undecorate(s: string): string {
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
export function asTitle(line: string): { title: string; skip: number } | null {
  if (!GENRE_LAST.test(line)) return null;
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

// Lines no title can be: sentences, salutations and labels ending in a colon, dates.
export function couldBeTitle(s: string): boolean {
  return s.length <= MAX_TITLE && !s.includes('。') && !/[:：]$/.test(s) && !DATE_ONLY.test(s) && !DATE_FIRST.test(s);
}

/** Whether a whole line is a report title (`某局2023年行政执法工作报告`). */
export const isTitleLine = (s: string) => couldBeTitle(s) && asTitle(s) !== null;
