// What kind of body issued the report, from the issuer's name: the field word before its body word
// (`黄石市自然资源和规划局` → natural_resources), read with the same vocabulary that finds issuers (bodies.ts).
// Where the issuer is unknown, a body named in the title counts. A government itself (`庆元县人民政府`,
// `管委会`) is `government`; a named body of no listed field is `other`. The kinds are BodyTypeSchema's.
import { normalize } from '../normalize.js';
import type { BodyType } from '../schema.js';
import { BODY_NAME, bodyTypeOf as fieldOf, COMMITTEE_NAME } from './bodies.js';

const GOVERNMENT = /人民政府|政府办公室|政府办|管理委员会|管委会|街道办事处/;
// The first body name of a title (BODY_NAME and COMMITTEE_NAME are global: these copies are not).
const FIRST_BODY = new RegExp(BODY_NAME.source);
const FIRST_COMMITTEE = new RegExp(COMMITTEE_NAME.source);

/** The kind of body a name names, `other` for a body of no listed kind. */
export function bodyTypeOf(name: string): BodyType {
  const simplified = normalize(name).text;
  const field = fieldOf(simplified);
  if (field) return field as BodyType;
  return GOVERNMENT.test(simplified) ? 'government' : 'other';
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
  if (!title) return null;
  const t = normalize(title).text;
  const body = FIRST_BODY.exec(t) ?? FIRST_COMMITTEE.exec(t);
  if (body) return bodyTypeOf(body[0]);
  return GOVERNMENT.test(t) ? 'government' : null;
}
