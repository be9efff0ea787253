// HTML → the report's text, one line per paragraph, heading, list item, table cell or <br>; a table of
// data becomes pipe rows (`| 警告 | 罚款 |`), the layout the document step reads tables from.
// A real parser (htmlparser2) builds the tree; page chrome is cut by tag and by class/id; the main
// block is chosen by where the Chinese text is, and widened again if that would lose a paragraph.
// Every walk is iterative: a page nested ten thousand deep must not overflow the stack.
import type { AnyNode, Document, Element, ParentNode, Text } from 'domhandler';

// htmlparser2 is loaded on first use; the node tests below are domhandler's, without importing it.
type Parse = (html: string, options: { lowerCaseAttributeNames?: boolean }) => Document;
let parser: Promise<Parse> | null = null;
const loadParser = () => (parser ??= import('htmlparser2').then(boundedParser));

// Blink stops nesting elements 512 deep (deeper ones become siblings); htmlparser2 keeps its open elements
// in an array it grows at the front, so each level costs as much as all above it and a page of a million
// unclosed <div>s would take hours. Past this depth the page is tag soup: it is read again flattened.
const MAX_DEPTH = 512;
class TooDeep extends Error {}

function boundedParser(lib: typeof import('htmlparser2')): Parse {
  class BoundedHandler extends lib.DomHandler {
    depth = 0;
    override onopentag(name: string, attribs: Record<string, string>): void {
      if (++this.depth > MAX_DEPTH) throw new TooDeep();
      super.onopentag(name, attribs);
    }
    override onclosetag(): void {
      this.depth--;
      super.onclosetag();
    }
  }
  const parse = (html: string, extra: { lowerCaseAttributeNames?: boolean }) => {
    const handler = new BoundedHandler();
    new lib.Parser(handler, { decodeEntities: true, lowerCaseTags: true, ...extra }).end(html);
    return handler.root;
  };
  return (html, extra) => {
    try {
      return parse(html, extra);
    } catch (err) {
      if (!(err instanceof TooDeep)) throw err;
      return parse(flatten(html), extra);
    }
  };
}

// A tag name and its attributes, bounded so that a `<` with no `>` after it costs little.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,30})(?=[\s/>])[^<>]{0,4096}>/g;
// Elements whose content the tokenizer reads as raw text: kept, so scripts and styles stay out of the text.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** Tag soup nested too deep: block tags become line breaks, other tags go, so nothing nests. */
function flatten(html: string): string {
  return html.replace(TAG, (tag, _close: string, name: string) => {
    const lower = name.toLowerCase();
    if (RAW_TEXT.has(lower)) return tag;
    return BLOCK.has(lower) || lower === 'br' ? '<br>' : '';
  });
}
const isTag = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const isText = (n: AnyNode): n is Text => n.type === 'text';
const isDocument = (n: AnyNode) => n.type === 'root';
const hasChildren = (n: AnyNode): n is ParentNode => Array.isArray((n as Partial<ParentNode>).children);

/** Tags whose content is never report text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'audio', 'video', 'map', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'base',
]);
/** Page chrome by tag; kept when it wraps most of the page's text (ASP.NET wraps whole pages in <form>). */
const CHROME_TAGS = new Set(['nav', 'aside', 'form', 'header', 'footer', 'menu', 'dialog']);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const countHan = (s: string) => s.match(HAN)?.length ?? 0;

// A paragraph this long outside the chosen block means the block is too narrow.
const LONG_LINE = 40;
// An element holding this share of the page's Chinese is content, whatever its tag or class says.
const BULK = 0.5;

/**
 * Extracts a web page's report text: chrome (script, navigation, header, footer, share bars,
 * breadcrumbs, sidebars, copyright) removed, the main block picked, entities decoded.
 *
 * @example
 * await htmlToText('<nav>网站首页</nav><h1>区教育局2024年工作总结</h1><div id="content"><p>一、基本情况</p></div>');
 * // '区教育局2024年工作总结\n一、基本情况'
 */
export async function htmlToText(html: string): Promise<string> {
  const parseDocument = await loadParser();
  const doc = parseDocument(html, { lowerCaseAttributeNames: true });
  const root: AnyNode = findFirst(doc, (e) => e.name === 'body') ?? doc;
  removeChrome(root);
  const { main, title } = mainBlock(root);
  return linesOf(title ? [title, main] : [main]).join('\n');
}

/**
 * Turns an HTML fragment without page chrome (mammoth's DOCX output) into lines of text.
 *
 * @example
 * await htmlFragmentToText('<h1>一、基本情况</h1><p>共办理案件4起。</p>'); // '一、基本情况\n共办理案件4起。'
 */
export async function htmlFragmentToText(html: string): Promise<string> {
  const parseDocument = await loadParser();
  const doc = parseDocument(html, {});
  return linesOf([doc]).join('\n');
}

type Visit = (node: AnyNode) => boolean | void;

// Depth-first, in document order; `enter` returning false skips the children.
function walk(root: AnyNode, enter: Visit, leave?: (node: AnyNode) => void): void {
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    if (leaving) {
      leave?.(node);
      continue;
    }
    const descend = enter(node) !== false;
    if (leave) stack.push([node, true]);
    if (descend && hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, false]);
  }
}

function findFirst(root: AnyNode, test: (e: Element) => boolean): Element | null {
  let found: Element | null = null;
  walk(root, (n) => {
    if (found) return false;
    if (isTag(n) && test(n)) found = n;
  });
  return found;
}

// Han characters under each node, not counting text that is never shown.
function hanCounts(root: AnyNode): Map<AnyNode, number> {
  const counts = new Map<AnyNode, number>();
  walk(
    root,
    (n) => !(isTag(n) && NEVER_TEXT.has(n.name)),
    (n) => {
      let c = isText(n) ? countHan(n.data) : 0;
      if (isTag(n) && NEVER_TEXT.has(n.name)) c = 0;
      else if (hasChildren(n)) for (const child of n.children) c += counts.get(child) ?? 0;
      counts.set(n, c);
    },
  );
  return counts;
}

// Class and id words that mark chrome, matched on whole words or as a word's start or end
// (`topnav`, `navList`, `bdshare`), never inside one (`canvas`).
const CHROME_WORD = /^(?:nav|navs|navbar|navigation|menu|menus|footer|foot|share|breadcrumbs?|crumbs?|sidebar|copyright|daohang|dqwz|friendlinks?|yqlj|toolbar|topbar)$/;
const CHROME_EDGE = /^(?:nav|menu|footer|share|breadcrumb|sidebar|copyright)|(?:nav|menu|footer|share|breadcrumb|sidebar|copyright)$/;

function words(el: Element): string[] {
  const raw = `${el.attribs['id'] ?? ''} ${el.attribs['class'] ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const isChromeByName = (el: Element) => words(el).some((w) => CHROME_WORD.test(w) || CHROME_EDGE.test(w));

function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs) return true;
  const style = (el.attribs['style'] ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

// A <header> or <footer> inside an article or main belongs to it (and often holds the title).
function insideContent(el: Element): boolean {
  for (let p = el.parent; p && isTag(p); p = p.parent) if (p.name === 'article' || p.name === 'main') return true;
  return false;
}

function removeChrome(root: AnyNode): void {
  const counts = hanCounts(root);
  const total = counts.get(root) ?? 0;
  const doomed: Element[] = [];
  walk(root, (n) => {
    if (!isTag(n) || n === root) return;
    const chrome =
      isHidden(n) ||
      isChromeByName(n) ||
      (CHROME_TAGS.has(n.name) && !((n.name === 'header' || n.name === 'footer') && insideContent(n)));
    if (NEVER_TEXT.has(n.name) || (chrome && (counts.get(n) ?? 0) < total * BULK)) {
      doomed.push(n);
      return false;
    }
  });
  for (const el of doomed) detach(el);
}

function detach(el: Element): void {
  const parent = el.parent;
  if (!parent) return;
  const i = parent.children.indexOf(el);
  if (i >= 0) parent.children.splice(i, 1);
  el.parent = null;
}

const MAIN_WORD = /^(?:content|contents|article|main|zoom|detail|details|text|body|post|entry|trs|editor|zw|zhengwen|wzzw|con)$/;

function isMainCandidate(el: Element): boolean {
  if (el.name === 'article' || el.name === 'main' || el.attribs['role'] === 'main') return true;
  return words(el).some((w) => MAIN_WORD.test(w));
}

// The block that holds the report, with the title above it: the smallest marked candidate
// (article, main, #content…) with most of the text, else the deepest element one child of which
// dominates. Widened while a real paragraph stands outside both.
function mainBlock(root: AnyNode): { main: AnyNode; title: Element | null } {
  const counts = hanCounts(root);
  const total = counts.get(root) ?? 0;
  if (total === 0) return { main: root, title: null };
  let best: AnyNode | null = null;
  walk(root, (n) => {
    if (!isTag(n) || n === root) return;
    const c = counts.get(n) ?? 0;
    if (c < total * BULK) return false;
    if (isMainCandidate(n) && (!best || c <= (counts.get(best) ?? 0))) best = n;
  });
  let main: AnyNode = best ?? dominantDescendant(root, counts);
  for (let widened = 0; main !== root; widened++) {
    const title = titleBefore(root, main);
    if (!hasLongLineOutside(root, title ? [main, title] : [main])) return { main, title };
    // Deeply nested pages would make this quadratic; past a few levels, keep the whole page.
    main = widened < 8 && main.parent ? main.parent : root;
  }
  return { main: root, title: null };
}

function dominantDescendant(root: AnyNode, counts: Map<AnyNode, number>): AnyNode {
  let node = root;
  for (;;) {
    if (!hasChildren(node)) return node;
    const own = counts.get(node) ?? 0;
    let top: AnyNode | null = null;
    for (const child of node.children) if (isTag(child) && (!top || (counts.get(child) ?? 0) > (counts.get(top) ?? 0))) top = child;
    if (!top || (counts.get(top) ?? 0) < own * 0.8) return node;
    node = top;
  }
}

function hasLongLineOutside(root: AnyNode, inside: readonly AnyNode[]): boolean {
  return linesOf([root], new Set(inside)).some((line) => countHan(line) >= LONG_LINE);
}

const TITLE_WORD = /^(?:title|tit|bt|biaoti|headline|heading|h1)$|title$/;

// The nearest heading before the main block and outside it: the report's title usually sits
// just above the content container.
function titleBefore(root: AnyNode, main: AnyNode): Element | null {
  let candidate: Element | null = null;
  let reached = false;
  walk(root, (n) => {
    if (reached) return false;
    if (n === main) {
      reached = true;
      return false;
    }
    if (!isTag(n)) return;
    const isHeading = /^h[1-3]$/.test(n.name) || words(n).some((w) => TITLE_WORD.test(w));
    if (!isHeading) return;
    const han = countHan(linesOf([n]).join(''));
    if (han >= 4 && han <= 100) candidate = n;
  });
  return candidate;
}

// Text of the given nodes as lines; subtrees in `skip` are left out.
function linesOf(nodes: readonly AnyNode[], skip?: ReadonlySet<AnyNode>): string[] {
  const out: string[] = [];
  const cells = inlineCells(nodes);
  let line = '';
  // Whether `line` holds more than white space: asked at every cell, so kept rather than found by trim().
  let hasText = false;
  let pre = 0;
  const add = (s: string) => {
    line += s;
    if (!hasText && /\S/.test(s)) hasText = true;
  };
  const flush = () => {
    const cleaned = pre > 0 ? line.trimEnd() : tidy(line);
    if (cleaned.trim()) out.push(cleaned.trim());
    line = '';
    hasText = false;
  };
  for (const node of nodes) {
    walk(
      node,
      (n) => {
        if (skip?.has(n)) return false;
        if (isText(n)) {
          if (pre > 0) {
            const parts = n.data.split(/\r?\n/);
            parts.forEach((part, i) => {
              if (i > 0) flush();
              add(part);
            });
          } else add(n.data);
          return;
        }
        if (isDocument(n)) return;
        if (!isTag(n)) return false; // comments, processing instructions
        if (NEVER_TEXT.has(n.name)) return false;
        if (n.name === 'br') return void flush();
        if (n.name === 'table' && isDataTable(n)) {
          flush();
          for (const line of tableLines(n)) out.push(line); // no spread: a table may have 100,000s of rows
          return false;
        }
        if (n.name === 'pre') pre++;
        if (cells.has(n)) {
          if (hasText) line += ' ';
          return;
        }
        if (BLOCK.has(n.name)) flush();
      },
      (n) => {
        if (!isTag(n)) return;
        if (n.name === 'pre') pre--;
        if (cells.has(n)) return;
        if (BLOCK.has(n.name)) flush();
      },
    );
    flush();
  }
  return out;
}

// A table of data: rows of short cells, figures among them, no table inside. Layout tables (a page's
// frame, a cell holding the article) are none: their cells hold paragraphs, headings or other tables;
// nor is a metadata table (索引号 | 0052…), which keeps its one line per row for the chrome rules.
const MAX_DATA_CELL = 200;
const NOT_IN_DATA_CELL = new Set(['table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'form', 'article', 'section', 'img']);

function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  walk(table, (n) => {
    if (!isTag(n)) return false;
    if (n !== table && n.name === 'table') return false;
    if (n.name !== 'tr') return;
    rows.push(n.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th')));
    return false;
  });
  return rows;
}

// A figure alone in a cell (`12175`, `1,753.79`, `293宗`, `95%`): what a table of data holds and a
// page's metadata table (索引号, 发布日期, 文号) does not.
const FIGURE_CELL = /^[+-]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|亿元|元|宗|件|起|次|人|名|个|家|项)?$/;

function isDataTable(table: Element): boolean {
  const rows = rowsOf(table);
  if (rows.length < 2 || !rows.some((r) => r.length >= 2)) return false;
  let ok = true;
  walk(table, (n) => {
    if (!ok) return false;
    if (n !== table && isTag(n) && NOT_IN_DATA_CELL.has(n.name)) ok = false;
  });
  if (!ok) return false;
  const texts = rows.flatMap((r) => r.map(cellText));
  return texts.every((t) => t.length <= MAX_DATA_CELL) && texts.filter((t) => FIGURE_CELL.test(t)).length >= 2;
}

// A cell's words on one line: its lines joined, without a space where a CJK character meets the break.
function cellText(cell: Element): string {
  return linesOf([cell]).reduce((text, line) => {
    if (text === '') return line;
    const glue = CJK_EDGE.test(text.slice(-1)) || CJK_EDGE.test(line.charAt(0)) ? '' : ' ';
    return text + glue + line;
  }, '');
}

const span = (value: string | undefined, most: number) => Math.min(most, Math.max(1, Number.parseInt(value ?? '1', 10) || 1));

/**
 * A data table as lines of the text layout the table reader reads: one line per row, `| a | b |`;
 * a cell spanning columns is followed by empty cells, a cell spanning rows has empty cells below it.
 * A `|` inside a cell becomes `¦`, so it never splits the cell.
 */
function tableLines(table: Element): string[] {
  const rows = rowsOf(table);
  const grid: (string | null)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      const colspan = span(cell.attribs['colspan'], 100);
      const rowspan = span(cell.attribs['rowspan'], rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? cellText(cell).replace(/\|/g, '¦') : null;
      }
      c += colspan;
    }
  });
  const width = grid.reduce((most, r) => Math.max(most, r.length), 0);
  const caption = table.children.find((c): c is Element => isTag(c) && c.name === 'caption');
  const lines = grid
    .map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''))
    .filter((r) => r.some((t) => t !== ''))
    .map((r) => `| ${r.join(' | ')} |`);
  return caption && cellText(caption) ? [cellText(caption), ...lines] : lines;
}

// A table cell with no block inside is one field of its row: `<td>行政处罚案件</td><td>4起</td>` reads as
// one line, `行政处罚案件 4起`, so a figure keeps its label. Cells that hold paragraphs (layout tables) break.
// Found in one pass from the leaves up: a search below every cell would be quadratic in nested tables.
function inlineCells(roots: readonly AnyNode[]): Set<Element> {
  const blocky = new Set<AnyNode>();
  const cells = new Set<Element>();
  for (const root of roots) {
    walk(root, () => {}, (n) => {
      if (!isTag(n)) return;
      if (n.children.some((c) => blocky.has(c) || (isTag(c) && (BLOCK.has(c.name) || c.name === 'br')))) blocky.add(n);
      else if (n.name === 'td' || n.name === 'th') cells.add(n);
    });
  }
  return cells;
}

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK_EDGE = new RegExp(`[${CJK}]`);
// A source line break between two CJK characters is layout, not a space (CSS Text, segment breaks).
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[${CJK}])`, 'g');

function tidy(s: string): string {
  return s
    .replace(BREAK_BETWEEN_CJK, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\n\r\f]+/g, ' ');
}
