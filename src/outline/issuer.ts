// The issuing education bureau: a place name (`西青区`, `天津市和平区`) right before an organisation
// word (教育局, 教育委员会, 教委, 教育和体育局, 教体局). A name counts only if it starts at a clear
// boundary (line start, punctuation, a year) and its place is no common word: `截止目前区教育局`,
// `全区教育局`, `**区教育局` and a bare `区教育局` name nobody.
import { isHan } from './ranges.js';

const ORG = /教育(?:和)?(?:体育|科技|科学技术|文体|文化体育)?局|教育委员会|教委|教体局/g;
/** The last character of a place that runs an education bureau. */
const PLACE_END = '区县市旗州盟';
/** Where a higher-level place ends inside a longer name: `天津市|和平区`. */
const PREFIX_END = '省市州盟';
/** Longest Han run read back from the organisation word; a longer one has no clear start. */
const MAX_RUN = 16;
const MIN_CORE = 2;
const MAX_CORE = 8;

// Words that open a clause before a name (`在西青区…`, `关于和平区…`): dropped from the front.
const LEAD_WORDS = ['关于', '在', '由', '经', '据', '与', '把', '被', '对于'];
// Words that show the 'place' is part of a sentence: `截止目前区教育局`, `同时区教育局`.
const NOT_PLACE = /目前|截止|截至|至今|当前|现在|同时|其中|此外|另外|通过|根据|按照|依据|联合|会同|配合|组织|要求|我们|全面|积极|认真|以来|今年|去年|本年/;
// Deictic prefixes (`我市`, `全省`) are no part of a name.
const DEICTIC = /^[我本全该各]/;

/** The place before an organisation word that ends at `orgStart`, or null. */
function placeBefore(text: string, orgStart: number): string | null {
  let i = orgStart;
  while (i > 0 && orgStart - i < MAX_RUN && isHan(text.charCodeAt(i - 1))) i--;
  if (i > 0 && isHan(text.charCodeAt(i - 1))) return null;
  let run = text.slice(i, orgStart);
  // A year before the name (`2023年西青区教育局`, `2023年度…`) is no part of it.
  const y = run.lastIndexOf('年');
  if (y >= 0) run = run.slice(run[y + 1] === '度' ? y + 2 : y + 1);
  for (const w of LEAD_WORDS) if (run.startsWith(w)) run = run.slice(w.length);
  if (!PLACE_END.includes(run[run.length - 1] ?? '')) return null;

  // Split off a higher-level place: 天津市 | 和平 | 区.
  const body = run.slice(0, -1);
  let cut = -1;
  for (let k = body.length - 1; k >= 1; k--) {
    if (PREFIX_END.includes(body[k]!)) {
      cut = k + 1;
      break;
    }
  }
  const prefix = cut > 0 ? body.slice(0, cut) : '';
  const core = body.slice(cut > 0 ? cut : 0);
  if (core.length < MIN_CORE || core.length > MAX_CORE || NOT_PLACE.test(core) || DEICTIC.test(core)) return null;
  if (prefix && NOT_PLACE.test(prefix)) return null;
  return DEICTIC.test(prefix) ? run.slice(prefix.length) : run;
}

function namesIn(text: string, skip: (at: number) => boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ORG)) {
    if (skip(m.index)) continue;
    const place = placeBefore(text, m.index);
    if (place) out.push(place + m[0]);
  }
  return out;
}

/** The issuer named in a title, or null. */
export function issuerInTitle(title: string): string | null {
  return namesIn(title, () => false)[0] ?? null;
}

// A name that ends in another name found in the text is that name: `天津市和平区教育局` and a
// clause's verb glued to the front (`带领和平区教育局`) both count as `和平区教育局`.
function shortest(name: string, all: ReadonlySet<string>): string {
  for (let k = 1; k < name.length; k++) {
    const tail = name.slice(name.length - k);
    if (all.has(tail)) return tail;
  }
  return name;
}

/** The bureau the body names most often (ties: the earliest), outside chrome; null if none. */
export function issuerInBody(text: string, skip: (at: number) => boolean): string | null {
  const raw = namesIn(text, skip);
  const all = new Set(raw);
  const names = raw.map((n) => shortest(n, all));
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | undefined;
  for (const n of names) if (best === undefined || counts.get(n)! > counts.get(best)!) best = n;
  return best ?? null;
}
