// The issuing body: a place, a field and a body word (`黄石市` `自然资源和规划` `局`, see ./bodies.ts).
// Where the report names it, strongest first: its title; a signature line at the end; the subject of
// a clause in the opening (`2023年,六盘水市水务局坚持…`, `现将市水务局2025年度…报告如下`); the page's
// metadata (`发布机构:`, `主办单位`); the subject of a line (`(一)市建设局根据…`); else the full name the
// body uses most. A relative name (`市商务局`, `区卫健委`) is what the text says; it is completed from a
// full name elsewhere in the text that ends in it (`湖州市商务局`). A masked name (`**区教育局`) names nobody.
import { bodyNames, COMMITTEE_NAME } from './bodies.js';
import { eachMatch } from '../matches.js';
import { placeMentions } from '../region/places.js';
import { isHan } from './ranges.js';

/** The last character of a place that runs a department. */
const PLACE_END = '区县市旗州盟省';
/** Where a higher-level place ends inside a longer name: `天津市|和平区`. */
const PREFIX_END = '省市州盟';
/** Longest Han run read back from the body name; a longer one has no clear start. */
const MAX_RUN = 16;
const MIN_CORE = 2;
const MAX_CORE = 8;

// Words that open a clause before a name (`在西青区…`, `关于和平区…`, `现将市水务局…`): dropped from the front.
const LEAD_WORDS = ['现将', '关于', '对于', '以及', '在', '由', '经', '据', '与', '和', '及', '并', '或', '把', '被', '将', '向', '对', '为', '是'];
// Words that show the 'place' is part of a sentence: `截止目前区教育局`, `同时区教育局`.
const NOT_PLACE = /目前|截止|截至|至今|当前|现在|同时|其中|此外|另外|通过|根据|按照|依据|联合|会同|配合|组织|要求|我们|全面|积极|认真|以来|今年|去年|本年|参加|带领|协助|指导|监督|落实|贯彻|执行|审议|开展|推进|加强|完善|协调|邀请|参与|支持|报送|上报|提交|提请|印发|转发|汇报|对接|依托|严格/;
const NOT_PLACES = new RegExp(NOT_PLACE.source, 'g');
// 我市/本区 are the bureau's own place, said relatively; 全区/各区/该县 are no place at all.
const OWN = /^[我本]$/;
const NOT_OWN = /^[全该各每]/;
// A name written with its place masked: `**区教育局`, `XX县教育局`, `×市…`.
const MASK_BEFORE = /[*＊xX×○〇]$/;

export interface NameHit {
  name: string;
  /** Offset of the name's first character, and of its end. */
  at: number;
  end: number;
  /** The place is one character (`市商务局`): which city the text does not say here. */
  relative: boolean;
  masked: boolean;
  /** The name is another body the report deals with (`按照天津市司法局要求`, `会同…`, `…的统一部署`). */
  other: boolean;
}

/** The chain of division names that ends the run (`天津市和平区`), or null. */
function knownPlaceAtEnd(run: string): string | null {
  if (run.length < 2) return null;
  const mentions = placeMentions(run);
  let start = run.length;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end !== start || (m.name.length <= 2 && start !== run.length)) break;
    start = m.start;
  }
  return start < run.length ? run.slice(start) : null;
}

/** Where the last match of a global regex in `s` ends, or -1. */
function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1;
  eachMatch(re, s, (m) => (end = m.index + m[0].length));
  return end;
}

/** The place before a body name that starts at `orgStart`, or null when none can be told. */
function placeBefore(text: string, orgStart: number): { place: string; relative: boolean; masked: boolean } | null {
  let i = orgStart;
  while (i > 0 && orgStart - i < MAX_RUN && isHan(text.charCodeAt(i - 1))) i--;
  if (i > 0 && isHan(text.charCodeAt(i - 1))) return null;
  let run = text.slice(i, orgStart);
  const masked = MASK_BEFORE.test(text.slice(Math.max(0, i - 2), i));
  // A year before the name (`2023年西青区教育局`, `2023年度…`) is no part of it.
  const y = run.lastIndexOf('年');
  if (y >= 0) run = run.slice(run[y + 1] === '度' ? y + 2 : y + 1);
  // Divisions the country has (`通过|湖州市`, `重庆市长寿区`) settle where the place starts; a name the
  // division list lacks (a new district, an invented one) is read by the words around it.
  const known = knownPlaceAtEnd(run);
  if (known) return { place: known, relative: false, masked };
  // A lead word goes when what is left is still a place: one place character (`以及|区`), or three and
  // more (`在|西青区`); `和平区` keeps its 和.
  for (let again = true; again; ) {
    again = false;
    for (const w of LEAD_WORDS) {
      const left = run.length - w.length;
      if (run.startsWith(w) && (left === 1 || left >= 3)) {
        run = run.slice(w.length);
        again = true;
      }
    }
  }
  // A verb or adverb before the place is the sentence's (`通过|湖州市`, `截止目前|区`): the place starts after it.
  const glued = lastMatchEnd(NOT_PLACES, run.slice(0, -1));
  if (glued > 0) run = run.slice(glued);
  if (!run || !PLACE_END.includes(run[run.length - 1]!)) return null;
  if (run.length === 1) return { place: run, relative: true, masked };
  if (run.length === 2 && OWN.test(run[0]!)) return { place: run.slice(1), relative: true, masked };
  if (NOT_OWN.test(run)) return null;

  // Split off a higher-level place: 天津市 | 和平 | 区.
  const body = run.slice(0, -1);
  let cut = -1;
  // The place itself keeps at least MIN_CORE characters (`郑州|市`, not `郑州` split at its 州).
  for (let k = body.length - 1 - MIN_CORE; k >= 1; k--) {
    if (PREFIX_END.includes(body[k]!)) {
      cut = k + 1;
      break;
    }
  }
  const prefix = cut > 0 ? body.slice(0, cut) : '';
  const core = body.slice(cut > 0 ? cut : 0);
  if (core.length < MIN_CORE || core.length > MAX_CORE || NOT_PLACE.test(core) || OWN.test(core[0]!) || NOT_OWN.test(core)) return null;
  if (prefix && NOT_PLACE.test(prefix)) return null;
  return { place: /^[我本全]/.test(prefix) ? run.slice(prefix.length) : run, relative: false, masked };
}

// Words that make a name another body than the issuer: one it follows, reports to or works with.
const OTHER_BEFORE = /(?:按照|根据|依据|依照|配合|联合|会同|协助|协调|向|报送|报请|参加|邀请|对接|接受|提请|经|与|和|及|同)$/;
const OTHER_AFTER = /^(?:的)?(?:部署|要求|统一|安排|组织的|印发|下发|转发|批复|同意|备案)/;

/** Every body name with its place, in order; `skip` leaves out offsets (page chrome, quoted titles). */
export function namesIn(text: string, skip: (at: number) => boolean = () => false): NameHit[] {
  const out: NameHit[] = [];
  // Every committee name ends in 委: most strings (titles, lines) have none, and are not searched.
  const committees = text.includes('委') ? Array.from(text.matchAll(COMMITTEE_NAME), (m) => ({ index: m.index, name: m[0] })) : [];
  for (const found of [bodyNames(text), committees]) {
    for (const m of found) {
      if (skip(m.index)) continue;
      const p = placeBefore(text, m.index);
      if (!p) continue;
      const at = m.index - p.place.length;
      const end = m.index + m.name.length;
      const other = OTHER_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || OTHER_AFTER.test(text.slice(end, end + 6));
      out.push({ name: p.place + m.name, at, end, relative: p.relative, masked: p.masked, other });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The issuer named in a title, or null. */
export function issuerInTitle(title: string): string | null {
  const hit = namesIn(title)[0];
  return hit && !hit.masked ? hit.name : null;
}

// What may stand between the start of a clause and its subject: time words, `现将`, a heading marker.
const SUBJECT_LEAD = new RegExp(
  '^(?:\\s|[一二三四五六七八九十]+、|\\([一二三四五六七八九十\\d]{1,3}\\)|\\d{1,2}[.、]|(?:19|20)\\d{2}年度?|以来|年来|今年|全年|近年|一年来|截[至止](?:目前|\\d{4}年底?)?|目前|现将|现就|此外|同时)*$',
);
const CLAUSE_MARKS = ',。;:!?\n';

/** Whether the name opens its clause: the clause's subject. */
function isSubject(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && at - k < 40 && !CLAUSE_MARKS.includes(text[k - 1]!)) k--;
  return SUBJECT_LEAD.test(text.slice(k, at));
}

// A name that ends in another name found in the text is that name: a clause's verb glued to the front
// (`带领和平区教育局`) reads as `和平区教育局`.
function shortest(name: string, all: ReadonlySet<string>): string {
  for (let k = 1; k < name.length; k++) {
    const tail = name.slice(name.length - k);
    if (all.has(tail)) return tail;
  }
  return name;
}

/** The full name the hits use most (ties: the earliest), or null. */
function mostUsed(hits: readonly NameHit[], accept: (name: string) => boolean = () => true): string | null {
  const full = hits.filter((h) => !h.relative && !h.masked && !h.other);
  const all = new Set(full.map((h) => h.name));
  const names = full.map((h) => shortest(h.name, all)).filter(accept);
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | undefined;
  for (const n of names) if (best === undefined || counts.get(n)! > counts.get(best)!) best = n;
  return best ?? null;
}

export interface IssuerSources {
  /** The title, when there is one. */
  title: string | null;
  /** The whole normalised text, and the offsets to pass over (chrome). */
  text: string;
  skip: (at: number) => boolean;
  /** Where the body starts (after the title) and how far the opening reaches. */
  openingStart: number;
  openingEnd: number;
  /** The signature lines: the last content lines of the report. */
  signature: readonly { start: number; end: number; text: string }[];
  /** The page's publisher from its metadata. */
  publisher: string | null;
}

// A government reports on its own rule-of-law work (`青山县人民政府2023年法治政府建设年度报告`). Its name
// stands in every bureau's report too (`县人民政府:` as addressee, `在县委、县人民政府领导下`), so it is
// taken only where it opens the title or is a signature line.
// Towns (镇, 乡) and sub-districts (街道办事处) report too.
const GOVERNMENT = /^(?:关于)?([\u4e00-\u9fff]{0,12}?(?:[省市区县旗州盟镇乡]人民政府(?:办公室|办公厅)?|街道办事处))/;
const GOVERNMENT_WORD = /(?:人民政府(?:办公室|办公厅)?|办事处)$/;

function governmentIn(s: string): string | null {
  const m = GOVERNMENT.exec(s);
  if (!m || /^[*＊xX×○〇某]/.test(m[1]!)) return null;
  const place = m[1]!.replace(GOVERNMENT_WORD, '');
  // `县人民政府` alone is a relative name, as `县教育局` is.
  const relative = place.length === 1 && PLACE_END.includes(place);
  return (relative || place.length >= 2) && !NOT_PLACE.test(place) && !NOT_OWN.test(place) ? m[1]! : null;
}

/** The issuing body of a report, or null where the text names none or masks it. */
export function findIssuer(src: IssuerSources): string | null {
  const { text } = src;
  const inBody = namesIn(text, src.skip);
  // Completes a relative name from the full names the text and page give.
  const complete = (hit: NameHit): string | null => {
    if (hit.masked) return null;
    if (!hit.relative) return hit.name;
    const extra = src.publisher ? namesIn(src.publisher) : [];
    return mostUsed([...inBody, ...extra], (n) => n.endsWith(hit.name)) ?? hit.name;
  };

  const fromTitle = src.title ? namesIn(src.title)[0] : undefined;
  if (fromTitle) return complete(fromTitle);
  const government = src.title ? governmentIn(src.title) : null;
  if (government) return government;

  // A signature line is the name alone (a masked one, `**区教育局`, names nobody), perhaps with its date.
  for (const line of src.signature) {
    const hit = namesIn(line.text)[0];
    if (!hit || hit.at > (hit.masked ? 3 : 0)) continue;
    if (hit.end === line.text.length || /^\s*\d{4}\s*年/.test(line.text.slice(hit.end))) return complete(hit);
  }
  for (const line of src.signature) {
    const g = governmentIn(line.text.trim());
    if (g && /^\s*(?:\d{4}\s*年.*)?$/.test(line.text.trim().slice(g.length))) return g;
  }

  const opening = inBody.find((h) => h.at >= src.openingStart && h.at < src.openingEnd && isSubject(text, h.at));
  if (opening) return complete(opening);

  const published = src.publisher ? namesIn(src.publisher)[0] : undefined;
  if (published && published.at === 0) return complete(published);

  const subject = inBody.find((h) => isSubject(text, h.at));
  if (subject) return complete(subject);

  return mostUsed(inBody);
}
