// Region resolution: issuer, title, publisher, text; shared names settled by other places or left open.
import { describe, expect, it } from 'vitest';
import { placeMentions } from '../../src/region/places.js';
import { resolveRegion, type RegionInput } from '../../src/region/resolve.js';

const input = (o: Partial<RegionInput>): RegionInput => ({ issuer: null, title: null, text: '', ...o });
const code = (o: Partial<RegionInput>) => resolveRegion(input(o)).region?.code ?? null;
const candidates = (o: Partial<RegionInput>) => resolveRegion(input(o)).candidates.map((c) => c.code).sort();

describe('placeMentions', () => {
  it.each([
    ['天津市和平区教育局', ['天津市', '和平区']],
    ['六盘水市水务局', ['六盘水市']],
    ['黔西南布依族苗族自治州', ['黔西南布依族苗族自治州']],
    // false friends: words about areas, and one-character places outside a chain
    ['推进平安区域建设', []],
    ['主城区和郊区的学校', []],
    ['行政区划调整', []],
    ['阳泉市城区', ['阳泉市', '城区']],
  ])('%s', (text, names) => {
    expect(placeMentions(text).map((m) => m.name)).toEqual(names);
  });

  it('narrows a name to the divisions inside the one before it', () => {
    const [, heping] = placeMentions('天津市和平区');
    expect(heping!.divisions.map((d) => d.code)).toEqual(['120101']);
    expect(placeMentions('和平区')[0]!.divisions).toHaveLength(2);
  });

  it('finds aliases only on request, and never a full name as an alias', () => {
    expect(placeMentions('法治天津建设')).toEqual([]);
    expect(placeMentions('法治天津建设', { aliases: true }).map((m) => [m.name, m.start, m.alias])).toEqual([['天津', 2, true]]);
    expect(placeMentions('天津市', { aliases: true }).map((m) => [m.name, m.alias])).toEqual([['天津市', false]]);
  });
});

describe('resolveRegion', () => {
  it.each([
    ['a full chain', '天津市和平区教育局', '120101'],
    ['a unique district', '西青区教育局', '120111'],
    ['a municipality', '北京市教育委员会', '110000'],
    ['a prefecture city', '金华市教育局', '330700'],
    ['a county-level city', '龙泉市综合行政执法局', '331181'],
    ['a county', '石台县林业局', '341722'],
    ['a county-level city under an autonomous prefecture', '楚雄市林业和草原局', '532301'],
    ['a county-level city governed by its province', '仙桃市教育局', '429004'],
    ['a municipal district with the municipality', '重庆市长寿区卫生健康委员会', '500115'],
    ['a name inside the party committee', '中共重庆市委教育工作委员会', '500000'],
  ])('from the issuer: %s', (_, issuer, want) => {
    expect(code({ issuer })).toBe(want);
  });

  it('gives the names and level of the division', () => {
    expect(resolveRegion(input({ issuer: '天津市和平区教育局' })).region).toEqual({
      code: '120101', province: '天津市', city: '天津市', county: '和平区', level: 'county', from: 'issuer',
    });
    expect(resolveRegion(input({ issuer: '黄石市商务局' })).region).toEqual({
      code: '420200', province: '湖北省', city: '黄石市', county: null, level: 'city', from: 'issuer',
    });
  });

  describe('a name several divisions share', () => {
    const issuer = '和平区教育局';
    it('is settled by the municipality or city the text names', () => {
      expect(code({ issuer, text: '全面贯彻天津市教育工作会议精神' })).toBe('120101');
      expect(code({ issuer, text: '落实沈阳市教育局部署' })).toBe('210102');
      expect(code({ issuer, text: '推进法治天津建设' })).toBe('120101'); // an alias
      expect(code({ issuer, text: '辽宁省教育厅检查' })).toBe('210102');
    });

    it('is settled by a neighbour that lies in one candidate only', () => {
      expect(code({ issuer, text: '与南开区教育局开展联合检查' })).toBe('120101');
      expect(code({ issuer, text: '与皇姑区教育局开展联合检查' })).toBe('210102');
    });

    it('is left null with the candidates when nothing settles it, or both are supported', () => {
      expect(code({ issuer, text: '全区共有学校50所' })).toBeNull();
      expect(candidates({ issuer, text: '全区共有学校50所' })).toEqual(['120101', '210102']);
      expect(code({ issuer, text: '赴沈阳市学习天津市经验' })).toBeNull();
      expect(candidates({ issuer, text: '赴沈阳市学习天津市经验' })).toEqual(['120101', '210102']);
    });

    it('needs support one candidate has and the others lack: a shared province settles nothing', () => {
      const gulou = { issuer: '鼓楼区教育局' };
      expect(code({ ...gulou, text: '江苏省教育厅' })).toBeNull();
      expect(candidates({ ...gulou, text: '江苏省教育厅' })).toEqual(['320106', '320302']);
      expect(code({ ...gulou, text: '江苏省南京市' })).toBe('320106');
      expect(code({ ...gulou, text: '福州市' })).toBe('350102');
    });

    it('is settled by the issuer itself when it names the city', () => {
      expect(code({ issuer: '沈阳市和平区教育局', text: '天津市' })).toBe('210102');
    });
  });

  describe('a bare relative name', () => {
    it('resolves when the text names exactly one place of its kind', () => {
      expect(code({ issuer: '市水务局', text: '按照天津市人民政府办公厅要求，全市水务执法' })).toBe('120000');
      expect(code({ issuer: '区教育局', text: '落实《静海区法治政府建设实施纲要》，天津市' })).toBe('120118');
      expect(code({ issuer: '市商务局', text: '根据《湖州市深化综合行政执法改革方案》' })).toBe('330500');
    });

    it('stays null when the text names none, or several', () => {
      expect(code({ issuer: '市水务局', text: '全市水务执法' })).toBeNull();
      expect(candidates({ issuer: '市水务局', text: '全市水务执法' })).toEqual([]);
      expect(code({ issuer: '市商务局', text: '湖州市与杭州市联合' })).toBeNull();
      expect(candidates({ issuer: '市商务局', text: '湖州市与杭州市联合' })).toEqual(['330100', '330500']);
    });

    it('takes only places of its kind: a county named in a city report does not make the city', () => {
      expect(code({ issuer: '市商务局', text: '湖州市长兴县' })).toBe('330500');
      expect(code({ issuer: '县林业局', text: '池州市石台县' })).toBe('341722');
    });
  });

  it('falls back to the title, then the publisher', () => {
    expect(resolveRegion(input({ title: '静海区市场监管局 2020年度行政执法报告' })).region?.from).toBe('title');
    expect(code({ title: '静海区市场监管局 2020年度行政执法报告' })).toBe('120118');
    expect(code({ issuer: '教育局', title: '2020年度教育局行政执法工作总结', publisher: '大同市文物局' })).toBe('140200');
  });

  it('takes the deepest of the places the text names when they lie on one line, and nothing otherwise', () => {
    expect(resolveRegion(input({ text: '天津市静海区' })).region).toMatchObject({ code: '120118', from: 'text' });
    expect(code({ text: '天津市与上海市' })).toBeNull();
    expect(code({ text: '全区共有学校50所' })).toBeNull();
  });

  it('never resolves a masked issuer', () => {
    expect(resolveRegion(input({ issuer: '**区教育局', text: '天津市' }))).toEqual({ region: null, candidates: [] });
    expect(code({ issuer: 'XX县教育局', text: '天津市' })).toBeNull();
    expect(code({ issuer: '某区教育局', text: '天津市' })).toBeNull();
  });

  it('never places a report from a text that masks its own places', () => {
    expect(code({ text: '根据浙江省有关规定，**区教育局全年…' })).toBeNull();
    expect(code({ issuer: '区教育局', text: 'XX区教育局落实天津市要求，和平区' })).toBeNull();
  });
});
