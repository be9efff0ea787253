// Pages that stand in for the report: "page not found", a login form, a firewall's block page, a captcha,
// a server error. Crawled archives are full of them, saved under the report's name; parsed, they would be
// reports with nothing to say, and a dataset could not tell them from real reports without figures.
//
// Told by shape, not by a word alone, since a real report may well mention 登录, 验证码 or a 404 document
// number: an error phrase must stand in the page's <title> or make up a short line near the top, and the
// text must be short and read as no report (no report title, no section headings, no paragraph of prose).

/** Phrases of error, login, firewall and captcha pages (Chinese and English); matched on short lines only. */
const ERROR_PHRASE = new RegExp(
  [
    // not found, removed
    '页面不存在', '页面未找到', '页面找不到', '找不到(?:该|此|您要的|您所?要?访问的)?(?:页面|网页)', '(?:您|你)所?要?(?:访问|查看|浏览)的(?:页面|网页|内容|信息|文章)(?:不存在|已被?删除|已过期|已失效)',
    '(?:页面|网页)已被?(?:删除|移除|撤销)', '(?:信息|文章|内容|稿件|文件)(?:不存在|已被?删除|已被?撤销|已下线)', '链接已失效',
    // access denied, login
    '访问受限', '访问被拒绝?', '拒绝访问', '禁止访问', '无权(?:限)?访问', '(?:您)?没有(?:访问)?权限', '权限不足',
    '请(?:先)?登录', '登录后(?:才能)?(?:查看|访问|浏览|下载)', '用户登录', '统一身份认证', '会话(?:已)?(?:过期|超时)',
    // firewalls and captchas
    '验证码', '安全验证', '人机验证', '滑动验证', '网站防火墙', '应用防火墙', '(?:请求|访问)(?:已|已经)?被(?:拦截|阻断|阻止)', '安全威胁', '安全狗', '云锁',
    // server errors
    '系统繁忙', '服务器(?:错误|繁忙|异常)', '服务(?:暂时)?不可用', '网站维护中', '正在维护',
    '\\b(?:400|401|403|404|500|502|503|504)\\b', 'not found', 'forbidden', 'access denied', 'unauthori[sz]ed', 'bad gateway',
    'service unavailable', 'internal server error', 'captcha', 'just a moment', 'enable javascript', 'web application firewall',
  ].join('|'),
  'i',
);

// What a report has and an error page lacks: a report title, a section heading, a paragraph of prose, or a
// counted figure.
const FIGURE = /(?<!\d)\d+(?:\.\d+)?[万亿]?[余多]? ?(?:起|件|宗|人次|人|名|家|所|项|份|元|次)/;
const REPORT_TITLE = /(?:报告|总结|年报|情况|统计表|统计数据|公告)\s*$/;
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)/;
const PARAGRAPH_HAN = 60;
/** Texts longer than this (in UTF-16 units) are no error pages, whatever they hold. */
const MAX_LENGTH = 20_000;
/** Pages with more Chinese than this are read as reports whatever they say. */
const MAX_HAN = 400;
/** A line this short can be a page's message; a longer one is prose that happens to use the words. */
const SHORT_LINE = 40;
/** How many lines from the top the message may stand at (navigation that survives comes first). */
const TOP_LINES = 12;

/** Han characters in `s`, counted up to `enough` (a report is told by its length long before the end). */
function countHan(s: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < enough; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/**
 * Whether the text of a page (and its `<title>`, if any) is an error, login, firewall or captcha page
 * rather than a report; returns the phrase that says so, or null.
 *
 * @example
 * errorPageReason('抱歉，您访问的页面不存在！\n返回首页', '404');   // '404'
 * errorPageReason('区教育局2023年行政执法情况报告\n一、基本情况\n…请登录系统查看…'); // null
 */
export function errorPageReason(text: string, title = ''): string | null {
  if (text.length > MAX_LENGTH || countHan(text, MAX_HAN + 1) > MAX_HAN) return null;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (FIGURE.test(text) || lines.some((l) => REPORT_TITLE.test(l) || HEADING.test(l) || countHan(l) >= PARAGRAPH_HAN)) return null;
  for (const line of [title.trim(), ...lines.slice(0, TOP_LINES)]) {
    if (!line || line.length > SHORT_LINE) continue;
    const m = ERROR_PHRASE.exec(line);
    if (m) return m[0];
  }
  return null;
}

// The page's <title>, from the raw markup: htmlToText leaves it out of the text, and it is where error
// pages say what they are (`404 Not Found`, `安全验证`). Bounded, so a page without `</title>` costs little.
const TITLE = /<title[^>]{0,200}>([^<]{0,300})<\/title/i;

/** The `<title>` of an HTML page, entities left as written (the phrases above need none). */
export function pageTitle(html: string): string {
  return TITLE.exec(html.slice(0, 64 * 1024))?.[1]?.trim() ?? '';
}
