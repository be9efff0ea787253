// The government bodies that publish enforcement reports: the words that name a department's field
// (教育, 市场监督管理, 应急管理, …) and the words that make it a body (局, 委员会, 委, 厅). A name is a
// place, a field and a body word: `黄石市` + `自然资源和规划` + `局`. The fields are the departments every
// level of Chinese government has (and the names they had before the 2018 reform), not a list of
// the bureaus we have seen; `bodyType` groups them for research.

/** Field words by the kind of body they make; longer forms first within a group is not needed (the regex sorts). */
export const FIELDS: Readonly<Record<string, readonly string[]>> = {
  education: ['教育', '教育和体育', '教育体育', '教育科技', '教育科学技术', '教育文体', '教育文化体育', '教育和科学技术', '教体', '教科体'],
  market_regulation: ['市场监督管理', '市场监管', '工商行政管理', '工商', '质量技术监督', '质监', '食品药品监督管理', '食药监', '药品监督管理', '知识产权'],
  urban_management: ['城市管理', '城市管理综合行政执法', '城市管理和综合执法', '城市管理行政执法', '城管执法', '城市综合管理', '市政管理', '市容环境卫生管理', '市政市容管理'],
  comprehensive_enforcement: ['综合行政执法', '综合执法'],
  emergency: ['应急管理', '安全生产监督管理', '安全生产监管', '安监'],
  health: ['卫生健康', '卫生和计划生育', '卫生计生', '卫健', '卫计', '卫生'],
  housing_construction: ['住房和城乡建设', '住房城乡建设', '住房和城乡建设管理', '住建', '城乡建设', '建设', '住房保障和房产管理', '房产管理', '房地产管理', '城乡规划', '规划'],
  water: ['水务', '水利', '水利水务', '水利和湖泊', '水文'],
  commerce: ['商务', '商务和投资促进', '商务和经济信息化', '口岸'],
  forestry: ['林业', '林业和草原', '林草', '园林', '园林绿化', '绿化和市容管理'],
  culture_tourism: ['文化和旅游', '文化广电旅游', '文化广电和旅游', '文化旅游', '文化体育和旅游', '文化广电体育和旅游', '文旅', '文广旅体', '文广新', '文物', '文化', '新闻出版', '广播电视', '广电'],
  human_resources: ['人力资源和社会保障', '人力资源社会保障', '人社'],
  statistics: ['统计'],
  natural_resources: ['自然资源和规划', '自然资源', '规划和自然资源', '国土资源', '国土资源和房屋管理', '国土'],
  justice: ['司法'],
  public_security: ['公安'],
  transport: ['交通运输', '交通', '道路运输', '公路', '港航', '海事'],
  agriculture: ['农业农村', '农业', '农业和农村', '农村', '畜牧兽医', '畜牧', '渔业', '海洋与渔业', '海洋和渔业', '农牧', '农业机械化'],
  ecology_environment: ['生态环境', '环境保护', '环保'],
  civil_affairs: ['民政'],
  finance: ['财政', '税务', '地方金融监督管理', '金融工作'],
  development_reform: ['发展和改革', '发展改革', '发改', '粮食和物资储备', '粮食', '物价', '能源'],
  industry: ['工业和信息化', '经济和信息化', '经济信息化', '经信', '工信', '科学技术', '科技', '科学技术和工业信息化', '烟草专卖', '盐务', '国有资产监督管理', '国资'],
  sports: ['体育'],
  audit: ['审计'],
  medical_security: ['医疗保障', '医保'],
  veterans: ['退役军人事务'],
  meteorology: ['气象'],
  civil_defence: ['人民防空', '人防', '地震', '消防救援'],
  government_services: ['行政审批服务', '行政审批', '政务服务和大数据管理', '政务服务管理', '政务服务', '大数据', '数据资源管理', '机关事务管理', '档案', '信访', '民族宗教事务', '外事'],
};

/** Body words after a field: the department itself (局, 委员会, 委 as in 卫生健康委, 厅 at province level; 分局, a
 * county branch of a city bureau: `生态环境分局`). */
const BODY_WORDS = ['综合行政执法局', '行政执法局', '管理分局', '管理局', '分局', '委员会', '局(?![面势])', '厅', '委(?!托)'];
const BODY = `(?:${BODY_WORDS.join('|')})`;
/** Every body word holds one of these (test/outline/bodies.test.ts checks it): a scan looks for them first. */
export const BODY_CHARS = '局委厅';

/** A whole string that is a body word. */

const fieldsLongestFirst = Object.values(FIELDS)
  .flat()
  .sort((a, b) => b.length - a.length);

/** A field word and its body word: `教育局`, `市场监督管理局`, `卫生健康委员会`, `卫健委`. */
export const BODY_NAME = new RegExp(`(?:${fieldsLongestFirst.join('|')})${BODY}`, 'g');

// Short committee names that are not field + body (`教委`, `发改委`).
export const COMMITTEE_NAME = /教委|发改委|建委|交委|农委|经信委|卫计委|商委|科委|住建委/g;

/** One body name found in a text: where it starts, and the name as written. */
export interface BodyNameMatch {
  index: number;
  name: string;
}

// BODY_NAME run over a whole text tries its hundred-odd field words at most positions; a name holds a body
// character (局, 委, 厅) at most REACH characters after its start, so the scan below finds the body
// characters first and tries the pattern, as the global search would, only at the positions before them
// where a field word can start.
const BODY_NAME_AT = new RegExp(BODY_NAME.source, 'y');
const NEXT_BODY_CHAR = new RegExp(`[${BODY_CHARS}]`, 'g');
const FIELD_FIRST = new Uint8Array(0x10000);
for (const w of fieldsLongestFirst) FIELD_FIRST[w.charCodeAt(0)] = 1;
const REACH = fieldsLongestFirst[0]!.length + Math.max(...BODY_WORDS.map((w) => [...w].findIndex((c) => BODY_CHARS.includes(c))));

/** The body names (field and body word, `教育局`) of a text, in order: what `text.matchAll(BODY_NAME)` gives. */
export function bodyNames(text: string): BodyNameMatch[] {
  const out: BodyNameMatch[] = [];
  let body = -1; // the next body character after s
  for (let s = 0; s < text.length; s++) {
    if (body <= s) {
      NEXT_BODY_CHAR.lastIndex = s + 1;
      const next = NEXT_BODY_CHAR.exec(text);
      if (!next) break;
      body = next.index;
    }
    if (body - s > REACH) {
      s = body - REACH - 1;
      continue;
    }
    if (!FIELD_FIRST[text.charCodeAt(s)]) continue;
    BODY_NAME_AT.lastIndex = s;
    const m = BODY_NAME_AT.exec(text);
    if (!m) continue;
    out.push({ index: s, name: m[0] });
    s += m[0].length - 1;
  }
  return out;
}

const typeOfField = new Map<string, string>();
for (const [type, words] of Object.entries(FIELDS)) for (const w of words) typeOfField.set(w, type);
const COMMITTEE_TYPE: Record<string, string> = {
  教委: 'education', 发改委: 'development_reform', 建委: 'housing_construction', 交委: 'transport', 农委: 'agriculture',
  经信委: 'industry', 卫计委: 'health', 商委: 'commerce', 科委: 'industry', 住建委: 'housing_construction',
};

// The body words a name can end in: BODY_WORDS without their lookaheads, which see nothing at the end.
const BODY_ENDS = BODY_WORDS.map((w) => w.replace(/\(\?!.*\)$/, ''));
const FIELD_ORDER = new Map(fieldsLongestFirst.map((w, i) => [w, i]));

/**
 * The kind of body a name ends in (`黄石市自然资源和规划局` → natural_resources), or null: the first field
 * word (longest first) whose last place in the name is just before a body word that ends it. Only the
 * words ending there are looked up, not every field word searched for.
 */
export function bodyTypeOf(name: string): string | null {
  for (const k of Object.keys(COMMITTEE_TYPE)) if (name.endsWith(k)) return COMMITTEE_TYPE[k]!;
  let best = -1;
  for (const body of BODY_ENDS) {
    if (!name.endsWith(body)) continue;
    const end = name.length - body.length;
    for (let at = 0; at < end; at++) {
      const w = name.slice(at, end);
      const order = FIELD_ORDER.get(w);
      if (order === undefined || (best >= 0 && order >= best) || name.lastIndexOf(w) !== at) continue;
      best = order;
    }
  }
  return best < 0 ? null : typeOfField.get(fieldsLongestFirst[best]!)!;
}
