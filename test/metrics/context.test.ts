// contextsOf finds sentences and clauses from the stops of a text, read once; it must give the spans the
// walking sentenceAt and clauseAt give, at every position, within MAX_REACH of long sentences too.
import { describe, expect, it } from 'vitest';
import { clauseAt, contextsOf, sentenceAt } from '../../src/metrics/context.js';
import { prng } from '../../scripts/prng.js';

describe('contextsOf', () => {
  const random = prng(11);
  const pieces = ['检查', '12次', ',', '。', ';', '!', '?', '\n', ' ', '其中', '罚款', '共'];
  const texts = ['', '。', '检查12次', '一'.repeat(1500), `${'一'.repeat(700)},${'二'.repeat(900)}。三`];
  for (let k = 0; k < 300; k++) {
    let text = '';
    const n = Math.floor(random() * 60);
    for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
    texts.push(text);
  }
  // Long stretches without stops, so that MAX_REACH bounds the spans.
  texts.push(`${'检'.repeat(1300)}。${'查'.repeat(620)},${'罚'.repeat(1250)}`);

  it('gives the spans sentenceAt and clauseAt give, at every position', () => {
    for (const text of texts) {
      const c = contextsOf(text);
      for (let at = 0; at <= text.length; at++) {
        const s = sentenceAt(text, at);
        expect(c.sentenceAt(at)).toEqual(s);
        expect(c.clauseAt(at, s)).toEqual(clauseAt(text, at, s));
        // And within any span, even one that does not hold `at`.
        const other = { start: Math.floor(at / 2), end: Math.min(text.length, at + 3) };
        expect(c.clauseAt(at, other)).toEqual(clauseAt(text, at, other));
      }
    }
  });
});
