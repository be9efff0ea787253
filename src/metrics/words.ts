// Word groups that several rules share. Each is a regex source fragment, tested in test/metrics.
// Text is normalised: Simplified characters, half-width punctuation.

/** Checking carried out by the bureau (not 自查/互查, which schools do on themselves). */
export const INSPECT = '(?<![自互])(?:检查|抽查|督查|巡查|督导|暗访|核查|(?:专项|联合|执法|整治|治理)行动|专项整治|排查整治)';
/** The bureau's law-enforcement officers and their certificates. */
// `持证` alone counts right before the figure (`在编26人,持证24人`), not anywhere (`持证经营户`).
export const OFFICER = '执法(?:人员|员|队员|队伍|证件|证|资格)|持证人(?:员|数)?|持证执法|持证$|(?:卫生)?监督员|稽查员';
/** Words that turn an officer figure into training attendance or deployment. */
export const OFFICER_NOT_COUNT = '参加|参训|参与|培训|学习|考试|出动|派出|带队|编制|名录|入库|人员库|换证|换发|年审|审验';
/** Words that turn a figure into a plan or a target, not something done. */
// `计划` as a verb (`计划开展检查10次`, `全年计划重点检查246家次`), not the noun of a plan carried out
// (`按照年初计划开展检查12次`, `依据年度计划`).
export const PLANNED = '(?<![按照依据度初作培训的订定])计划(?![书表内中])|拟(?![定订])|力争|争取|预计|目标';
/**
 * A heading of a section about the year ahead, whose figures are targets: `下一步工作计划`,
 * `2023年工作思路`; not `工作思路和主要做法` or `重点工作落实情况`, which report what was done.
 */
export const isPlanSection = (title: string) =>
  /下一步|明年|今后|计划|打算|努力方向|思路|安排/.test(title) && !/成效|做法|情况|举措|落实|完成|开展|成绩/.test(title);
/** A frequency laid down, not a count of what was done: `每学期检查2次`. */
export const FREQUENCY = '每(?:年|月|周|季度?|学期|天|日|半年)';
/** A comparison with another period: the figure is a change or an old value. */
export const COMPARED = '较(?:去|上)年|同比|环比|比(?:去|上)年|(?:去|上)年同期';
