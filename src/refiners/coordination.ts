// Lists of case kinds: `行政复议、行政诉讼案件均为0件`, `行政处罚和行政复议案件各1件`,
// `行政复议、行政诉讼案件分别为1件、2件`. The nearest cue would name only the last kind;
// an analyst reads the whole list.
import { eachMatch } from '../matches.js';
import { kindInfo } from '../metrics/kinds.js';

/** Case kinds by the word that names them; 败诉 before 诉讼 so a loss is never read as a case. */
export const CASE_KEYWORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/败诉/g, 'litigation.lost'],
  [/行政复议|复议/g, 'reconsideration.cases'],
  [/行政诉讼|行政应诉|诉讼|应诉/g, 'litigation.cases'],
  [/行政处罚|处罚/g, 'penalty.cases'],
];

/** Every case kind named in `words`, in the order they are named. */
export function listedKinds(words: string): string[] {
  const found: { at: number; end: number; kind: string }[] = [];
  for (const [re, kind] of CASE_KEYWORDS) {
    eachMatch(re, words, (m) => {
      const end = m.index + m[0].length;
      // A word inside one already found (`诉讼` in `行政诉讼败诉`) is not a second kind.
      if (!found.some((f) => m.index < f.end && f.at < end)) found.push({ at: m.index, end, kind });
    });
  }
  const kinds: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (!kinds.includes(f.kind) && kindInfo(f.kind)) kinds.push(f.kind);
  return kinds;
}

/** `各`, `均为`: one figure for every listed kind. */
export const EACH = /(?:均为|均是|均|各为|各|都是|都为)$/;
/** `分别`: figures in the order the kinds were listed. */
export const RESPECTIVELY = '分别';
