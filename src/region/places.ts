// Place names in text: every full division name (`天津市`, `和平区`), read left to right, with a name that
// follows another (`天津市和平区`) narrowed to the divisions inside the first. Aliases (`天津`, `金华`) are
// found on request only: they are common words more often than full names are (`长治久安`).
import { divisionIndex, liesIn, pairAt, type Division } from './divisions.js';

/** One place name found in a text. */
export interface Mention {
  name: string;
  start: number;
  end: number;
  /** The divisions the name can be, after narrowing by the name before it. */
  divisions: readonly Division[];
  alias: boolean;
}

// The last character of every full name the scanner looks for (placeholders and the few names of islands
// and sea areas are not looked for in running text).
const NAME_END = new Uint8Array(0x10000);
for (const c of '省市区县旗州盟') NAME_END[c.charCodeAt(0)] = 1;
const DISTRICT = '区'.charCodeAt(0);

// After a district's name, these make it a word about areas: `平安区域`, `行政区划`.
const NOT_AFTER_DISTRICT = new Set(['域', '划', '块', '间', '别']);

// A name whose place part is one character (`城区`, `郊区`, `和县`) is a common word in running text; it
// counts only right after the name of a division it lies in (`阳泉市城区`).
const isShortName = (name: string) => name.length <= 2;

/**
 * Every full-name mention in `text`, in order; with `aliases`, short names of provinces and prefectures too.
 *
 * @example
 * placeMentions('天津市和平区教育局').map((m) => m.name); // ['天津市', '和平区']
 */
export function placeMentions(text: string, options: { aliases?: boolean } = {}): Mention[] {
  const { byName, byAlias, nameLengthsByEnd, aliasLengthsByStart, beforeNameEnd, aliasFirst } = divisionIndex();
  const found: Mention[] = [];
  // Full names, found from their last character backwards: the longest name ending there.
  for (let j = 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (!NAME_END[c]) continue;
    if (c === DISTRICT && NOT_AFTER_DISTRICT.has(text[j + 1] ?? '')) continue;
    if (!beforeNameEnd[text.charCodeAt(j - 1)]) continue;
    const lengths = nameLengthsByEnd.get(pairAt(text, j - 1));
    if (!lengths) continue;
    for (const k of lengths) {
      if (k > j + 1) continue;
      const name = text.slice(j + 1 - k, j + 1);
      const divisions = byName.get(name);
      if (divisions) {
        found.push({ name, start: j + 1 - k, end: j + 1, divisions, alias: false });
        break;
      }
    }
  }
  if (options.aliases) {
    for (let i = 0; i + 1 < text.length; i++) {
      if (!aliasFirst[text.charCodeAt(i)]) continue;
      const lengths = aliasLengthsByStart.get(pairAt(text, i));
      if (!lengths) continue;
      for (const k of lengths) {
        const name = text.slice(i, i + k);
        const divisions = byAlias.get(name);
        if (divisions) {
          found.push({ name, start: i, end: i + k, divisions, alias: true });
          break;
        }
      }
    }
  }
  return chain(dropOverlaps(found, text.length));
}

// Where two names overlap, the longer (then the earlier) stays: `六盘水市` over `盘水市`-like fragments,
// and a full name over the alias inside it (`天津市` over `天津`). Names kept mark the characters they
// cover, so a name is checked against them in the few characters it has (a long text names many places).
function dropOverlaps(found: Mention[], textLength: number): Mention[] {
  if (found.length < 2) return found;
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const covered = new Uint8Array(textLength);
  const kept: Mention[] = [];
  for (const m of byLength) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// A name right after another is narrowed to the divisions inside it: `天津市和平区` is Tianjin's. A short
// name (`城区`) with nothing before it to narrow it is dropped.
function chain(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const before = out[out.length - 1];
    if (before && before.end === m.start) {
      const inside = m.divisions.filter((d) => before.divisions.some((b) => liesIn(d, b) && d !== b));
      if (inside.length) {
        out.push({ ...m, divisions: inside });
        continue;
      }
    }
    if (isShortName(m.name) && !m.alias) continue;
    out.push(m);
  }
  return out;
}

/**
 * The chain of place names that starts at the first name in a short string (an issuer, a title):
 * `天津市和平区教育局` → [天津市, 和平区]. Empty when it names no place.
 */
export function leadingChain(s: string): Mention[] {
  const all = placeMentionsWithShort(s);
  const first = all[0];
  if (!first) return [];
  const out = [first];
  for (let i = 1; i < all.length && all[i]!.start === out[out.length - 1]!.end; i++) out.push(all[i]!);
  return out;
}

// In a name of a body, a short place name at the very start counts (`城区教育局`): it names the body.
function placeMentionsWithShort(s: string): Mention[] {
  const found = placeMentions(s);
  const name = s.slice(0, 2);
  const divisions = divisionIndex().byName.get(name);
  if (divisions && !found.some((m) => m.start < name.length)) found.unshift({ name, start: 0, end: 2, divisions, alias: false });
  return found;
}
