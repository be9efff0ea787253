import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/input/detect.js';
import { htmlFragmentToText, htmlToText } from '../../src/input/html.js';
import { decodeInput } from '../../src/input/index.js';
import { renderHtml } from '../../scripts/render-containers.js';
import { lines, seeds } from './helpers.js';

const LONG = '本年度共办理行政处罚案件4起，主要针对隐形变异学科类校外培训行为进行查处，所有案件均依法依规办理，无行政复议或行政诉讼败诉情况。';

describe('rendered seed pages', () => {
  for (const s of seeds) {
    for (const options of [{}, { charset: 'gb2312', legacy: true }] as const) {
      it(`${s.name} ${options.legacy ? 'legacy GB2312 table page in a <form>' : 'modern UTF-8 page'}: the seed, and nothing else`, async () => {
        const d = await decodeInput(renderHtml(s.text, options));
        expect(d.format).toBe('html');
        expect(lines(d.text)).toEqual(lines(s.text));
        for (const chrome of ['网站首页', '热点新闻', '当前位置', '分享到', '版权所有', '发布日期', '发布时间', '88起', '77万元', '66名', '99起', '12345', '搜索']) {
          if (!s.text.includes(chrome)) expect(d.text).not.toContain(chrome);
        }
      });
    }
  }
});

describe('chrome removal', () => {
  it('drops script, style, noscript, iframe, template and form controls', async () => {
    const text = await htmlToText(`<body><script>var a = "处罚88起";</script><style>p::after{content:"罚款"}</style>
      <noscript>请开启脚本</noscript><iframe>统计</iframe><template><p>模板</p></template>
      <p>${LONG}</p><select><option>选项一</option></select><button>提交</button><textarea>留言</textarea></body>`);
    expect(text).toBe(LONG);
  });
  it('drops nav, header, footer, aside, and elements classed as chrome', async () => {
    const text = await htmlToText(`<body><header>区教育局门户</header><nav>首页 公开</nav>
      <div class="topNav">顶部导航</div><div id="breadcrumb">首页 &gt; 正文</div><div class="share-bar">分享</div>
      <div class="mainMenu">菜单</div><div class="left-sidebar">侧栏</div><aside>相关文章</aside>
      <div id="content"><p>${LONG}</p></div><div class="copyright">版权所有</div><footer>联系电话</footer>
      <div class="bdsharebuttonbox">分享到微信</div></body>`);
    expect(text).toBe(LONG);
  });
  it('keeps words that only contain a chrome word (canvas, document)', async () => {
    const text = await htmlToText(`<body><div class="canvas-wrap document"><p>${LONG}</p></div><div class="navigation">导航</div></body>`);
    expect(text).toBe(LONG);
  });
  it('drops hidden elements', async () => {
    const text = await htmlToText(`<body><p>${LONG}</p><div style="display: none">隐藏的文字</div><p hidden>也隐藏</p></body>`);
    expect(text).toBe(LONG);
  });
  it('keeps a wrapper marked as chrome when it holds most of the text (ASP.NET <form>, a mislabelled div)', async () => {
    expect(await htmlToText(`<body><form id="form1"><p>${LONG}</p></form></body>`)).toBe(LONG);
    expect(await htmlToText(`<body><div class="nav-layout"><p>${LONG}</p></div><div class="nav">导航</div></body>`)).toBe(LONG);
  });
  it("keeps an article's own header with its title", async () => {
    const text = await htmlToText(`<body><header>网站页头</header><article><header><h1>区教育局2024年法治政府建设情况报告</h1></header><p>${LONG}</p></article></body>`);
    expect(text.split('\n')).toEqual(['区教育局2024年法治政府建设情况报告', LONG]);
  });
});

describe('main block', () => {
  it('keeps the title above the content block and drops the byline', async () => {
    const text = await htmlToText(`<body><div class="article"><h1>西青区教育局2023年行政执法情况报告</h1>
      <div class="info">发布日期：2024-01-15 来源：西青区教育局 浏览：1024</div>
      <div id="zoom"><p>一、基本情况</p><p>${LONG}</p></div></div>
      <ul class="list"><li>其他文章一</li><li>其他文章二</li></ul></body>`);
    expect(text.split('\n')).toEqual(['西青区教育局2023年行政执法情况报告', '一、基本情况', LONG]);
  });
  it('picks the element with most of the Chinese text when nothing is marked', async () => {
    const text = await htmlToText(`<body><div><div><span>站点名称</span> <span>登录</span></div><div><div>
      <p>一、基本情况</p><p>${LONG}</p><p>${LONG}</p></div></div><div>联系我们</div></div></body>`);
    expect(text.split('\n')).toEqual(['一、基本情况', LONG, LONG]);
  });
  it('never loses a paragraph outside the chosen block', async () => {
    const text = await htmlToText(`<body><div id="content"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>
      <div class="more"><p>二、存在的问题</p><p>${LONG.replace('4起', '5起')}</p></div></body>`);
    expect(text.split('\n')).toEqual([LONG, LONG, LONG, '二、存在的问题', LONG.replace('4起', '5起')]);
  });
});

describe('lines and characters', () => {
  it('paragraphs, headings, list items, table rows and <br> are lines', async () => {
    const text = await htmlFragmentToText(`<h2>一、基本情况</h2><p>第一行<br>第二行<br/>第三行</p><ul><li>甲</li><li>乙</li></ul>
      <table><tr><th>项目</th><th>数量</th></tr><tr><td>行政处罚案件</td><td>4起</td></tr></table>`);
    expect(text.split('\n')).toEqual(['一、基本情况', '第一行', '第二行', '第三行', '甲', '乙', '项目 数量', '行政处罚案件 4起']);
  });
  it('a table with figures is pipe rows; a metadata table keeps a line per row', async () => {
    const data = await htmlFragmentToText('<table><tr><th>项目</th><th>数量</th></tr><tr><td>行政处罚案件</td><td>4起</td></tr><tr><td>罚没金额</td><td>10.5万元</td></tr></table>');
    expect(data.split('\n')).toEqual(['| 项目 | 数量 |', '| 行政处罚案件 | 4起 |', '| 罚没金额 | 10.5万元 |']);
    const meta = await htmlFragmentToText('<table><tr><td>索引号:</td><td>00525312X/2021-00008</td></tr><tr><td>发布日期:</td><td>2021-01-29</td></tr></table>');
    expect(meta.split('\n')).toEqual(['索引号: 00525312X/2021-00008', '发布日期: 2021-01-29']);
  });
  it('a data table is pipe rows: a colspan is followed by empty cells, a rowspan has empty cells below', async () => {
    const text = await htmlFragmentToText(`<table>
      <tr><th rowspan="2">单位名称</th><th colspan="2">行政处罚实施数量(宗)</th><th rowspan="2">罚没金额(万元)</th></tr>
      <tr><th>罚款</th><th>合计</th></tr>
      <tr><td>县市场监督管理局</td><td>212</td><td>275</td><td>186.42</td></tr></table>`);
    expect(text.split('\n')).toEqual([
      '| 单位名称 | 行政处罚实施数量(宗) |  | 罚没金额(万元) |',
      '|  | 罚款 | 合计 |  |',
      '| 县市场监督管理局 | 212 | 275 | 186.42 |',
    ]);
  });
  it('a cell wrapped in paragraphs is one cell; a pipe in a cell cannot split it', async () => {
    const text = await htmlFragmentToText('<table><tr><td><p>合计</p><p>(宗)</p></td><td>a|b</td></tr><tr><td>3</td><td>4</td></tr></table>');
    expect(text.split('\n')).toEqual(['| 合计(宗) | a¦b |', '| 3 | 4 |']);
  });
  it('a layout table (cells holding headings or tables) stays lines of text', async () => {
    const text = await htmlFragmentToText('<table><tr><td><h2>一、基本情况</h2></td><td>旁注</td></tr><tr><td><table><tr><td>甲</td></tr></table></td><td>乙</td></tr></table>');
    expect(text.split('\n')).toEqual(['一、基本情况', '旁注', '甲', '乙']);
  });
  it('a layout cell holding paragraphs keeps them as lines', async () => {
    const text = await htmlFragmentToText('<table><tr><td><p>第一段。</p><p>第二段。</p></td><td>旁注</td></tr></table>');
    expect(text.split('\n')).toEqual(['第一段。', '第二段。', '旁注']);
  });
  it('decodes named and numeric entities', async () => {
    expect(await htmlFragmentToText('<p>&ldquo;双减&rdquo;&#x3001;&#20013;&amp;&lt;5&gt;&nbsp;元</p>')).toBe('“双减”、中&<5> 元');
  });
  it('a source line break between CJK characters vanishes; between words it is a space', async () => {
    expect(await htmlFragmentToText('<p>共办理行政\n      处罚案件4起</p><p>Annual\n   report</p>')).toBe('共办理行政处罚案件4起\nAnnual report');
  });
  it('indentation with full-width or no-break spaces is trimmed', async () => {
    expect(await htmlFragmentToText('<p>　　一、基本情况</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（一）执法主体</p>')).toBe('一、基本情况\n（一）执法主体');
  });
  it('<pre> keeps its lines', async () => {
    expect(await htmlFragmentToText('<pre>一、基本情况\n（一）执法主体\n</pre>')).toBe('一、基本情况\n（一）执法主体');
  });
  it('a fragment without <html> or <body> works', async () => {
    expect(await htmlToText(`<p>${LONG}</p>`)).toBe(LONG);
  });
  it('twenty thousand nested elements do not overflow the stack', async () => {
    const deep = '<div>'.repeat(20000) + `<p>${LONG}</p>` + '</div>'.repeat(20000);
    expect(await htmlToText(`<html><body>${deep}</body></html>`)).toBe(LONG);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>', true],
    ['  <html>\n<head>', true],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>', true],
    ['<!-- saved from url=(0042)http://example.gov.cn/ -->\n<html>', true],
    ['<p>一、基本情况</p>', true],
    ['从网站复制：\n<html>\n<body><p>正文</p></body></html>', true],
    ['一、基本情况\n处罚金额<5万元，不足1万元的<3起。', false],
    ['<<关于2024年工作的总结>>', false],
  ])('%j → %s', async (text, want) => {
    expect(looksLikeHtml(text)).toBe(want);
  });
});
