// Renders a report's text into the containers archived reports come in: legacy encodings, web pages
// with navigation and footers, DOCX and PDF. Test tooling: tests import these functions and render
// into a temp dir; `npx tsx scripts/render-containers.ts OUTDIR` writes every variant of every seed,
// and of the statistics report with its standard tables (./render-statistics.ts).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { PDFDocument, PDFHexString, PDFName, PDFString, beginText, endText, setFontAndSize, setTextMatrix, showText } from 'pdf-lib';

/** One rendering of a report: a file name suffix and its bytes. */
export interface Variant {
  name: string;
  ext: string;
  bytes: Uint8Array;
}

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

/** Encodes in an encoding, throwing if a character has no code there (iconv-lite would write `?`). */
export function encodeStrict(text: string, encoding: string): Uint8Array {
  const bytes = encode(text, encoding);
  const back = iconv.decode(Buffer.from(bytes), encoding);
  if (back !== text) {
    const i = [...back].findIndex((c, k) => c !== [...text][k]);
    throw new Error(`${encoding} cannot hold ${JSON.stringify([...text][i])} (character ${i})`);
  }
  return bytes;
}

/** GB18030: holds every Unicode character. */
export const renderGb18030 = (text: string) => encodeStrict(text, 'gb18030');
/** Big5 (HKSCS table, as iconv-lite has it): Traditional text only. */
export const renderBig5 = (text: string) => encodeStrict(text, 'big5');
/** UTF-16 little-endian with a byte-order mark, as Windows Notepad saved "Unicode". */
export const renderUtf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...encode(text, 'utf-16le')]);
/** UTF-16 big-endian with a byte-order mark. */
export const renderUtf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...encode(text, 'utf-16be')]);
/** UTF-8 with a byte-order mark, as Windows Notepad saved "UTF-8". */
export const renderUtf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim());
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isHeading1 = (l: string) => /^[一二三四五六七八九十]+、/.test(l);
const isHeading2 = (l: string) => /^[（(][一二三四五六七八九十]+[）)]/.test(l);

// Splits the title (the first non-empty line) from the body lines.
function titleAndBody(text: string): { title: string; body: string[] } {
  const all = lines(text);
  const first = all.findIndex((l) => l !== '');
  return { title: all[first] ?? '', body: all.slice(first + 1) };
}

// Chrome every page gets: numbers in it (dates, phone and record numbers, a sidebar headline with a
// figure) must never reach the report's text.
const NAV = ['网站首页', '政务公开', '教育动态', '通知公告', '办事服务', '互动交流'];
const SIDEBAR = ['全区新增学位3000个', '2024年共查处违规培训机构15家', '我区召开安全工作会议'];
const FOOTER = '版权所有：某区教育局　地址：某区某路1号　电话：022-12345678　津ICP备05004537号-1　网站标识码1201010001';

/** Options for an HTML rendering. */
export interface HtmlOptions {
  /** Declared and used charset: `utf-8` (default) or `gb2312` (written as GB18030 bytes). */
  charset?: 'utf-8' | 'gb2312';
  /** An old-style page: table layout wrapped in an ASP.NET `<form>`, paragraphs broken across source lines. */
  legacy?: boolean;
}

/**
 * A web page carrying the report: header, navigation, breadcrumb, sidebar, share bar, scripts and a
 * footer around it; the title in an `<h1>` above the content block; some characters as entities.
 *
 * @example
 * renderHtml('区教育局2024年工作总结\n一、基本情况'); // Uint8Array of a UTF-8 page
 */
export function renderHtml(text: string, options: HtmlOptions = {}): Uint8Array {
  const { title, body } = titleAndBody(text);
  const charset = options.charset ?? 'utf-8';
  const paragraph = (l: string) => {
    let html = escapeHtml(l);
    if (charset === 'utf-8') html = html.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/、/g, '&#x3001;');
    if (options.legacy) html = breakSource(html);
    if (isHeading1(l)) return `<h2>${html}</h2>`;
    if (isHeading2(l)) return `<h3>${html}</h3>`;
    return `<p style="text-indent:2em">&nbsp;&nbsp;${html}</p>`;
  };
  return renderHtmlPage(title, body.filter((l) => l !== '').map(paragraph).join('\n'), options);
}

/**
 * The page around a report's content (HTML already made): header, navigation, breadcrumb, sidebar,
 * share bar, scripts and footer, the title in an `<h1>` above the content block.
 *
 * @example
 * renderHtmlPage('区教育局2024年工作总结', '<p>一、基本情况</p>');
 */
export function renderHtmlPage(title: string, content: string, options: HtmlOptions = {}): Uint8Array {
  const charset = options.charset ?? 'utf-8';
  const head = `<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(title)}_某区教育局</title>
<style>.nav li { float: left } /* 行政处罚案件99起 */</style>
<script>var stats = { title: "年度行政处罚案件88起", fines: "罚款77万元" }; document.write('<div>执法人员66名</div>');</script>
</head>`;
  const nav = NAV.map((n, i) => `<li><a href="/c${i}.html">${n}</a></li>`).join('');
  const sidebar = SIDEBAR.map((s) => `<li><a href="#">${s}</a></li>`).join('');
  const page = options.legacy
    ? `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>${head}
<body><form id="form1" method="post" action="./detail.aspx">
<table width="100%"><tr><td class="topNav"><ul>${nav}</ul></td></tr></table>
<table width="1000"><tr>
<td class="leftSide" width="200"><div class="sidebar"><h3>热点新闻</h3><ul>${sidebar}</ul></div></td>
<td class="main_right" width="800">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 法治政府建设</div>
<table><tr><td class="bt_title" align="center"><font size="4"><b>${escapeHtml(title)}</b></font></td></tr>
<tr><td class="info">发布时间：2025-03-14 浏览次数：1024</td></tr>
<tr><td class="bt_content"><div id="zoom">
${content}
</div></td></tr></table>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
</td></tr></table>
<table class="footer"><tr><td>${FOOTER}</td></tr></table>
<input type="hidden" name="__VIEWSTATE" value="dDwtMTIzNDU2Nzg5Ozs+">
</form></body></html>`
    : `<!DOCTYPE html>
<html lang="zh-CN">${head}
<body>
<header class="site-header"><div class="logo">某区教育局</div>
<nav class="main-nav"><ul>${nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 正文</div>
<div class="container">
<aside class="sidebar"><h3>热点新闻</h3><ul>${sidebar}</ul></aside>
<div class="article">
<h1 class="article-title">${escapeHtml(title)}</h1>
<div class="meta">发布日期：2025-03-14　来源：区教育局　字号：[大 中 小]</div>
<div id="content" class="TRS_Editor">
${content}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<iframe src="/stat.html" title="统计">访问量统计12345</iframe>
<noscript>您的浏览器不支持脚本，共1处</noscript>
<footer class="site-footer"><p>${FOOTER}</p><div class="copyright">Copyright © 2025 All Rights Reserved</div></footer>
</body>
</html>`;
  return charset === 'utf-8' ? new TextEncoder().encode(page) : encodeStrict(page, 'gb18030');
}

// Breaks long paragraphs across source lines between two CJK characters, as old CMSs wrote HTML.
function breakSource(html: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < html.length; i++) {
    out += html[i];
    run++;
    const here = html[i] ?? '';
    const next = html[i + 1] ?? '';
    if (run >= 40 && /[\u4e00-\u9fff]/.test(here) && /[\u4e00-\u9fff]/.test(next)) {
      out += '\n      ';
      run = 0;
    }
  }
  return out;
}

/**
 * A DOCX with the title in the Title style, `一、` and `（一）` headings as Heading 1 and 2, and
 * each other line a paragraph.
 *
 * @example
 * await renderDocx('区教育局2024年工作总结\n一、基本情况'); // Uint8Array of a .docx
 */
export async function renderDocx(text: string): Promise<Uint8Array> {
  const { title, body } = titleAndBody(text);
  const paragraphs = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })];
  for (const l of body) {
    if (l === '') continue;
    const heading = isHeading1(l) ? HeadingLevel.HEADING_1 : isHeading2(l) ? HeadingLevel.HEADING_2 : undefined;
    paragraphs.push(new Paragraph({ ...(heading ? { heading } : { indent: { firstLine: 480 } }), children: [new TextRun(l)] }));
  }
  const doc = new Document({ creator: 'render-containers', sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// PDF page geometry (A4 in points) and type.
const PAGE = { width: 595, height: 842, margin: 72, size: 12, leading: 18 } as const;

// Glyph advance in ems: Adobe-GB1 CIDs 1–95 (ASCII) are half-width in STSong-Light, the rest full.
const advance = (c: string) => (c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0x7f ? 0.5 : 1);

/**
 * A PDF whose text uses STSong-Light, a predefined CJK font PDF readers supply themselves, with the
 * Adobe-GB1 `UniGB-UCS2-H` CMap: no font is embedded, yet the text layer is real Chinese. Lines are
 * wrapped at the right margin, paragraphs indented two ems, pages numbered `- n -`.
 *
 * @example
 * await renderPdf('区教育局2024年工作总结\n一、基本情况'); // Uint8Array of a .pdf
 */
export async function renderPdf(text: string): Promise<Uint8Array> {
  const width = PAGE.width - 2 * PAGE.margin;
  // Lay out: each source line is a paragraph; a blank line is extra space.
  const placed: { text: string; indent: number; gapBefore: number }[] = [];
  let gap = 0;
  for (const line of lines(text)) {
    if (line === '') {
      gap = PAGE.leading;
      continue;
    }
    let current = '';
    let used = 2; // the first line's two-em indent
    let indent = 2;
    for (const ch of line.replace(/[\u00a0\u2002\u3000]/g, ' ')) {
      if ((used + advance(ch)) * PAGE.size > width) {
        placed.push({ text: current, indent, gapBefore: gap });
        [current, used, indent, gap] = ['', 0, 0, 0];
      }
      current += ch;
      used += advance(ch);
    }
    placed.push({ text: current, indent, gapBefore: gap });
    gap = 0;
  }
  const pages: PlacedText[][] = [];
  let y = 0;
  for (const p of placed) {
    let page = pages[pages.length - 1];
    if (!page || y - p.gapBefore < PAGE.margin) {
      pages.push((page = [{ text: `- ${pages.length + 1} -`, x: PAGE.width / 2 - 15, y: 40 }]));
      y = PAGE.height - PAGE.margin;
    } else y -= p.gapBefore;
    page.push({ text: p.text, x: PAGE.margin + p.indent * PAGE.size, y });
    y -= PAGE.leading;
  }
  return renderPdfText(pages);
}

/** A run of text at a place on an A4 page (PDF coordinates: points, y up from the bottom). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/**
 * A PDF with the given runs of text on each page, drawn in the order given, in STSong-Light, and
 * the ruling lines of each page (table borders) drawn first.
 *
 * @example
 * await renderPdfText([[{ text: '一、基本情况', x: 72, y: 770 }]]);
 */
export async function renderPdfText(pages: readonly (readonly PlacedText[])[], options: PdfPageOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('render-containers');
  const font = registerStSong(doc);
  pages.forEach((runs, i) => {
    const page = doc.addPage([options.width ?? PAGE.width, options.height ?? PAGE.height]);
    for (const r of options.rules?.[i] ?? []) page.drawLine({ start: { x: r.x0, y: r.y0 }, end: { x: r.x1, y: r.y1 }, thickness: 0.5 });
    for (const run of runs) drawLine(page, font, run.text, run.x, run.y, run.size ?? PAGE.size);
  });
  return doc.save();
}

/** A ruling line drawn on a page, in PDF points (y up). */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Page size (default A4 portrait) and the ruling lines of each page. */
export interface PdfPageOptions {
  width?: number;
  height?: number;
  rules?: readonly (readonly Rule[])[];
}

type Page = ReturnType<PDFDocument['addPage']>;
const fontNames = new WeakMap<Page, PDFName>();

function drawLine(page: Page, font: ReturnType<typeof registerStSong>, text: string, x: number, y: number, size: number): void {
  let name = fontNames.get(page);
  if (!name) fontNames.set(page, (name = page.node.newFontDictionary('F', font)));
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  page.pushOperators(beginText(), setFontAndSize(name, size), setTextMatrix(1, 0, 0, 1, x, y), showText(PDFHexString.of(hex)), endText());
}

// The Type0 font dictionary for STSong-Light with UniGB-UCS2-H (PDF 1.7, 9.7.5.2 predefined CMaps).
function registerStSong(doc: PDFDocument) {
  const ctx = doc.context;
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor', FontName: 'STSong-Light', Flags: 6, FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 880, StemV: 93,
    }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font', Subtype: 'CIDFontType0', BaseFont: 'STSong-Light',
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
      FontDescriptor: descriptor, DW: 1000, W: [1, 95, 500],
    }),
  );
  return ctx.register(
    ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light', Encoding: PDFName.of('UniGB-UCS2-H'), DescendantFonts: [cidFont] }),
  );
}

/**
 * Every container variant of one report. Big5 only for Traditional text, since Big5 has no
 * Simplified-only characters.
 *
 * @example
 * const variants = await renderAll(seedText, { traditional: false });
 */
export async function renderAll(text: string, options: { traditional: boolean }): Promise<Variant[]> {
  const variants: Variant[] = [
    { name: 'utf8-bom', ext: 'txt', bytes: renderUtf8Bom(text) },
    { name: 'utf16le', ext: 'txt', bytes: renderUtf16le(text) },
    { name: 'utf16be', ext: 'txt', bytes: renderUtf16be(text) },
    { name: 'gb18030', ext: 'txt', bytes: renderGb18030(text) },
    { name: 'page', ext: 'html', bytes: renderHtml(text) },
    { name: 'page-gb2312', ext: 'html', bytes: renderHtml(text, { charset: 'gb2312', legacy: true }) },
    { name: 'docx', ext: 'docx', bytes: await renderDocx(text) },
    { name: 'pdf', ext: 'pdf', bytes: await renderPdf(text) },
  ];
  if (options.traditional) variants.splice(4, 0, { name: 'big5', ext: 'txt', bytes: renderBig5(text) });
  return variants;
}

/** True for text Big5 can hold: Traditional text (Simplified-only characters have no Big5 code). */
export function fitsBig5(text: string): boolean {
  try {
    renderBig5(text);
    return true;
  } catch {
    return false;
  }
}

async function main(outDir: string): Promise<void> {
  const seedDir = new URL('../fixtures/seeds/', import.meta.url);
  await mkdir(outDir, { recursive: true });
  const write = async (name: string, bytes: Uint8Array) => {
    const out = join(outDir, name);
    await writeFile(out, bytes);
    process.stdout.write(`${out}\n`);
  };
  for (const file of (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(new URL(file, seedDir), 'utf8');
    for (const v of await renderAll(text, { traditional: fitsBig5(text) })) await write(`${basename(file, '.txt')}.${v.name}.${v.ext}`, v.bytes);
  }
  // The statistics report with its standard tables, in every text layout and container, in both scripts.
  const { statisticsVariants } = await import('./render-statistics.js');
  for (const script of ['simplified', 'traditional'] as const) {
    for (const v of await statisticsVariants(script)) await write(`statistics-2024.${script}.${v.name}.${v.ext}`, v.bytes);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write('usage: npx tsx scripts/render-containers.ts OUTDIR\n');
    process.exitCode = 2;
  } else {
    // Not awaited at the top level: ./render-statistics.ts imports this module, and would wait for it.
    main(outDir).catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    });
  }
}
