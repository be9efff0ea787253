import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSegmenterLoaded, keywords, segment, type Token } from '../src/segment.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// Every token is where it says it is, tokens are in order without overlap, and only white space is left out.
function expectAligned(text: string, tokens: Token[]): void {
  let pos = 0;
  for (const t of tokens) {
    expect(text.slice(t.start, t.end), JSON.stringify(t)).toBe(t.word);
    expect(t.start).toBeGreaterThanOrEqual(pos);
    expect(t.end).toBeGreaterThan(t.start);
    expect(text.slice(pos, t.start)).toMatch(/^\s*$/);
    expect(t.word).not.toMatch(/^\s*$/);
    pos = t.end;
  }
  expect(text.slice(pos)).toMatch(/^\s*$/);
}

const words = (text: string, options?: Parameters<typeof segment>[1]) => segment(text, options).map((t) => t.word);

// Runs first: importing the module must not load jieba.
describe('lazy loading', () => {
  it('does not load jieba on import, and does on the first call', () => {
    expect(isSegmenterLoaded()).toBe(false);
    expect(segment('')).toEqual([]); // blank text needs no dictionary
    expect(segment(' \n\u3000')).toEqual([]);
    expect(keywords('')).toEqual([]);
    expect(isSegmenterLoaded()).toBe(false);
    segment('行政执法');
    expect(isSegmenterLoaded()).toBe(true);
  });

  it('does not even require nodejieba on import, in a fresh process', () => {
    const code = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const jieba = () => Object.keys(require.cache).filter((k) => k.includes('nodejieba')).length;
      const s = await import('./src/segment.ts');
      const before = { loaded: s.isSegmenterLoaded(), required: jieba() };
      s.segment('罚没金额100100元');
      const after = { loaded: s.isSegmenterLoaded(), required: jieba() };
      console.log(JSON.stringify({ before, after }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: root,
      encoding: 'utf8',
    });
    const { before, after } = JSON.parse(out.trim().split('\n').pop()!);
    expect(before).toEqual({ loaded: false, required: 0 });
    expect(after.loaded).toBe(true);
    expect(after.required).toBeGreaterThan(0);
  });
});

describe('segment', () => {
  it.each([
    // [text, words]
    ['共办理行政处罚案件4起，罚没金额100100元', ['共', '办理', '行政处罚', '案件', '4', '起', '，', '罚没', '金额', '100100', '元']],
    // Traditional: segmented as Simplified, reported as written
    ['共辦理行政處罰案件4起，罰沒金額100100元', ['共', '辦理', '行政處罰', '案件', '4', '起', '，', '罰沒', '金額', '100100', '元']],
    // full-width digits and punctuation: read as half-width, so the number stays whole
    ['罚没金额１００１００元！', ['罚没', '金额', '１００１００', '元', '！']],
    ['罚款１２.５万元', ['罚款', '１２.５', '万元']],
    // mixed script, decimals and Latin letters
    ['聯合督查30餘次，罚款12.5万元，PDF文件2份', ['聯合', '督查', '30', '餘次', '，', '罚款', '12.5', '万元', '，', 'PDF', '文件', '2', '份']],
  ])('%s', (text, expected) => {
    const tokens = segment(text);
    expect(tokens.map((t) => t.word)).toEqual(expected);
    expectAligned(text, tokens);
  });

  it('gives Traditional text the boundaries of its Simplified form', () => {
    const simplified = segment('区教育局开展执法检查，发现问题并责令整改');
    const traditional = segment('區教育局開展執法檢查，發現問題並責令整改');
    expect(traditional.map((t) => [t.start, t.end])).toEqual(simplified.map((t) => [t.start, t.end]));
    expect(traditional.map((t) => t.word)).toContain('執法檢查');
  });

  it('leaves out white space and keeps offsets after it', () => {
    const text = ' 一、基本情况\r\n\r\n\t区教育局　开展  检查 2024年\n';
    const tokens = segment(text);
    expectAligned(text, tokens);
    expect(tokens.map((t) => t.word)).toEqual(['一', '、', '基本', '情况', '区', '教育局', '开展', '检查', '2024', '年']);
    expect(tokens[0]).toEqual({ word: '一', start: 1, end: 2 });
  });

  it('counts offsets in UTF-16 units past astral characters and lone surrogates', () => {
    const text = '😀罚款\ud800100元𠀀检查';
    const tokens = segment(text);
    expectAligned(text, tokens);
    expect(tokens.find((t) => t.word === '100')).toEqual({ word: '100', start: 5, end: 8 });
    expect(tokens.find((t) => t.word === '检查')).toEqual({ word: '检查', start: 11, end: 13 });
  });

  it('keeps numbers whole by default; hmm: false cuts them into digits', () => {
    expect(words('罚没金额100100元')).toContain('100100');
    expect(words('罚没金额100100元', { hmm: true })).toContain('100100');
    expect(words('罚没金额100100元', { hmm: false })).toEqual(['罚没', '金额', '1', '0', '0', '1', '0', '0', '元']);
  });

  it('adds part-of-speech tags only on request', () => {
    expect(segment('罚没金额100100元').every((t) => !('tag' in t))).toBe(true);
    const tagged = segment('聯合督查100100元', { tags: true });
    expect(tagged).toEqual([
      { word: '聯合', start: 0, end: 2, tag: 'v' },
      { word: '督查', start: 2, end: 4, tag: 'vn' },
      { word: '100100', start: 4, end: 10, tag: 'm' },
      { word: '元', start: 10, end: 11, tag: 'm' },
    ]);
  });

  it('tags words cut without HMM as jieba tags them in a sentence', () => {
    const text = '区教育局开展行政执法检查';
    const withHmm = segment(text, { tags: true });
    const without = segment(text, { tags: true, hmm: false });
    expect(without.map((t) => t.word)).toEqual(withHmm.map((t) => t.word));
    expect(without).toEqual(withHmm);
  });

  it('rejects what is not a string', () => {
    expect(() => segment(42 as unknown as string)).toThrow(TypeError);
  });

  it('aligns every token of the seed reports', () => {
    const dir = `${root}fixtures/seeds`;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const tokens = segment(text);
      expect(tokens.length).toBeGreaterThan(100);
      expectAligned(text, tokens);
      expect(segment(text)).toEqual(tokens); // deterministic
    }
  });
});

describe('keywords', () => {
  const text =
    '区教育局开展校外培训机构专项检查，检查校外培训机构32家，责令整改校外培训机构5家。' +
    '全年共办理行政处罚案件4起，罚没金额100100元。组织执法人员培训3次。';

  it('returns n keywords, highest weight first', () => {
    const top = keywords(text, { n: 5 });
    expect(top).toHaveLength(5);
    expect(top[0]!.word).toBe('校外');
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.weight).toBeGreaterThanOrEqual(top[i]!.weight);
    expect(keywords(text)).toHaveLength(10); // default n
    expect(keywords(text, { n: 3 })).toEqual(top.slice(0, 3));
  });

  it('leaves out bare numbers', () => {
    const all = keywords(text, { n: Infinity });
    expect(all.length).toBeGreaterThan(10);
    expect(all.map((k) => k.word)).not.toContain('100100');
    expect(all.every((k) => /\p{L}/u.test(k.word))).toBe(true);
  });

  it('reads Traditional and full-width text as Simplified', () => {
    const traditional = '區教育局開展校外培訓機構專項檢查，檢查校外培訓機構３２家，責令整改校外培訓機構５家。';
    const simplified = '区教育局开展校外培训机构专项检查，检查校外培训机构32家，责令整改校外培训机构5家。';
    expect(keywords(traditional, { n: 5 })).toEqual(keywords(simplified, { n: 5 }));
  });

  it('gives keywords per section from heading offsets', () => {
    const source = '一、执法检查\n开展校外培训机构检查，检查培训机构32家。\n二、行政处罚\n办理行政处罚案件4起，罚没金额1万元。\n';
    const headings = [{ start: 0 }, { start: source.indexOf('二、') }];
    const perSection = headings.map((h, i) => keywords(source.slice(h.start, headings[i + 1]?.start ?? source.length), { n: 2 }));
    expect(perSection.map((ks) => ks.map((k) => k.word))).toEqual([
      expect.arrayContaining(['检查']),
      expect.arrayContaining(['行政处罚']),
    ]);
  });

  it('gives nothing for n = 0 and rejects a bad n', () => {
    expect(keywords(text, { n: 0 })).toEqual([]);
    expect(() => keywords(text, { n: -1 })).toThrow(RangeError);
    expect(() => keywords(text, { n: 1.5 })).toThrow(RangeError);
    expect(() => keywords(text, { n: Number.NaN })).toThrow(RangeError);
  });
});

describe('keywords options', () => {
  const text = '区教育局开展双随机、一公开抽查，责令整改3家，罚没款1万元，全面推行行政执法公示制度，法制审核率100%。';

  it('takes options only: a positional n is a TypeError that shows the new call', () => {
    expect(() => keywords(text, 5 as never)).toThrow(/keywords\(text, \{ n: 5 \}\)/);
    expect(() => keywords(text, 5 as never)).toThrow(TypeError);
  });

  it('keeps only the parts of speech asked for', () => {
    const all = keywords(text, { n: Infinity });
    const nouns = keywords(text, { n: Infinity, allowPOS: ['n', 'nz'] });
    expect(nouns.length).toBeGreaterThan(0);
    expect(nouns.length).toBeLessThan(all.length);
    const tagOf = (w: string) => segment(w, { tags: true })[0]!.tag;
    for (const k of nouns) expect(['n', 'nz'], k.word).toContain(tagOf(k.word));
    // the order and weights are those of the unfiltered list
    expect(nouns).toEqual(all.filter((k) => nouns.some((x) => x.word === k.word)));
    expect(keywords(text, { allowPOS: [] })).toEqual([]);
    expect(() => keywords(text, { allowPOS: 'n' as never })).toThrow(TypeError);
  });
});

describe('dictionaries', () => {
  it('knows the enforcement terms shipped in dict/enforcement.txt by default', () => {
    expect(words('开展双随机、一公开抽查，双随机一公开监管')).toEqual(['开展', '双随机、一公开', '抽查', '，', '双随机一公开', '监管']);
    expect(words('罚没款1万元，责令整改，法制审核，持证率100%')).toEqual(
      ['罚没款', '1', '万元', '，', '责令整改', '，', '法制审核', '，', '持证率', '100', '%'],
    );
    // also in Traditional: the dictionary is matched on the normalised text
    expect(words('雙隨機、一公開')).toEqual(['雙隨機、一公開']);
    expect(segment('持证率', { tags: true })).toEqual([{ word: '持证率', start: 0, end: 3, tag: 'n' }]);
    const shipped = readFileSync(`${root}dict/enforcement.txt`, 'utf8').trim().split('\n');
    expect(shipped.length).toBeGreaterThan(50);
    for (const line of shipped) expect(line).toMatch(/^\S+ [a-z]+$/); // jieba's format: word tag
  });

  it('takes words, with an optional frequency and tag, and keeps them for later calls', () => {
    expect(words('查处无证幼托点3处')).not.toContain('无证幼托点');
    expect(segment('查处无证幼托点3处', { userDict: ['无证幼托点 5 n'], tags: true })).toContainEqual(
      { word: '无证幼托点', start: 2, end: 7, tag: 'n' },
    );
    expect(words('无证幼托点')).toEqual(['无证幼托点']); // jieba has one dictionary per process
    // a Traditional entry matches Traditional and Simplified text
    expect(words('開展掃黃打非檢查', { userDict: ['掃黃打非'] })).toContain('掃黃打非');
    expect(words('开展扫黄打非检查')).toContain('扫黄打非');
  });

  it('reads a file in jieba format, for keywords too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dict-'));
    const file = join(dir, 'user.txt');
    writeFileSync(file, '\ufeff托管班备案 3 n\n\n午托机构 nz\r\n');
    const text = '核查托管班备案情况，检查午托机构12家，午托机构均已整改。';
    expect(keywords(text, { n: 3, userDict: file }).map((k) => k.word)).toContain('午托机构');
    expect(words(text)).toContain('托管班备案');
    expect(() => segment('检查', { userDict: join(dir, 'missing.txt') })).toThrow(
      expect.objectContaining({ name: 'ReportError', code: 'NOT_FOUND' }),
    );
    expect(() => segment('检查', { userDict: 42 as never })).toThrow(TypeError);
    rmSync(dir, { recursive: true });
  });
});

describe('without nodejieba (an optional dependency)', () => {
  it('segment and keywords throw SEGMENTER_UNAVAILABLE saying how to install it; parseReport works', () => {
    const code = `
      const lib = await import('./src/index.ts');
      const out = { summary: lib.parseReport('全年共办理行政处罚案件4起。').summary['penalty.cases']?.value };
      for (const [name, call] of [['segment', () => lib.segment('行政执法')], ['keywords', () => lib.keywords('行政执法')]]) {
        try { call(); out[name] = 'no error'; }
        catch (e) { out[name] = { isReportError: lib.isReportError(e), code: e.code, message: e.message }; }
      }
      out.blank = lib.segment('  ').length;
      console.log(JSON.stringify(out));`;
    const out = execFileSync(
      process.execPath,
      ['-r', `${root}test/fixtures/hide-nodejieba.cjs`, '--import', 'tsx', '--input-type=module', '-e', code],
      { cwd: root, encoding: 'utf8' },
    );
    const result = JSON.parse(out.trim().split('\n').pop()!);
    expect(result.summary).toBe(4);
    expect(result.blank).toBe(0); // blank text needs no dictionary
    for (const name of ['segment', 'keywords']) {
      expect(result[name]).toMatchObject({ isReportError: true, code: 'SEGMENTER_UNAVAILABLE' });
      expect(result[name].message).toMatch(/npm install nodejieba/);
      expect(result[name].message).toMatch(/python3, make and g\+\+/);
    }
  });
});
