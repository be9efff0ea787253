// The issuer's kind of body, from its name; the title's body when the issuer is unknown.
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/outline/bodies.js';
import { bodyType, bodyTypeOf } from '../../src/outline/body-type.js';
import { BodyTypeSchema } from '../../src/schema.js';

describe('bodyTypeOf', () => {
  it.each([
    ['西青区教育局', 'education'],
    ['北京市教育委员会', 'education'],
    ['重庆市教委', 'education'],
    ['某县教育和体育局', 'education'], // 体育 too, but an education bureau
    ['文化广电和旅游局', 'culture_tourism'],
    ['大同市文物局', 'culture_tourism'],
    ['区体育局', 'sports'],
    ['静海区市场监督管理局', 'market_regulation'],
    ['静海区市场监管局', 'market_regulation'],
    ['滨海新区卫生健康委', 'health'],
    ['区医疗保障局', 'medical_security'],
    ['交通运输局', 'transport'],
    ['六盘水市水务局', 'water'],
    ['南开区应急管理局', 'emergency'],
    ['黄石市自然资源和规划局', 'natural_resources'],
    ['开平市统计局', 'statistics'],
    ['楚雄市林业和草原局', 'forestry'],
    ['黄石市商务局', 'commerce'],
    ['市住房和城乡建设局', 'housing_construction'],
    ['市建设局', 'housing_construction'],
    ['郑州市城市管理局', 'urban_management'],
    ['区城市管理综合行政执法局', 'urban_management'], // 综合行政执法 too, but city management
    ['龙泉市综合行政执法局', 'comprehensive_enforcement'],
    ['桃源县人力资源和社会保障局', 'human_resources'],
    ['区民政局', 'civil_affairs'],
    ['庆元县人民政府', 'government'], // 民政 inside 人民政府 is no civil affairs
    ['浙江省司法厅', 'justice'],
    ['农业农村局', 'agriculture'],
    ['生态环境局', 'ecology_environment'],
    ['县生态环境分局', 'ecology_environment'],
    ['区档案馆', 'other'],
  ])('%s → %s', (name, want) => {
    expect(bodyTypeOf(name)).toBe(want);
  });

  it('reads Traditional names', () => {
    expect(bodyTypeOf('開平市統計局')).toBe('statistics');
  });

  it('gives only kinds of the schema: every field of the body vocabulary is one', () => {
    for (const field of Object.keys(FIELDS)) expect(BodyTypeSchema.options, field).toContain(field);
  });
});

describe('bodyType', () => {
  it.each([
    ['静海区市场监管局 2020年度行政执法报告', 'market_regulation'],
    ['2020年度教育局行政执法工作总结', 'education'],
    ['区教育局2024年法治政府建设情况报告', 'education'],
    ['楚雄市林业和草原局关于2024年度林草行政案件统计分析报告', 'forestry'],
    // no body in the title: 法治政府 is no government, a statistics report names no bureau
    ['2023年法治政府建设年度报告', null],
    ['2021年度行政执法统计年报', null],
  ])('from the title when the issuer is unknown: %s', (title, want) => {
    expect(bodyType(null, title)).toBe(want);
  });

  it('prefers the issuer, and is null with neither', () => {
    expect(bodyType('开平市统计局', '区教育局2024年工作总结')).toBe('statistics');
    expect(bodyType(null, null)).toBeNull();
  });
});
