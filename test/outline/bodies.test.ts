// Body names are found by a scan that tries the name pattern only near a body character (局, 委, 厅); it
// must find exactly what the global regex run over the whole text finds.
import { describe, expect, it } from 'vitest';
import { BODY_CHARS, BODY_NAME, bodyNames, FIELDS } from '../../src/outline/bodies.js';
import { prng } from '../../scripts/prng.js';

const regexMatches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ index: m.index, name: m[0] }));

describe('bodyNames', () => {
  it('every body word holds a body character', () => {
    // BODY_NAME's source ends with the group of body words.
    const words = /\(\?:([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(BODY_NAME.source)![1]!.split('|');
    expect(words.length).toBeGreaterThan(3);
    for (const w of words) expect([...BODY_CHARS].some((c) => w.includes(c)), w).toBe(true);
  });

  it.each([
    ['天津市和平区教育局2023年工作报告', ['教育局']],
    ['市场监督管理局和市场监管局', ['市场监督管理局', '市场监管局']],
    ['局面大好,教育局势', []],
    ['委托卫健委办理', ['卫健委']],
    ['区城市管理综合行政执法局', ['城市管理综合行政执法局']],
    ['县生态环境分局2023年度报告', ['生态环境分局']],
    ['市场监督管理分局', ['市场监督管理分局']],
  ])('%s', (text, names) => expect(bodyNames(text).map((m) => m.name)).toEqual(names));

  it('finds what the global regex finds, in texts made of field words, body words and other characters', () => {
    const random = prng(20240611);
    const pieces = [
      ...Object.values(FIELDS).flat(), '局', '委', '厅', '分局', '分', '委员会', '管理局', '行政执法局', '综合行政执法局', '面', '势', '托',
      '教委', '发改委', '住建委', '经信', '卫计', '和', '市', '区', '县', '的', ',', '。', '\n', ' ', '2023年', '我局', '教育', '管理',
    ];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const n = 1 + Math.floor(random() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(bodyNames(text), text).toEqual(regexMatches(BODY_NAME, text));
    }
  });
});
