// Numerals in section markers (一 … 九十九) and written-out years (二〇二三). Years are read by the one number
// parser the rules use; marker numbers, read on every line that may open a heading, by the few forms they
// take (test/outline/parts.test.ts checks that both readings agree on every string of those forms).
import { parseChineseNumber } from '../numbers/chinese.js';

const ARABIC_MARKER = /^\d{1,2}$/;
// 一 … 九, 十, 十一 … 十九, 二十 … 九十九 (and 一十, 一十五).
const CHINESE_MARKER = /^(?:([一二三四五六七八九])|([一二三四五六七八九])?十([一二三四五六七八九])?)$/;
const DIGITS = '一二三四五六七八九';
const digit = (c: string) => DIGITS.indexOf(c) + 1;

/** `一` → 1, `十二` → 12, `二十` → 20, `九十九` → 99; null for anything else (`0`, `05`, `三四`). */
export function smallNumber(s: string): number | null {
  if (ARABIC_MARKER.test(s)) return s[0] === '0' ? null : Number(s);
  const m = CHINESE_MARKER.exec(s);
  if (!m) return null;
  if (m[1]) return digit(m[1]);
  return (m[2] ? digit(m[2]) : 1) * 10 + (m[3] ? digit(m[3]) : 0);
}

/** `二〇二三` → 2023: a year written digit by digit in Chinese (○ and O are common stand-ins for 〇). */
export function spelledYear(s: string): number | null {
  if (!/^[〇○O零一二三四五六七八九]{4}$/.test(s)) return null;
  return parseChineseNumber(s.replace(/[○O]/g, '〇'));
}
