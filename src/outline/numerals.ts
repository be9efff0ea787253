// Chinese numerals as they occur in section markers (一 … 九十九) and written-out years (二〇二三).

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, 零: 0, O: 0, 0: 0,
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** `一` → 1, `十二` → 12, `二十` → 20, `九十九` → 99; null for anything else. */
export function smallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && DIGIT[s] ? DIGIT[s]! : null;
  if (s.length > 3 || s.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : DIGIT[s.slice(0, ten)];
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : DIGIT[rest];
  if (!tens || ones === undefined || (ten > 1)) return null;
  return tens * 10 + ones;
}

/** `二〇二三` → 2023: a year written digit by digit in Chinese; null if any character is no digit. */
export function spelledYear(s: string): number | null {
  let n = 0;
  for (const c of s) {
    const d = DIGIT[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}
