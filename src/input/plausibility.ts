// How much decoded bytes look like Chinese prose. Statistical detectors are weak on short texts, but
// a wrong decoding of GB18030 as Big5 (or the reverse) gives rare characters, private-use code points
// and U+FFFD, while the right one gives the few hundred characters that make up most of any report.
import type * as ChineseConv from 'chinese-conv';
import { onFirstUse } from '../load.js';

const chineseConv = onFirstUse<typeof ChineseConv>('chinese-conv');

// The most frequent Chinese characters in general text, then the words of government and education
// reports. Traditional forms are added below, so one list serves both scripts.
const FREQUENT =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湿吸课程培训规范制度落实推进加强完善健全提升监督执罚违纪案件审批许可备案登记核查整改通知责限期警告没收幼儿园校外学科类隐形变异招生收费师德卫生消防食品安全专项随抽清单公示记录法治依规建设宣贯彻普纲要决策合法审查聘顾问律师复议诉讼败诉维持撤销纠纷投诉举报受理办结答复申请信息公开年度总结情况报告汇街道镇乡县区委员持证注销新增名起余万元次项家所份条个人员主体职权履行裁量基准情节轻重处理依据程序文书档案卷评查考核培训学时覆盖率落地开展组织实施召开会议研究部署党组书记局长副职科室负责工作要点领导小组全面深化推动坚持习近平新时代特色社会主义思想指导贯彻落实二十大精神';

// Built on first use, not at import.
let common: Set<string> | null = null;
function commonSet(): Set<string> {
  if (common) return common;
  common = new Set<string>(FREQUENT + chineseConv().tify(FREQUENT));
  // Full-width and CJK punctuation is as typical of Chinese prose as the characters themselves.
  for (const c of '，。、；：？！“”‘’（）《》〈〉【】〔〕—…·％') common.add(c);
  return common;
}

/** Tallies of what a decoding produced, beyond ASCII. */
export interface Plausibility {
  /** Characters beyond ASCII. */
  nonAscii: number;
  /** U+FFFD, private-use and C1 control characters: signs of a wrong or damaged decoding. */
  bad: number;
  /** From -2 (nothing but errors) to 1 (only frequent Chinese characters and punctuation). */
  score: number;
}

/**
 * Scores how much a decoded text looks like Chinese prose; the right decoding of a report scores
 * about 0.7–0.95, a wrong one below 0.3.
 *
 * @example
 * plausibility('本年度共办理行政处罚案件4起。').score;   // ≈ 1
 * plausibility('掛闔僅淏俴淉揭燭').score;                // ≈ 0.1
 */
export function plausibility(text: string): Plausibility {
  let nonAscii = 0;
  let bad = 0;
  let good = 0;
  const COMMON = commonSet();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp <= 0x9f || (cp >= 0xd800 && cp <= 0xdfff)) bad++;
    else if (COMMON.has(ch)) good += 1;
    else if (cp >= 0x4e00 && cp <= 0x9fff) good += 0.15; // a real but rarer character
    else if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0x2010 && cp <= 0x2027)) good += 0.6;
    else if (cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200b)) good += 0.3; // spaces
  }
  const score = nonAscii === 0 ? 0 : (good - 2 * bad) / nonAscii;
  return { nonAscii, bad, score };
}
