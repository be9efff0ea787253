import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/outline/index.js';
import { isChromeLine } from '../../src/outline/chrome.js';
import { normalize } from '../../src/normalize.js';

// Chrome lines of government portals, blogs and template-essay sites, and body lines that look a
// little like them but carry the report: those must never be chrome.
describe('isChromeLine', () => {
  it.each([
    ['网站首页 个人文档 个人总结 工作总结 述职报告 心得体会 演讲稿'],
    ['丨     网站无障碍 丨 关怀版 丨  关爱版'],
    ['首页 > 政务公开 > 法定主动公开内容 > 部门文件'],
    ['当前位置:首页>>工作动态'],
    ['法律声明 | 关于我们 | 网站地图 | 使用帮助'],
    ['栏目: 工作总结精选 / 发布于: / 人气:2.49W'],
    ['发布日期:2025-03-14    发布者:和平区人民政府'],
    ['来源:区司法局 作者:办公室 浏览次数:1288'],
    ['2024-01-05 10:23 来源:某某日报'],
    ['索引号:11120101MB1234567X/2024-00012  主题分类:教育'],
    ['【字体:大 中 小】'],
    ['【打印本页】 【关闭窗口】'],
    ['分享 举报 打印 转藏'],
    ['【概述】'],
    ['【正文】'],
    ['主办单位:天津市和平区人民政府 版权所有:天津市和平区人民政府'],
    ['津公网安备12010102000334号   津ICP备05000681号   网站标识码:1201010001'],
    ['Copyright © 2024 某某区教育局 All Rights Reserved'],
    ['结合当前工作需要,本站的会员“ABC”为你整理了这篇工作总结范文,希望能给你带来参考借鉴作用。'],
    ['声明:该文观点仅代表作者本人,搜狐号系信息发布平台,搜狐仅提供信息存储空间服务。'],
    ['返回搜狐,查看更多'],
    ['相关文章'],
    ['微博'],
    ['微信'],
    ['2025-03-14 09:30'],
    // breadcrumbs whose places are too long for a menu
    ['> 政务公开 | > 部门 | > 某某市综合行政执法局 | > 法治政府建设年度报告 |'],
    ['某某市某某区市场监督管理局  》 政务公开  》 政府规章  》 工作文件'],
  ])('%s', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    ['本年度共办理行政处罚案件4起,罚没金额100100元。'],
    ['(三)推进无障碍环境建设'],
    ['一、基本情况'],
    ['教育局2024年行政执法工作总结'],
    ['2021年1月6日'],
    ['**区教育局'],
    ['全年罚没金额10万元(来源:区财政局)'],
    ['经费来源:区财政拨款300万元'],
    ['开通举报电话和举报邮箱,受理群众投诉举报32件'],
    ['家长扫一扫二维码即可反映问题,全年共收到反映32件。'],
    ['时间紧、任务重,全年开展检查45次。'],
    ['行政处罚 4 起 100100 元'],
    ['检查 处罚 复议'],
    ['西青区教育局 2023年 行政执法情况报告'],
    ['教 育 局 行 政 执 法 工 作 总 结'],
    ['2.强化制度执行力度:通过定期组织执法人员学习培训'],
    ['处罚种类按轻重排序:罚款 > 没收 > 吊销,从重者计。'],
    [''],
  ])('%s is body', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('findChrome', () => {
  const page = [
    '首页 政务公开 政务服务 互动交流 走进和平',
    '',
    '区教育局2024年法治政府建设情况报告',
    '发布日期:2025-03-14    发布者:和平区人民政府',
    '2024年,共作出行政处罚11件。',
    '本网站的信息举报电话:022-12345678',
    '法律声明 | 关于我们 | 网站地图',
    '主办单位:天津市和平区人民政府',
    '地址:天津市和平区某某路1号',
    '微博',
    '微信',
  ].join('\n');
  const ranges = findChrome(page);
  const chromeText = ranges.map(([s, e]) => page.slice(s, e));

  it('marks the menu, the metadata and the footer block, in order and disjoint', () => {
    expect(chromeText[0]).toBe('首页 政务公开 政务服务 互动交流 走进和平');
    expect(chromeText[1]).toBe('发布日期:2025-03-14    发布者:和平区人民政府');
    // The footer from 法律声明 on is one range: lines after it without a full stop follow it.
    expect(chromeText.at(-1)).toMatch(/^法律声明[^]*微信$/);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
  });

  it('leaves the title and the figures alone', () => {
    const at = (s: string) => page.indexOf(s);
    const inChrome = (pos: number) => ranges.some(([s, e]) => pos >= s && pos < e);
    expect(inChrome(at('区教育局2024年'))).toBe(false);
    expect(inChrome(at('11件'))).toBe(false);
  });

  it('takes a menu laid out one item per line', () => {
    const text = '首页\n新闻中心\n政务公开\n办事服务\n互动交流\n\n关于2023年度行政执法工作的报告\n';
    const [r] = findChrome(text);
    expect(text.slice(r![0], r![1])).toBe('首页\n新闻中心\n政务公开\n办事服务\n互动交流');
  });

  it('does not open a footer block in the first half of the page', () => {
    const text = '相关文章\n一、基本情况\n' + '本年度共检查学校32所。\n'.repeat(20);
    const ranges = findChrome(text);
    expect(ranges).toEqual([[0, 4]]);
  });

  it('reads Traditional pages once normalised', () => {
    const t = normalize('發佈日期:2024-01-05 來源:本網\n網站首頁 新聞中心 政務公開 辦事服務 互動交流').text;
    expect(findChrome(t)).toHaveLength(1);
  });

  it('finds nothing in a plain report', () => {
    expect(findChrome('关于2024年行政执法工作的报告\n一、基本情况\n全年共检查学校32所。\n**区教育局\n2025年1月6日')).toEqual([]);
  });
});
