// Page chrome: what a web page (gov.cn portals, sohu, 360doc, essay-template sites) wraps around the
// report. A chrome range hides figures, headings and titles, so every rule asks for a shape body
// text does not have: a line of short menu items, a `label:` token, a footer keyword on a short line
// without a full stop, a site blurb. Lines are the unit; consecutive chrome lines merge into one range.
import { readHeading } from './headings.js';
import { isHan, splitLines, type Line, type Range } from './ranges.js';
import { isTitleLine } from './title-line.js';

/** Lines longer than this are body paragraphs, whatever words they contain. */
const MAX_CHROME_LINE = 200;
const MAX_BLURB_LINE = 300;

// Page metadata and footer labels, recognised as a token (at line start or after a separator)
// followed by a colon: `发布日期:`, `来源:`, `人气:`. `经费来源:` is no label: 来源 is not a token there.
const LABELS = [
  '发布日期', '发布时间', '发文日期', '成文日期', '发布者', '发布机构', '发布单位', '发文机关', '发布于',
  '更新时间', '更新日期', '时间', '日期', '来源', '信息来源', '文章来源', '稿件来源', '来自', '作者',
  '浏览次数', '浏览量', '浏览', '阅读次数', '阅读量', '阅读', '点击数', '点击量', '点击', '访问量', '访问次数', '人气',
  '字号', '字体', '栏目', '所属栏目', '分类', '索引号', '主题分类', '体裁分类', '组配分类', '服务对象', '文号',
  '发文字号', '有效性', '主题词', '关键词', '标签', '责任编辑', '编辑', '审核', '校对', '主办单位', '主办',
  '承办单位', '承办', '主管单位', '协办单位', '技术支持', '联系电话', '联系地址', '地址', '邮编', '邮政编码',
  '电话', '传真', '举报电话', '举报邮箱', '邮箱', '电子邮箱', 'E-mail', 'Email', '当前位置', '您的位置',
  '您现在的位置', '您当前的位置', '所在位置', '位置', '标题', '分享到', '上一篇', '下一篇', '本文地址', '本文链接', '原文链接',
];
// A label opens the line (after a bracket or a timestamp at most), or two labels share it:
// `发布日期:… 发布者:…`. A single `来源:` after body words is left alone, as is `(来源:区统计局)`.
const LABEL_WORD = `(?:${LABELS.join('|')})\\s*[:：]`;
const STAMP = '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*';
const LABEL_FIRST = new RegExp(`^(?:[【\\[]|${STAMP})?${LABEL_WORD}`);
const LABEL_AFTER_SEP = new RegExp(`[\\s|丨｜/【\\[]${LABEL_WORD}`, 'g');
// (Both need a colon: a line without one is not searched.)
const hasLabels = (s: string) =>
  (s.includes(':') || s.includes('：')) && (LABEL_FIRST.test(s) || (s.match(LABEL_AFTER_SEP)?.length ?? 0) >= 2);

// Footer furniture: strings no report sentence contains, looked for on short lines without `。`.
const FOOTER = /版权所有|Copyright|©|公网安备|ICP备|ICP证|网站标识码|网站地图|法律声明|隐私声明|免责声明|建议使用[^。]{0,20}浏览器|分辨率\s*\d{3,4}\s*[*×xX]\s*\d{3,4}/;

// What template-essay and blog sites say about the article: chrome even as a full sentence.
const BLURB = new RegExp(
  [
    '为你整理了', '为您整理了', '本站的?会员', '如有侵权', '侵权请联系', '联系删除', '版权归原作者',
    '(?:本文|内容|文章|图片)(?:来源|来自)于?网络', '仅代表作者本人', '信息存储空间', '网络存储空间',
    '不代表本站观点', '本文来自', '转载请注明', '本文由.{1,20}整理',
  ].join('|'),
);

// Page actions written as phrases; on a line with a full stop they may be the report's own words
// (`扫一扫二维码即可反映问题。`).
const SITE_ACTION = /返回搜狐|查看更多|免费下载|下载全文|下载文档|阅读全文|展开全文|查看全文|全文阅读|点击下载|扫一扫|在手机上?打开|手机扫描/;

// A heading of a 'related articles' list: the short lines after it are chrome too.
const RELATED = /^(?:相关文章|相关阅读|相关推荐|推荐阅读|延伸阅读|猜你喜欢|热门文章|热门推荐|精彩推荐|最新文章|类似文章|更多阅读|大家都在看|你可能(?:也)?喜欢)/;

const isRelatedHeading = (s: string) => s.length <= 20 && RELATED.test(s);

// A publication timestamp on its own line (`2025-03-14 09:30`); a signature date is written 2021年1月6日.
const ISO_DATE_LINE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

// Menu items, page actions and section labels of a page: a line made only of these is chrome.
const KNOWN = new Set([
  '首页', '网站首页', '返回首页', '设为首页', '加入收藏', '无障碍', '网站无障碍', '无障碍浏览', '关怀版', '关爱版',
  '长者模式', '长者版', '适老化', '繁体', '简体', '繁體', '简体版', '繁体版', 'English', '登录', '注册', '退出',
  '手机版', '移动版', '微博', '微信', '官方微博', '官方微信', '微信公众号', '新浪微博', 'QQ空间', '朋友圈',
  '联系我们', '关于我们', '使用帮助', '网站地图', '法律声明', '隐私声明', '网站纠错', '搜索', '打印', '打印本页',
  '打印此页', '打印文章', '关闭', '关闭窗口', '关闭本页', '分享', '分享到', '收藏', '转藏', '举报', '反馈',
  '评论', '发表评论', '点赞', '献花', '返回顶部', '顶部', '返回', '上一篇', '下一篇', '字号', '字体',
  '大', '中', '小', '概述', '正文', '导读', '全文', '扫一扫', '二维码', '复制链接', '更多', '阅读原文', '阅读',
  '平台声明', '条评论',
]);
// A page action with its counter: `献花(0)`, `0条评论`, `(1024)`.
const COUNTER = /^\d*(\D*?)(?:\(\d+\))?$/;
const isKnown = (t: string) => KNOWN.has(t) || KNOWN.has(COUNTER.exec(t)?.[1] ?? t) || /^\(\d+\)$/.test(t);

// Separators between menu items; a bar or arrow marks a menu even with only two items.
const NAV_SEP = /[\s|丨｜·•/>»【】[\]]+/;
const BAR = /[|丨｜>»]/;
const MAX_ITEM = 8;

// A menu item: a few Han characters or Latin letters, nothing else (no digits, no punctuation).
function isPlainItem(t: string): boolean {
  if (t.length > MAX_ITEM) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isHan(c) && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return true;
}

// A menu item, known or plain, is Han or Latin letters, with digits and brackets for a counter: a line with
// any other character (a comma, a colon) between its separators is no menu, and is not split.
const NOT_IN_MENU = /[^\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9()\s|丨｜·•/>»【】[\]]/;

function isNavLine(s: string): boolean {
  if (NOT_IN_MENU.test(s)) return false;
  const items = s.split(NAV_SEP).filter((t) => t !== '');
  if (items.every(isKnown)) return true;
  if (!items.every(isPlainItem)) return false;
  // Five and more two-character-plus words in a row are a menu; fewer need a bar or a menu word.
  if (items.length >= 5 && items.every((t) => t.length >= 2)) return true;
  return items.length >= 2 && (BAR.test(s) || items.some(isKnown));
}

// A breadcrumb: places of the site joined by arrows (`> 政务公开 | > 部门 | > 某局 | > 年度报告`,
// `某局 》 政务公开 》 工作文件`). Its last place is often the page's title, which stands again below.
const CRUMB_SEP = /\s*[>»›》]\s*/;
const CRUMB_SEPS = new RegExp(CRUMB_SEP, 'g');
const MAX_CRUMB = 30;
function isBreadcrumb(s: string): boolean {
  if (!/[>»›》]/.test(s) || /[。,;《]/.test(s)) return false;
  const crumbs = s.split(CRUMB_SEP).map((t) => t.replace(/^[|丨｜\s]+|[|丨｜\s]+$/g, '')).filter((t) => t !== '');
  return crumbs.length >= 3 && crumbs.every((t) => t.length <= MAX_CRUMB) && (s.match(CRUMB_SEPS)?.length ?? 0) >= 2;
}

/** Whether one line, taken alone, is page chrome. */
export function isChromeLine(s: string): boolean {
  if (s === '' || s.length > MAX_BLURB_LINE) return false;
  if (BLURB.test(s)) return true;
  if (s.length > MAX_CHROME_LINE || s.includes('。')) return false;
  return (
    hasLabels(s) || FOOTER.test(s) || SITE_ACTION.test(s) || isRelatedHeading(s) || ISO_DATE_LINE.test(s) || isNavLine(s) || isBreadcrumb(s)
  );
}

// A menu laid out one item per line: at least this many short plain lines in a row.
const VERTICAL_MENU = 5;

function markVerticalMenus(lines: readonly Line[], mark: boolean[]): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= VERTICAL_MENU) for (const i of run) mark[i] = true;
    run = [];
  };
  lines.forEach((l, i) => {
    if (l.text === '') return;
    if (mark[i] || (l.text.length >= 2 && isPlainItem(l.text))) run.push(i);
    else flush();
  });
  flush();
}

// After a footer or a 'related articles' heading in the second half of the page, the short lines
// without a full stop that follow (phone numbers, addresses, other articles' titles) are chrome too.
const TAIL_LINE = 80;

function markTails(lines: readonly Line[], mark: boolean[], textLength: number): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!mark[i] || l.start < textLength / 2 || !(FOOTER.test(l.text) || isRelatedHeading(l.text))) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text;
      // A report's title or heading after the footer is the next report of an archive file.
      if (t.length > TAIL_LINE || t.includes('。') || isTitleLine(t) || readHeading(lines[j]!)) break;
      mark[j] = true;
    }
    i = j - 1;
  }
}

/**
 * Ranges of page chrome, sorted and disjoint; blank lines between chrome lines are taken in. `lines` are
 * the text's lines (`splitLines`), when the caller has them.
 */
export function findChrome(text: string, lines: readonly Line[] = splitLines(text)): Range[] {
  const mark = lines.map((l) => isChromeLine(l.text));
  markVerticalMenus(lines, mark);
  markTails(lines, mark, text.length);

  const out: [number, number][] = [];
  let open: [number, number] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === '') continue;
    if (!mark[i]) open = null;
    else if (open) open[1] = l.end;
    else out.push((open = [l.start, l.end]));
  }
  return out;
}
