import { describe, expect, it } from 'vitest';
import { findChrome, findFacts } from '../../src/outline/index.js';
import { normalize } from '../../src/normalize.js';

const facts = (raw: string) => {
  const text = normalize(raw).text;
  return { ...findFacts(text, findChrome(text)), text };
};

describe('title', () => {
  it.each([
    ['关于2023年度法治政府建设情况的报告\n一、基本情况', '关于2023年度法治政府建设情况的报告'],
    ['和平区教育局\n关于2023年度法治政府建设情况的报告\n一、基本情况', '和平区教育局关于2023年度法治政府建设情况的报告'],
    ['区委依法治区办:\n关于2023年度法治政府建设情况的报告\n一、基本情况', '关于2023年度法治政府建设情况的报告'],
    ['\n  某某县教育和体育局2022年行政执法工作总结  \n正文。', '某某县教育和体育局2022年行政执法工作总结'],
    ['区教育局2025年依法行政工作要点\n一、总体要求', '区教育局2025年依法行政工作要点'],
    ['教育局行政执法工作自查报告(全文)\n正文。', '教育局行政执法工作自查报告'],
    ['教育局行政执法工作总结范文(通用5篇)\n正文。', '教育局行政执法工作总结'],
    ['区教育局行政执法情况汇报_个人图书馆\n正文。', '区教育局行政执法情况汇报'],
    ['教育局法治政府建设工作总结(2023年度)\n正文。', '教育局法治政府建设工作总结(2023年度)'],
    // A header table's label spaced out to one width.
    ['索 引 号:001003-2024-00012\n标  题:2023年度行政执法工作报告\n发布日期:2024-01-16\n正文。', '2023年度行政执法工作报告'],
    ['篇一:2023年教育局行政执法工作总结\n正文。', '2023年教育局行政执法工作总结'],
    ['【篇二】教育局依法行政工作汇报\n正文。', '教育局依法行政工作汇报'],
    // After a menu, and repeated after a site label: the first one outside chrome.
    ['网站首页 个人文档 个人总结 工作总结 述职报告\n2021年度教育局普法工作总结\n【概述】\n2021年度教育局普法工作总结\n正文。', '2021年度教育局普法工作总结'],
    // Traditional input, read through normalize.
    ['某某區教育局2022年行政執法工作總結\n一、基本情況', '某某区教育局2022年行政执法工作总结'],
    // No genre word: the first short line before any paragraph.
    ['区教育局依法治教工作回顾\n2024年,我局坚持依法行政,全年共办理案件4起。', '区教育局依法治教工作回顾'],
    // A title wrapped over two lines, after the page's own title with a site name.
    ['白河县教育局关于2023年法治政府\n建设工作情况的报告\n2023年,我局坚持依法行政。', '白河县教育局关于2023年法治政府建设工作情况的报告'],
    ['白河县教育局2023年行政执法工作报告-某某网\n2023年,我局坚持依法行政。', '白河县教育局2023年行政执法工作报告'],
    // Statistics reports: 数据, 数据表; a label glued before the title; a page flattened to one line.
    ['白河县文物局2024年度行政执法数据表\n填报说明:', '白河县文物局2024年度行政执法数据表'],
    ['公报标题市商务局2023年度行政执法统计年报\n目录', '市商务局2023年度行政执法统计年报'],
    ['称: 青山市林业和草原局关于2024年度林草行政案件统计分析报告\n正文。', '青山市林业和草原局关于2024年度林草行政案件统计分析报告'],
    // A page that prints its title only as a metadata field.
    ['索引号:123/2024-00012 名称:白河县林业局2023年度行政执法工作报告 发布日期:2024-01-05\n2023年,我局坚持依法行政。', '白河县林业局2023年度行政执法工作报告'],
    ['白河县统计局2019年度行政执法数据 目录 第一部分 白河县统计局2019年度行政执法数据表 一、行政许可实施情况统计表', '白河县统计局2019年度行政执法数据'],
  ])('%s', (raw, title) => {
    const f = facts(raw);
    expect(f.title).toBe(title);
    // A title set on two lines (issuer above `关于…`) reads on once its line break is dropped.
    expect(f.text.slice(f.titleStart!).replace(/\n/, '').startsWith(title)).toBe(true);
  });

  it.each([
    // A report that opens with its first paragraph has no title line.
    ['2024年,我局坚持依法行政,全年共办理案件4起。\n一、基本情况\n**区教育局\n2025年1月6日'],
    // Menus and labels never give a title.
    ['首页 政务公开 工作总结 述职报告 心得体会\n发布日期:2024-01-05'],
    // Nor does a salutation, a date or a heading.
    ['各位领导:\n2024年1月6日\n一、工作总结'],
    // A site's name, a banner date, a contents heading, metadata bullets and breadcrumbs.
    ['天津政务网\n2019年12月3日星期二\n按照通知要求,现将市水务局2025年度行政执法工作情况报告如下:'],
    ['目 录\n第一部分 白河县2024年度行政执法数据表'],
    ['• 00525312X/2021-00008\n• 青山市城市管理局\n• 公示\n• 2021-01-29\n2020年,我局共作出行政处罚12件。'],
    ['> 政务公开 | > 部门 | > 白河县综合行政执法局 | > 法治政府建设年度报告 |\n2021年,我局坚持依法行政。'],
  ])('%s has no title', (raw) => expect(facts(raw).title).toBeNull());
});

describe('year', () => {
  it.each([
    ['教育局2024年行政执法工作总结\n正文。', 2024],
    ['2020年度教育局行政执法工作总结\n正文。', 2020],
    ['西青区教育局关于2023 年度法治政府建设情况的报告\n正文。', 2023],
    ['二〇二二年度法治政府建设情况报告\n正文。', 2022],
    // The title names only a range or a date: the opening gives the year.
    ['落实法治政府建设实施纲要(2021-2025年)情况报告\n2023年,我局深入推进法治政府建设。', 2023],
    ['教育局法治政府建设情况报告(2024年1月10日)\n2023年以来,我局坚持依法行政。', 2023],
    ['区教育局行政执法工作总结\n2024年,和平区教育局坚持依法行政。', 2024],
    ['区教育局行政执法工作总结\n截至2024年底,全局共有执法人员20名。', 2024],
    // A year inside a document title in the opening is not the report's.
    ['区教育局行政执法工作总结\n根据《关于做好2022年度报告工作的通知》要求,现将2023年工作报告如下。', 2023],
    // 今年以来 with a late-year date; 一年来 with a January date.
    ['区教育局行政执法工作总结\n今年以来,我局坚持依法行政。\n区教育局\n2023年12月20日', 2023],
    ['区教育局行政执法工作总结\n一年来,我局坚持依法行政。\n区教育局\n二〇二一年一月八日', 2020],
  ])('%s', (raw, year) => expect(facts(raw).year).toBe(year));

  it.each([
    // The publication date is chrome, never the covered year.
    ['区教育局法治政府建设情况报告\n发布日期:2025-03-14    发布者:某某区人民政府\n我局坚持依法行政。'],
    ['区教育局法治政府建设情况报告\n发布时间:2025年03月14日 来源:本站\n我局坚持依法行政。'],
    // A signature date alone says nothing about the year covered.
    ['区教育局行政执法工作总结\n我局坚持依法行政。\n**区教育局\n2021年1月6日'],
    // Nor does a range or a full date in the opening.
    ['区教育局行政执法工作总结\n按照(2021-2025年)规划,于2024年3月5日召开会议。'],
    // 今年 with a date early in the year is ambiguous.
    ['区教育局行政执法工作总结\n今年以来,我局坚持依法行政。\n2024年2月1日'],
  ])('%s has no year', (raw) => expect(facts(raw).year).toBeNull());
});

describe('issuer', () => {
  it.each([
    ['西青区教育局2023年行政执法情况报告\n正文。', '西青区教育局'],
    ['天津市和平区教育局关于2024年法治政府建设情况的报告\n正文。', '天津市和平区教育局'],
    ['某某县教育和体育局2022年工作总结\n正文。', '某某县教育和体育局'],
    ['区教育局2024年法治政府建设情况报告\n2024年,和平区教育局坚持以习近平法治思想为指导。', '和平区教育局'],
    ['教育局行政执法工作总结\n2023年渝北区教委认真履行职责。', '渝北区教委'],
    ['教育局工作总结\n在鹿城区教育局的领导下,各校依法治校。', '鹿城区教育局'],
    // The bureau named most often wins over a higher authority named once.
    ['教育局工作总结\n按照天津市教育委员会部署,西青区教育局开展检查。西青区教育局共有执法人员20名。', '西青区教育局'],
    // A verb glued to the front of a name that stands alone elsewhere.
    ['教育局工作总结\n局党委带领和平区教育局干部学习。和平区教育局坚持依法行政。', '和平区教育局'],
    // 我市 is no part of a name.
    ['教育局工作总结\n我市和平区教育局开展检查。', '和平区教育局'],
    ['某某區教育局2022年行政執法工作總結\n正文。', '某某区教育局'],
    // Every kind of bureau, not only education.
    ['青山市城市管理局2020年度行政执法统计情况\n正文。', '青山市城市管理局'],
    ['东湖区卫生健康委2023年度行政执法工作情况报告\n正文。', '东湖区卫生健康委'],
    ['白河县自然资源和规划局2023年度行政执法统计年报\n正文。', '白河县自然资源和规划局'],
    ['青山市林业和草原局关于2024年度林草行政案件统计分析报告\n正文。', '青山市林业和草原局'],
    ['白河县生态环境分局2023年度行政执法工作报告\n正文。', '白河县生态环境分局'],
    // A relative name is what the text says; the subject of the opening sentence counts.
    ['教育局2024年行政执法工作总结\n2024年,区教育局行政执法工作在区委的领导下开展。', '区教育局'],
    ['教育局工作总结\n新增执法员1名,截止目前区教育局共有行政执法人员20名。', '区教育局'],
    ['按照有关要求,现将市水务局2025年度行政执法工作情况报告如下:\n一、执法基本情况', '市水务局'],
    ['2023年,青山市水务局坚持以习近平法治思想为指导。现将情况报告如下。', '青山市水务局'],
    ['2022年,在区委、区政府的坚强领导下,区卫生健康委以提高法治意识为目标。', '区卫生健康委'],
    ['(一)市建设局根据法律法规确定的职权行使行政许可、行政处罚等事项。', '市建设局'],
    // A relative name is completed from the full name the text or the page gives.
    ['市商务局2020年度行政执法统计年报\n执法信息通过青山市商务局门户网站公开。', '青山市商务局'],
    ['区教育局工作报告\n发布日期:2025-03-14    发布者:和平区教育局\n我局坚持依法行政。', '和平区教育局'],
    // The page's metadata names the publisher when the report says only 我局.
    ['来源:东湖区应急管理局      时间:2024-01-15 14:10:00\n\n我局扎实开展行政执法工作,现将有关情况报告如下。', '东湖区应急管理局'],
    ['發布機構:\n白河縣文物局\n發布日期:\n2025-01-23 09:24\n我局全年未作出行政處罰。', '白河县文物局'],
    ['主办单位青山市商务局 公报年份2023年\n公报标题市商务局2023年度行政执法统计年报\n正文。', '青山市商务局'],
    // A signature at the end.
    ['工作总结\n我局坚持依法行政。\n白河县林业局\n2024年1月10日', '白河县林业局'],
    // Governments report on their own rule-of-law work: named in the title or the signature.
    ['青山县人民政府2023年法治政府建设年度报告\n正文。', '青山县人民政府'],
    ['白河镇人民政府2023年度法治政府建设工作报告\n正文。', '白河镇人民政府'],
    ['东湖街道办事处2023年法治建设工作报告\n正文。', '东湖街道办事处'],
    ['关于2023年度法治政府建设情况的报告\n正文。\n青山县人民政府\n2024年3月1日', '青山县人民政府'],
  ])('%s', (raw, issuer) => expect(facts(raw).issuer).toBe(issuer));

  it.each([
    ['2020年度教育局行政执法工作总结\n**区教育局紧紧围绕法治政府建设重点。\n**区教育局\n2021年1月6日'],
    ['教育局工作总结\n全区教育局系统、本区教育局、各区县教育局均开展检查。'],
    ['教育局工作总结\n我局参加省教育厅、市教育局组织的培训。'],
    // A body named inside a document's title is that document's author.
    ['工作总结\n制定《白河县人力资源和社会保障局行政执法事项清单》。'],
    // Company names, verbs glued to a name, and words that only look like a body.
    ['工作总结\n中铁十八局项目部参加培训。'],
    ['工作总结\n严格落实市人社局部署要求。'],
    ['工作总结\n形成共建共享的法治建设局面。'],
    // A body the report follows or works with, named once, is not its issuer.
    ['工作总结\n按照天津市司法局要求,我局开展执法检查。'],
    ['工作总结\n我局会同青山市市场监督管理局开展联合检查。'],
    ['工作总结\n在白河县应急管理局的统一部署下,我局开展检查。'],
    // A government a bureau reports to, or works under, is not the bureau's report's issuer.
    ['关于2023年度行政执法工作的报告\n县人民政府:\n现将情况报告如下。'],
    ['工作总结\n在县委、青山县人民政府的坚强领导下,我局依法行政。'],
    ['全县人民政府系统2023年工作报告\n正文。'],
  ])('%s names no issuer', (raw) => expect(facts(raw).issuer).toBeNull());
});
