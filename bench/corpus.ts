// The benchmark corpus, built from the five seed reports: deterministic (a fixed PRNG seed), so every run of
// `npm run bench` measures the same bytes.
//
// - NORMAL_COPIES varied copies of the seeds (copy i is a variant of seed i % 5): sentences shuffled within
//   each paragraph, the district renamed, all years shifted together, and the figures before measure words
//   (20人, 4起, 185家) redrawn, so no two copies are the same text and the figures differ from copy to copy;
// - for every seed a long report of LONG_FACTORS[0]× its length, and for GROWTH_SEEDS one of LONG_FACTORS[1]×:
//   k variants of the seed as the parts of one report (第一部分 …), the first being the seed's normal copy
//   (copy s), so the growth figures compare a report with itself made k times longer.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { prng } from '../scripts/prng.js';

export const SEEDS_DIR = resolve(import.meta.dirname, '../fixtures/seeds');
export const NORMAL_COPIES = 1000;
export const LONG_FACTORS = [10, 100] as const;
/** Seeds made 100× long (all five are made 10× long). */
export const GROWTH_SEEDS = [0, 3] as const;
const PRNG_SEED = 20240501;

export interface CorpusFile {
  /** File name in the corpus folder. */
  name: string;
  /** Index of the seed it is made from (sorted seed file names). */
  seed: number;
  /** 1 for a normal copy, else how many variants were joined. */
  factor: number;
  bytes: number;
}

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  seeds: string[];
  bytes: number;
}

const DISTRICTS = ['西青区', '和平区', '河西区', '南开区', '河北区', '红桥区', '东丽区', '津南区', '北辰区', '武清区', '宝坻区', '滨海新区', '宁河区', '静海区', '蓟州区', '朝阳区', '海淀区', '丰台区', '浦东新区', '黄浦区'];
const SEED_DISTRICTS = /西青区|和平区/g;
// A sentence ends at 。！？； (full- or half-width), the mark staying with its sentence.
const SENTENCE = /[^。！？；!?;]*[。！？；!?;]+|[^。！？；!?;]+$/g;
// A figure before a measure word, not part of a date, code or number run (no digit, dot or letter before it).
const FIGURE = /(?<![\d.,A-Za-z〔（(第])(\d{1,5})(?=\s?(?:人次|家次|余|多)?[人件起次家所项份名个条场期篇批户份])/g;
const YEAR = /(?<!\d)(20[12]\d)(?=\s?年)/g;

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 40 → 四十, 100 → 一百 (1 … 100). */
export function chineseNumeral(n: number): string {
  if (n === 100) return '一百';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens > 1 ? DIGITS[tens]! : '') + (tens > 0 ? '十' : '') + (ones > 0 ? DIGITS[ones]! : '');
}

/** One variant of a seed text: shuffled sentences, another district, shifted years, redrawn figures. */
export function vary(text: string, random: () => number): string {
  const district = DISTRICTS[Math.floor(random() * DISTRICTS.length)]!;
  const shift = -Math.floor(random() * 5); // 0 … -4 years
  return text
    .split('\n')
    .map((line) => {
      const sentences = line.match(SENTENCE);
      if (!sentences || sentences.length < 2) return line;
      // Fisher–Yates over the sentences of the paragraph.
      for (let i = sentences.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
      }
      return sentences.join('');
    })
    .join('\n')
    .replace(SEED_DISTRICTS, district)
    .replace(YEAR, (y) => String(Number(y) + shift))
    .replace(FIGURE, (n) => {
      const v = Number(n);
      // Same order of magnitude: 0.5× … 1.5×, at least 1 (a 0 stays 0: negations read zeros too).
      return v === 0 ? n : String(Math.max(1, Math.round(v * (0.5 + random()))));
    });
}

/** Writes the corpus into `dir` (created) and describes it. */
export async function buildCorpus(dir: string): Promise<Corpus> {
  await mkdir(dir, { recursive: true });
  const seeds = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const seedTexts = await Promise.all(seeds.map((f) => readFile(join(SEEDS_DIR, f), 'utf8')));
  const random = prng(PRNG_SEED);
  const files: CorpusFile[] = [];
  const normal: string[] = [];
  const add = async (name: string, seed: number, factor: number, text: string) => {
    await writeFile(join(dir, name), text);
    files.push({ name, seed, factor, bytes: Buffer.byteLength(text) });
  };
  for (let i = 0; i < NORMAL_COPIES; i++) {
    const seed = i % seeds.length;
    const text = vary(seedTexts[seed]!, random);
    normal.push(text);
    await add(`n${String(i).padStart(4, '0')}.txt`, seed, 1, text);
  }
  for (let s = 0; s < seeds.length; s++) {
    for (const factor of LONG_FACTORS) {
      if (factor !== LONG_FACTORS[0] && !(GROWTH_SEEDS as readonly number[]).includes(s)) continue;
      // The seed's normal copy first, then further variants, each a part of its own (第一部分 单位报告, …), as
      // in a compiled report. Without the part headings the outline would take every copy after the first
      // for more of the first one's last section, and a last section about the year ahead gives no figures:
      // the long report would be scanned but hardly extracted.
      const parts = [normal[s]!];
      for (let k = 1; k < factor; k++) parts.push(vary(seedTexts[s]!, random));
      await add(`long-${factor}x-${s}.txt`, s, factor, parts.map((p, k) => `第${chineseNumeral(k + 1)}部分 单位报告\n\n${p}`).join('\n\n'));
    }
  }
  return { dir, files, seeds, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}
