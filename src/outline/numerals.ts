// Numerals in section markers (一 … 九十九) and written-out years (二〇二三), read by the one number
// parser the rules use.
import { parseChineseNumber } from '../numbers/chinese.js';

/** `一` → 1, `十二` → 12, `二十` → 20, `九十九` → 99; null for anything else. */
export function smallNumber(s: string): number | null {
  if (!/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(s)) return null;
  const v = parseChineseNumber(s);
  return v !== null && Number.isInteger(v) && v >= 1 && v <= 99 ? v : null;
}

/** `二〇二三` → 2023: a year written digit by digit in Chinese (○ and O are common stand-ins for 〇). */
export function spelledYear(s: string): number | null {
  if (!/^[〇○O零一二三四五六七八九]{4}$/.test(s)) return null;
  return parseChineseNumber(s.replace(/[○O]/g, '〇'));
}
