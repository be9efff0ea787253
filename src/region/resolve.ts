// Where a report comes from: the administrative division its issuer belongs to.
//
// The place is read from the issuer's name (`天津市和平区教育局`), else the title's, else the publisher's,
// else the text. A name several divisions share (和平区 is in 天津 and in 沈阳) is settled by other places
// the text names: a place that supports one candidate and no other (天津, or 南开区, a district of 天津
// only). Where nothing settles it, the region is null and the candidates are listed: never a guess. A bare
// relative name (`市水务局`, `区教育局`) resolves only when the text names exactly one place of its kind.
import type { Region } from '../schema.js';
import { liesIn, type Division } from './divisions.js';
import { leadingChain, placeMentions, type Mention } from './places.js';

export type RegionSource = Region['from'];

export interface RegionInput {
  issuer: string | null;
  title: string | null;
  publisher?: string | null;
  /** The normalised text (Simplified, half-width). */
  text: string;
}

export interface RegionResult {
  region: Region | null;
  /** When the place is ambiguous: every division it could be. Empty otherwise. */
  candidates: Region[];
}

/** At most this many candidates are listed. */
const MAX_CANDIDATES = 12;

// A bare relative name: `市水务局`, `区卫生健康委`, `县林业局`. The character says what kind of place.
const RELATIVE = /^[省市区县州盟旗](?=[\u4e00-\u9fff])/;
// A name masked on purpose (`**区教育局`, `XX县`, `某区`): the report hides who it is.
const MASKED = /[*＊]|[Xx×]{2}|某[省市区县]/;
// The same in running text: a report that masks its own places is placed by nothing it says.
const MASKED_PLACE = /(?:[*＊]{1,3}|[Xx×]{2}|某)[省市区县]/;

const NONE: RegionResult = { region: null, candidates: [] };

/**
 * The region of a report from its issuer, title, publisher and text.
 *
 * @example
 * resolveRegion({ issuer: '和平区教育局', title: null, text: '天津市和平区…' }).region?.code; // '120101'
 */
export function resolveRegion(input: RegionInput): RegionResult {
  let hint: string | null = null;
  const sources: [RegionSource, string | null | undefined][] = [
    ['issuer', input.issuer],
    ['title', input.title],
    ['publisher', input.publisher],
  ];
  for (const [from, name] of sources) {
    if (!name) continue;
    if (from === 'issuer' && MASKED.test(name)) return NONE;
    const chain = leadingChain(name);
    const last = chain[chain.length - 1];
    if (last) return settle(last.divisions, from, input.text);
    if (from === 'issuer') hint = RELATIVE.exec(name)?.[0] ?? null;
  }
  if (MASKED_PLACE.test(input.text)) return NONE;
  return fromText(input.text, hint);
}

/** One division, or several settled by the text's other place names, or candidates. */
function settle(divisions: readonly Division[], from: RegionSource, text: string): RegionResult {
  if (divisions.length === 1) return { region: toRegion(divisions[0]!, from), candidates: [] };
  const { winner, supported } = weigh(divisions, text);
  if (winner) return { region: toRegion(winner, from), candidates: [] };
  const open = supported.length ? supported : divisions;
  return { region: null, candidates: open.slice(0, MAX_CANDIDATES).map((d) => toRegion(d, from)) };
}

// A candidate is supported by a place the text names that contains it (天津 for 天津's 和平区) or lies
// beside it under the same parent (南开区). It wins when it alone has support no other candidate shares.
// Otherwise the candidates with support are the ones still open (江苏省 leaves 南京's and 徐州's 鼓楼区).
function weigh(candidates: readonly Division[], text: string): { winner: Division | null; supported: Division[] } {
  const evidence = new Set<Division>();
  for (const m of placeMentions(text, { aliases: true })) if (m.divisions.length === 1) evidence.add(m.divisions[0]!);
  const support = candidates.map((c) => {
    const s = new Set<Division>();
    for (const e of evidence) {
      if (candidates.includes(e)) continue;
      if (liesIn(c, e) || (c.parent !== null && liesIn(e, c.parent))) s.add(e);
    }
    return s;
  });
  const exclusive = support.map((s, i) => [...s].filter((e) => support.every((o, j) => j === i || !o.has(e))));
  const winners = candidates.filter((_, i) => exclusive[i]!.length > 0);
  return {
    winner: winners.length === 1 ? winners[0]! : null,
    supported: candidates.filter((_, i) => support[i]!.size > 0),
  };
}

// The kind of place a relative name stands for, by the last character of full names.
function ofKind(m: Mention, hint: string): boolean {
  if (!m.name.endsWith(hint)) return false;
  return hint === '省' || hint === '市' || m.divisions.some((d) => d.level !== 'province');
}

/**
 * From the text alone. With a relative name's hint (`市`), the one place of that kind the text names; without,
 * the deepest of the places named when they all lie on one line (天津市 ⊃ 静海区).
 */
function fromText(text: string, hint: string | null): RegionResult {
  const mentions = placeMentions(text);
  if (hint) {
    // Each name with the narrowest reading any of its mentions allows (`天津市和平区` beats a bare `和平区`).
    const byName = new Map<string, readonly Division[]>();
    for (const m of mentions) {
      if (!ofKind(m, hint)) continue;
      const seen = byName.get(m.name);
      if (!seen || m.divisions.length < seen.length) byName.set(m.name, m.divisions);
    }
    if (byName.size === 1) return settle([...byName.values()][0]!, 'text', text);
    const all = [...byName.values()].flat();
    return { region: null, candidates: all.slice(0, MAX_CANDIDATES).map((d) => toRegion(d, 'text')) };
  }
  const named = [...new Set(mentions.filter((m) => m.divisions.length === 1).map((m) => m.divisions[0]!))];
  const deepest = named.find((d) => named.every((e) => liesIn(d, e)));
  return deepest ? { region: toRegion(deepest, 'text'), candidates: [] } : NONE;
}

function toRegion(d: Division, from: RegionSource): Region {
  return {
    code: d.code,
    province: d.province.name,
    city: d.city?.name ?? null,
    county: d.level === 'county' ? d.name : null,
    level: d.level,
    from,
  };
}
