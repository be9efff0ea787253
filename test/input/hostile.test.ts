// Inputs a crawled archive holds besides reports, and the messages they get: error pages, FIFOs and devices,
// DOCX files with more XML than a worker can convert, tag soup nested past any real page, limits one byte
// over, unknown charsets, and a caller who reuses its buffer.
import { mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPageReason } from '../../src/input/error-page.js';
import { htmlToText } from '../../src/input/html.js';
import { decodeInput, readInputFile } from '../../src/input/index.js';
import { overLimit } from '../../src/input/limits.js';
import { parseBytes, parseReport } from '../../src/parse.js';
import { makeZip, minimalDocxParts, rejectsWith, seed, wp } from './helpers.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (title: string, body: string) => utf8(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);

describe('error, login, firewall and captcha pages', () => {
  it.each([
    ['404 Not Found', '<center><h1>404 Not Found</h1></center><hr><center>nginx</center>'],
    ['页面不存在', '<div class="err"><p>抱歉，您访问的页面不存在或已被删除！</p><a href="/">返回首页</a></div>'],
    ['西青区人民政府', '<div><h2>您访问的页面不存在</h2><p>可能原因：网址有误；页面已过期。</p><p>天津市西青区人民政府 主办</p></div>'],
    ['用户登录', '<form><p>用户名</p><input><p>密码</p><input><p>验证码</p><button>登录</button><a>忘记密码</a></form>'],
    ['访问被拦截', '<div><p>您的请求带有不合法参数，已被网站管理员设置拦截！</p><p>可能原因：您提交的内容包含危险的攻击请求</p><p>网站防火墙</p></div>'],
    ['安全验证', '<div><p>请输入验证码以继续访问</p><img src="captcha.png"></div>'],
    ['403 Forbidden', '<h1>Forbidden</h1><p>You don\'t have permission to access this resource.</p>'],
    ['Just a moment...', '<noscript>Please enable JavaScript and cookies to continue</noscript>'],
    ['502 Bad Gateway', '<h1>502 Bad Gateway</h1>'],
  ])('%s is ERROR_PAGE, saying what it looks like', async (title, body) => {
    const err = await rejectsWith(decodeInput(page(title, body)), 'ERROR_PAGE');
    expect(err.message).toMatch(/is an error, login, firewall or captcha page \(it says “.+”\), not the report; download the report again/);
  });

  it('a saved text file of an error page is ERROR_PAGE too', async () => {
    await rejectsWith(decodeInput(utf8('404 Not Found\n\nnginx/1.18.0\n')), 'ERROR_PAGE');
    await rejectsWith(decodeInput(utf8('系统繁忙，请稍后再试\n返回首页')), 'ERROR_PAGE');
  });

  // False friends: reports (even short excerpts) that use the same words.
  it.each([
    ['a report mentioning login and a 404 document number', `区教育局2023年行政执法情况报告\n一、基本情况\n执法人员须登录执法平台，按津教发〔2023〕404号文件要求上传执法记录。本年度共办理行政处罚案件4起。`],
    ['a short excerpt with figures under a heading-like 访问受限 line', '访问受限场所检查\n本年度开展执法检查12次，检查民办教育机构185家。'],
    ['an excerpt whose only line is prose that names the captcha', '为方便群众查询，本局在门户网站开通了行政处罚决定查询功能，群众输入验证码即可查询本局作出的行政处罚决定书全文，全年共公开处罚决定书5份。'],
    ['a report title and nothing more', '西青区教育局2023年法治政府建设情况报告'],
  ])('%s is a report', async (_name, text) => {
    const d = await decodeInput(utf8(text));
    expect(d.format).toBe('text');
    expect(errorPageReason(d.text)).toBeNull();
  });

  it('a real report page whose site chrome says 登录 and 404 is a report', async () => {
    const d = await decodeInput(page('西青区教育局2023年行政执法情况报告', `<div class="nav"><a>登录</a><a>注册</a></div><div id="content"><h1>西青区教育局2023年行政执法情况报告</h1><p>${seed('001').text.split('\n').slice(1, 4).join('</p><p>')}</p></div><div class="footer">404 页面不存在时请联系管理员</div>`));
    expect(d.format).toBe('html');
  });
});

describe('files that are no regular file', () => {
  let dir: string;
  beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'crm-hostile-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.skipIf(process.platform === 'win32')('a FIFO with no writer is NOT_A_FILE at once, never a read that waits', async () => {
    const fifo = join(dir, 'report.txt');
    execFileSync('mkfifo', [fifo]);
    const err = await rejectsWith(readInputFile(fifo), 'NOT_A_FILE');
    expect(err.message).toMatch(/is a named pipe \(FIFO\), not a regular file; save what it delivers to a file/);
  });
});

describe('DOCX whose XML is too big to convert', () => {
  const docx = (xmlBytes: number) => {
    const para = wp('本年度共办理行政处罚案件4起，罚没金额10.5万元。');
    return makeZip(minimalDocxParts(para.repeat(Math.ceil(xmlBytes / para.length))));
  };

  it('is TOO_LARGE from the zip directory alone, before mammoth sees it, naming the option and the flag', async () => {
    const bytes = docx(3 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(100_000); // a small file: its XML is what is big
    const err = await rejectsWith(decodeInput(bytes, { maxDocxXml: 2 * 1024 * 1024 }), 'TOO_LARGE');
    expect(err.message).toMatch(/^the XML of the DOCX is \d\.\d MiB, over the limit of 2\.0 MiB, .*raise maxDocxXml \(CLI: --max-docx-xml\)/);
  });

  it('under the limit it converts', async () => {
    const d = await decodeInput(docx(64 * 1024), { maxDocxXml: 1024 * 1024 });
    expect(d.text.split('\n')[0]).toBe('本年度共办理行政处罚案件4起，罚没金额10.5万元。');
  });
});

describe('limits', () => {
  it.each([
    [52428801, 52428800, '52,428,801 bytes, over the limit of 52,428,800 bytes'],
    [60 * 1024 * 1024, 50 * 1024 * 1024, '60.0 MiB, over the limit of 50.0 MiB'],
    [2000, 1000, '2,000 bytes, over the limit of 1,000 bytes'],
    [3 * 1024 * 1024, 1000, '3,145,728 bytes, over the limit of 1,000 bytes'],
  ])('%i over %i reads "%s"', (size, limit, words) => {
    expect(overLimit(size, limit)).toBe(words);
  });

  it('one byte over maxBytes says so in bytes, and names the option and the CLI flag', async () => {
    const err = await rejectsWith(decodeInput(new Uint8Array(1025).fill(0x41), { maxBytes: 1024 }), 'TOO_LARGE');
    expect(err.message).toBe('the input is 1,025 bytes, over the limit of 1,024 bytes; raise maxBytes (CLI: --max-bytes) if it is a real report');
  });
});

describe('charsets', () => {
  it('an unknown declared charset gives a CHARSET_UNKNOWN warning; the bytes still decide', async () => {
    const d = await decodeInput(utf8(`<html><head><meta charset="x-klingon-7"></head><body><p>${seed('001').text.split('\n')[1]}</p></body></html>`));
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings.map((w) => w.code)).toEqual(['CHARSET_UNKNOWN']);
    expect(d.warnings[0]!.message).toMatch(/declares charset "x-klingon-7", which is no encoding known here/);
  });
  it('a known one gives none (false friend)', async () => {
    const d = await decodeInput(utf8(`<html><head><meta charset="UTF-8"></head><body><p>${seed('001').text.split('\n')[1]}</p></body></html>`));
    expect(d.warnings).toEqual([]);
  });
});

describe("the caller's buffer", () => {
  it('is copied at the call: changing it before the promise settles changes nothing', async () => {
    const text = seed('001').text;
    const bytes = utf8(text);
    const pending = parseBytes(bytes);
    bytes.fill(0x20); // the caller reuses its buffer at once
    const report = await pending;
    expect(report.summary).toEqual(parseReport(text).summary);
  });
});

describe('tag soup nested past any real page', () => {
  it('a page nested 600 deep is read flattened, keeping its text and lines', async () => {
    const html = '<html><body>' + '<div><span>'.repeat(300) + '<p>一、基本情况</p><p>本年度共办理行政处罚案件4起。</p>' + '</span></div>'.repeat(300) + '</body></html>';
    expect((await htmlToText(html)).split('\n')).toEqual(['一、基本情况', '本年度共办理行政处罚案件4起。']);
  });
  it('a page nested 100 deep is parsed as usual, chrome removed (false friend)', async () => {
    const html = '<html><body><div class="nav">网站首页</div>' + '<div>'.repeat(100) + '<p>本年度共办理行政处罚案件4起。</p>' + '</div>'.repeat(100) + '</body></html>';
    expect(await htmlToText(html)).toBe('本年度共办理行政处罚案件4起。');
  });
  it('a table row of 20,000 cells is one line', async () => {
    const html = '<table><tr>' + '<td>行政处罚4起</td>'.repeat(20_000) + '</tr></table>';
    const text = await htmlToText(html);
    expect(text.split('\n')).toHaveLength(1);
    expect(text.split(' ')).toHaveLength(20_000);
  });
});

describe('very long tables', () => {
  // Spreading 100,000s of rows into Math.max(...) once overflowed the stack: a RangeError, no record.
  it('a pipe table of 130,000 rows gives a record, not a RangeError', () => {
    const text = '统计表\n' + Array.from({ length: 130_000 }, () => '| 1 | 2 |').join('\n');
    expect(parseReport(text, { maxTextLength: 1e7 }).ok).toBe(true);
  });
});
