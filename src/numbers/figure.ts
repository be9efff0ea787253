// A figure in running text: a numeral run with what may follow it before the measure word. Reports write
// `300余万元`, `1000多万元`, `十余万元`, `二十几万元`, `十几起`, `十来个`, `三四十家`, `一两千人`, and text from PDF
// and Word puts spaces inside (`罚款 300 余万元`). The run is found once by the caller; this reads at most a
// few characters after it, so the scan stays linear.
import type { Qualifier } from '../schema.js';
import { parseNumeral } from './chinese.js';
import { DIGIT } from './places.js';

export interface Figure {
  /** Where the numeral starts (after a list comma in `3,4家`). */
  numStart: number;
  value: number;
  /** The qualifier the figure itself carries (`余` more_than, `来` approx, `三四十` at_least), or null. */
  qualifier: Qualifier | null;
  /** A bare 百, 千 or 万 (`近百所`, `万余人`): a figure only with a qualifier. */
  bare: boolean;
  /** Where the measure word may start. */
  next: number;
}

// Up to two spaces or tabs stand inside a figure in exported text; more is layout, not a figure.
function skipGap(text: string, p: number): number {
  for (let k = 0; k < 2 && (text[p] === ' ' || text[p] === '\t'); k++) p++;
  return p;
}

// 余 and 多: more than; 几 after a ten: more than (`十几` is 11–19); 来 after a round number: about.
const APPROX: Readonly<Record<string, Qualifier>> = { 余: 'more_than', 多: 'more_than', 几: 'more_than', 来: 'approx' };
const BIG_AFTER = ['万亿', '万', '亿', '千'] as const;
const ENDS_BIG = /[万亿]$/;
// `十几`, `二十几`, `20几`: 几 stands for the units digit of a ten.
const TENS = /(?:十|[1-9]\d*0)$/;
// `十来个`, `百来人`, `20来家`: 来 follows a round number.
const ROUND = /(?:[十百千万]|[1-9]\d*0)$/;
// `三四十`, `一两千`, `两三家`: two neighbouring digits are a range; it is read as at least the lower.
const RANGE = /^([一二两三四五六七八九])([二两三四五六七八九])([十百千]?[万亿]?)$/;
const BARE = /^[百千万]$/;

function range(run: string): number | null {
  const m = RANGE.exec(run);
  if (!m || DIGIT[m[2]!] !== DIGIT[m[1]!]! + 1) return null;
  return parseNumeral(m[1]! + m[3]!);
}

/** Reads the figure whose numeral run `run` starts at `start`; null when it is no figure. */
export function readFigure(text: string, start: number, run: string): Figure | null {
  let numStart = start;
  let p = skipGap(text, start + run.length);
  const approxChar = text[p]!;
  let qualifier: Qualifier | null = APPROX[approxChar] ?? null;
  if (qualifier) {
    if (approxChar === '几' && !TENS.test(run)) return null;
    if (approxChar === '来' && !ROUND.test(run)) return null;
    p = skipGap(text, p + 1);
  }
  // A big unit after 余/多/几 or a space (`300余万`, `300 万`); never a second one (`3万余万`).
  const spaced = p > start + run.length;
  let big = '';
  if (qualifier || spaced) big = BIG_AFTER.find((b) => text.startsWith(b, p)) ?? '';
  if (big) {
    if (ENDS_BIG.test(run)) return null;
    p = skipGap(text, p + big.length);
    if (!qualifier && (text[p] === '余' || text[p] === '多')) {
      qualifier = 'more_than'; // `300 万余元`
      p = skipGap(text, p + 1);
    }
  }
  const bare = BARE.test(run);
  let value = parseNumeral((bare ? '一' : '') + run + big);
  if (value === null && !qualifier) {
    const low = range(run + big);
    if (low !== null) return { numStart, value: low, qualifier: 'at_least', bare: false, next: p };
  }
  if (value === null && run.includes(',')) {
    // `分别为3,4家`: a list, not a thousands separator; the figure is the last item.
    const cut = run.lastIndexOf(',') + 1;
    numStart = start + cut;
    value = parseNumeral(run.slice(cut) + big);
  }
  if (value === null) return null;
  return { numStart, value, qualifier, bare, next: p };
}
