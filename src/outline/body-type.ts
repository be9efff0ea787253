// What kind of body issued the report, from the issuer's name (`黄石市自然资源和规划局` → natural_resources);
// where the issuer is unknown, from a body named at the head of the title (`静海区市场监管局 2020年度…`).
// The kinds are BodyTypeSchema's (src/schema.ts): a stable list, kinds added at the end, none renamed.
import { normalize } from '../normalize.js';
import type { BodyType } from '../schema.js';

// First match wins, so the order settles names that hold two fields' words: 教育和体育局 is education,
// 城市管理综合行政执法局 urban management, 公安局交通警察支队 public security, 文化市场综合执法 culture.
const RULES: ReadonlyArray<readonly [BodyType, RegExp]> = [
  ['education', /教育|教委|教体/],
  ['cultural_heritage', /文物/],
  ['culture_tourism', /文化|旅游|文旅|文广|广电|新闻出版/],
  ['sports', /体育/],
  ['public_security', /公安|交警|警察/],
  ['urban_management', /城市管理|城管|市容|市政/],
  ['market_regulation', /市场监|市场局|市场管理|工商|质监|质量技术监督|食品药品|药品监|药监|知识产权/],
  ['medical_security', /医疗保障|医保/],
  ['health', /卫生|卫健|健康委|疾病预防|疾控/],
  ['transport', /交通|运输|港航|公路|海事|航道/],
  ['water', /水务|水利|水资源|水文/],
  ['emergency', /应急|安全生产|安监|消防|地震/],
  ['forestry', /林业|林草|草原/],
  ['natural_resources', /自然资源|国土|规划|测绘|不动产/],
  ['statistics', /统计/],
  ['commerce', /商务/],
  ['housing_construction', /住房|住建|城乡建设|建设局|建委|建设委员会|建设厅|房地产|房管|房产/],
  ['human_resources', /人力资源|人社|社会保障|社保|劳动/],
  ['civil_affairs', /(?<!人)民政/], // not the 民政 of 人民政府
  ['justice', /司法/],
  ['agriculture', /农业|农村|农委|畜牧|渔业|水产|农机|兽医|乡村振兴/],
  ['ecology_environment', /生态环境|环境保护|环保/],
  ['development_reform', /发展和?改革|发改|物价/],
  ['industry_it', /工业和信息化|经济和信息化|工信|经信/],
  ['science_technology', /科技|科学技术/],
  ['finance', /财政/],
  ['tax', /税务/],
  ['audit', /审计/],
  ['comprehensive_enforcement', /综合(?:行政)?执法/],
  ['government', /人民政府|政府办公|政府$|街道办事处|管委会|管理委员会/],
];

// A body named in a title, before or after the year: `静海区市场监管局 2020年度…`, `2020年度教育局行政执法…`.
const YEAR = '(?:[12]\\d{3}|[二〇一][〇○零一二三四五六七八九]{3})年度?';
const BODY = '[\\u4e00-\\u9fff]{1,24}?(?:局|委员会|委|厅|办公室|署|人民政府|政府|中心|支队|大队|总队)';
const TITLE_BODY = new RegExp(`^(?:${YEAR})?(${BODY})\\s*(?=${YEAR}|关于|行政|法治|依法|工作|年度)`);

/** The kind of body a name names, `other` for a body of no listed kind. */
export function bodyTypeOf(name: string): BodyType {
  const simplified = normalize(name).text;
  for (const [type, pattern] of RULES) if (pattern.test(simplified)) return type;
  return 'other';
}

/**
 * The issuer's kind of body; from the title when the issuer is null; null when neither names a body.
 *
 * @example
 * bodyType('石台县林业局', null); // 'forestry'
 * bodyType(null, '静海区市场监管局 2020年度行政执法报告'); // 'market_regulation'
 */
export function bodyType(issuer: string | null, title: string | null): BodyType | null {
  if (issuer) return bodyTypeOf(issuer);
  const body = title ? TITLE_BODY.exec(normalize(title).text)?.[1] : undefined;
  return body ? bodyTypeOf(body) : null;
}
