// Word segmentation and keywords with nodejieba. Its dictionaries cost ~1.5 s and ~300 MB, so the native
// module is required on the first call that needs it, never at import time, and loaded once per process.
// nodejieba is an optional dependency (it compiles from source where no prebuilt binary can be fetched):
// without it these two functions throw SEGMENTER_UNAVAILABLE and the rest of the library works.
// Jieba reads the normalised (Simplified, half-width) text, which has the source's length; tokens are
// aligned back to it by walking both, and every token's `word` is cut from the source itself.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Nodejieba from 'nodejieba';
import { nodeFs } from './builtins.js';
import { ReportError } from './errors.js';
import { here } from './load.js';
import { normalize } from './normalize.js';

/** A word of the source text. `text.slice(start, end) === word`. */
export interface Token {
  /** The word as written in the source (Traditional stays Traditional, full-width stays full-width). */
  word: string;
  /** JavaScript string offset of the word's first UTF-16 unit in the text given. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** Jieba's part-of-speech tag (`n`, `v`, `m`, `eng`, `x`, …); only with `tags: true`. */
  tag?: string;
}

/**
 * Words to add to jieba's dictionary: a path to a file in jieba's user-dictionary format (one word a line,
 * optionally followed by a frequency and a part-of-speech tag: `双随机一公开 nz`), or the lines themselves
 * (`['校外培训机构', '罚没款 n']`). Jieba keeps one dictionary per process, so added words stay for later
 * calls; the frequency is read but not used (nodejieba gives user words a fixed weight).
 */
export type UserDict = string | readonly string[];

export interface SegmentOptions {
  /** Add jieba's part-of-speech tag to every token. Default `false`. */
  tags?: boolean;
  /**
   * Let jieba's HMM join words that are not in its dictionary. Default `true`: with it off, jieba cuts
   * digit and Latin runs into single characters (`100100` → `1`, `0`, `0`, …).
   */
  hmm?: boolean;
  /** More words for jieba's dictionary, on top of the enforcement terms shipped with the package. */
  userDict?: UserDict;
}

export interface KeywordOptions {
  /** How many keywords at most. Default `10`; `Infinity` for all. */
  n?: number;
  /** Keep only words with these part-of-speech tags (jieba's: `n`, `nz`, `v`, `vn`, …). Default: all. */
  allowPOS?: readonly string[];
  /** More words for jieba's dictionary, on top of the enforcement terms shipped with the package. */
  userDict?: UserDict;
}

/** A keyword with its TF-IDF weight (higher is more characteristic of the text). */
export interface Keyword {
  /** The word in Simplified, half-width form (as matched against jieba's dictionaries). */
  word: string;
  weight: number;
}

type Jieba = typeof Nodejieba;

let jieba: Jieba | undefined;
let unavailable: ReportError | undefined;


// The enforcement terms shipped with the package, added to jieba on its first load. The file sits one
// level above this module both in the sources (src/) and in the build (dist/).
const ENFORCEMENT_DICT = () => new URL('../dict/enforcement.txt', here());

// Requires nodejieba, loads its dictionaries and adds the enforcement terms, once. We never call `load()`
// ourselves: nodejieba loads its default dictionaries on its first call, so a process that already uses
// it does not load them twice.
function getJieba(): Jieba {
  if (jieba) return jieba;
  if (unavailable) throw unavailable;
  let mod: Jieba;
  try {
    mod = createRequire(here())('nodejieba') as Jieba;
    mod.cut('', true); // loads the dictionaries (and the native binding, which may be missing)
  } catch (err) {
    unavailable = new ReportError(
      'SEGMENTER_UNAVAILABLE',
      'segment and keywords need nodejieba, an optional dependency that is not installed here or could not be built ' +
        `(${err instanceof Error ? err.message.split('\n')[0] : String(err)}). Install it with \`npm install nodejieba\`; ` +
        'where no prebuilt binary can be downloaded it compiles from source, which needs python3, make and g++ ' +
        '(on Debian or Ubuntu: apt-get install python3 make g++). parseReport and the CLI do not need it.',
      { cause: err },
    );
    throw unavailable;
  }
  jieba = mod;
  addWords(mod, readDictFile(ENFORCEMENT_DICT()));
  return mod;
}

// What has been added to jieba already: dictionary files by path, words by word and tag.
const loadedFiles = new Set<string>();
const addedWords = new Set<string>();

interface DictEntry {
  word: string;
  tag?: string;
}

// A line of jieba's user dictionary: `word [frequency] [tag]`. The word is normalised as the text is
// (Traditional → Simplified, full-width → half-width), since jieba only ever sees normalised text.
function parseDictLine(line: string): DictEntry | undefined {
  const [word, ...rest] = line.replace(/^\ufeff/, '').trim().split(/\s+/);
  if (!word) return undefined;
  const tag = rest.find((r) => !/^\d+(?:\.\d+)?$/.test(r));
  return tag ? { word: normalize(word).text, tag } : { word: normalize(word).text };
}

function readDictFile(path: string | URL): DictEntry[] {
  let text: string;
  try {
    text = nodeFs().readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const shown = path instanceof URL ? fileURLToPath(path) : path;
    throw new ReportError(
      code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE',
      `cannot read the user dictionary ${shown} (${code ?? String(err)}); check the path`,
      { cause: err },
    );
  }
  return text.split(/\r?\n/).flatMap((line) => parseDictLine(line) ?? []);
}

function addWords(j: Jieba, entries: readonly DictEntry[]): void {
  for (const { word, tag } of entries) {
    const key = `${word}\t${tag ?? ''}`;
    if (addedWords.has(key)) continue;
    if (tag) j.insertWord(word, tag);
    else j.insertWord(word);
    addedWords.add(key);
  }
}

// Adds a caller's user dictionary (file or lines) to jieba, once per file and once per word.
function useDict(j: Jieba, fn: string, dict: UserDict | undefined): void {
  if (dict === undefined) return;
  if (typeof dict === 'string') {
    if (loadedFiles.has(dict)) return;
    addWords(j, readDictFile(dict));
    loadedFiles.add(dict);
  } else if (Array.isArray(dict) && dict.every((w) => typeof w === 'string')) {
    addWords(j, dict.flatMap((line) => parseDictLine(line) ?? []));
  } else {
    throw new TypeError(`${fn}: userDict must be a path or an array of words`);
  }
}

/**
 * Whether nodejieba's dictionaries are loaded in this module (by an earlier `segment` or `keywords` call).
 * For tests and benchmarks: importing the library never loads them.
 *
 * @example
 * isSegmenterLoaded(); // false
 * segment('行政执法');
 * isSegmenterLoaded(); // true
 */
export function isSegmenterLoaded(): boolean {
  return jieba !== undefined;
}

// Lone surrogates reach jieba as U+FFFD; replacing them first keeps the text jieba sees the same length.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const BLANK = /^\s*$/;

// The text jieba reads (normalised, same length as the source today) and the way back to the source.
function prepare(source: string): { text: string; toSource: (offset: number) => number } {
  const n = normalize(source);
  return { text: n.text.replace(LONE_SURROGATE, '\ufffd'), toSource: n.toSource };
}

// Finds where each of jieba's words stands in `text`. Jieba returns the text cut into pieces in order;
// should it drop characters (white space, in some versions) the walk skips them, and should it alter a
// word we take as many units as the word has, so later words still line up.
function align(text: string, words: readonly string[]): Array<[start: number, end: number]> {
  const spans: Array<[number, number]> = [];
  let pos = 0;
  for (const w of words) {
    if (w.length === 0 || pos >= text.length) continue;
    let start = pos;
    if (!text.startsWith(w, pos)) {
      const found = text.indexOf(w, pos);
      if (found > pos && BLANK.test(text.slice(pos, found))) start = found;
    }
    const end = Math.min(start + w.length, text.length);
    spans.push([start, end]);
    pos = end;
  }
  return spans;
}

// Tags for words cut without HMM. Jieba's tagger is context-free (dictionary, then a rule for digits
// and Latin letters), so tagging a word alone gives the tag it would have in the sentence.
function tagWords(j: Jieba, words: readonly string[]): string[] {
  const memo = new Map<string, string>();
  return words.map((w) => {
    let tag = memo.get(w);
    if (tag === undefined) {
      const tagged = j.tag(w);
      tag = tagged.length === 1 && tagged[0]!.word === w ? tagged[0]!.tag : 'x';
      memo.set(w, tag);
    }
    return tag;
  });
}

/**
 * Cuts text into words with jieba, each with its offsets in the text given. Traditional and full-width
 * text is segmented in its Simplified, half-width form and reported as written. White space is not
 * returned; punctuation is, as one-character tokens. The first call loads jieba's dictionaries
 * (~1.5 s, ~300 MB), later calls reuse them.
 *
 * @param text Any text: a report, a section, a sentence.
 * @param options `tags` (default `false`) adds part-of-speech tags; `hmm` (default `true`) keeps numbers
 * and unknown words whole.
 * @example
 * segment('共办理行政处罚案件4起，罚没金额100100元').map((t) => t.word);
 * // ['共', '办理', '行政处罚', '案件', '4', '起', '，', '罚没', '金额', '100100', '元']
 *
 * const [t] = segment('聯合督查３０餘次', { tags: true });
 * t; // { word: '聯合', start: 0, end: 2, tag: 'v' }   (the tag jieba gives 联合)
 */
export function segment(text: string, options: SegmentOptions = {}): Token[] {
  if (typeof text !== 'string') throw new TypeError(`segment takes a string, not ${typeof text}`);
  if (typeof options !== 'object' || options === null) throw new TypeError('segment: options must be an object');
  if (BLANK.test(text)) return [];
  const { tags = false, hmm = true } = options;
  const j = getJieba();
  useDict(j, 'segment', options.userDict);
  const prepared = prepare(text);
  let words: string[];
  let wordTags: string[] | undefined;
  if (tags && hmm) {
    const tagged = j.tag(prepared.text);
    words = tagged.map((t) => t.word);
    wordTags = tagged.map((t) => t.tag);
  } else {
    words = j.cut(prepared.text, hmm);
    if (tags) wordTags = tagWords(j, words);
  }
  const spans = align(prepared.text, words);
  const tokens: Token[] = [];
  for (let i = 0; i < spans.length; i++) {
    const [from, to] = spans[i]!;
    const start = prepared.toSource(from);
    const end = to < prepared.text.length ? prepared.toSource(to) : text.length;
    const word = text.slice(start, end);
    if (end <= start || BLANK.test(word)) continue;
    tokens.push(wordTags ? { word, start, end, tag: wordTags[i]! } : { word, start, end });
  }
  return tokens;
}

// A keyword has at least one letter or ideograph: no bare numbers (`2024`, `100100`) or punctuation.
const HAS_LETTER = /\p{L}/u;

/**
 * The words most characteristic of a text by TF-IDF (jieba's extractor: its own IDF table and stop
 * words), highest weight first; ties by word. Words are given in Simplified, half-width form; bare
 * numbers are left out. Pass a section's text to get that section's keywords. The first call loads
 * jieba's dictionaries (~1.5 s, ~300 MB).
 *
 * @param text Any text.
 * @param options `n` (default `10`, `Infinity` for all) keywords at most; `allowPOS` keeps only words
 * with these part-of-speech tags; `userDict` adds words to jieba's dictionary.
 * @example
 * keywords('区教育局开展校外培训机构专项检查，检查校外培训机构32家。', { n: 3 });
 * // [{ word: '校外', weight: 20.93… }, { word: '培训', weight: 14.58… }, { word: '专项检查', weight: 11.74… }]
 *
 * // Nouns only, keywords per section, from the headings of a parsed report:
 * const r = parseReport(source);
 * const perSection = r.headings.map((h, i) => ({
 *   title: h.title,
 *   keywords: keywords(source.slice(h.start, r.headings[i + 1]?.start ?? source.length), { n: 5, allowPOS: ['n', 'nz', 'vn'] }),
 * }));
 */
export function keywords(text: string, options: KeywordOptions = {}): Keyword[] {
  if (typeof text !== 'string') throw new TypeError(`keywords takes a string, not ${typeof text}`);
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`keywords takes options, not ${typeof options}: write keywords(text, { n: ${String(options)} })`);
  }
  const { n = 10, allowPOS } = options;
  if (typeof n !== 'number' || !(n >= 0) || (!Number.isInteger(n) && n !== Infinity)) {
    throw new RangeError(`keywords: n must be a non-negative integer or Infinity, not ${String(n)}`);
  }
  if (allowPOS !== undefined && !(Array.isArray(allowPOS) && allowPOS.every((t) => typeof t === 'string'))) {
    throw new TypeError('keywords: allowPOS must be an array of part-of-speech tags');
  }
  if (n === 0 || BLANK.test(text)) return [];
  const j = getJieba();
  useDict(j, 'keywords', options.userDict);
  const { text: prepared } = prepare(text);
  // Ask for every word, so which of several equal weights make the cut does not depend on jieba's sort.
  let found = j
    .extract(prepared, prepared.length)
    .filter((k) => HAS_LETTER.test(k.word))
    .map((k) => ({ word: k.word, weight: k.weight }));
  if (allowPOS) {
    const allowed = new Set(allowPOS);
    const tags = tagWords(j, found.map((k) => k.word));
    found = found.filter((_, i) => allowed.has(tags[i]!));
  }
  return found
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, n);
}
