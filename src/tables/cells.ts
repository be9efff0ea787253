// Cells of a table as the document step reads them: a value cell (`12175`, `1,753.79`, `95%`, `293宗`),
// a dash for nothing (`-`, `—`, `/`), or a label (`合计(宗)`, `罚没金额 (元)`) with the unit its
// parenthesis states. All text here is normalised (Simplified, half-width).
import { fromDigits, shift, toNumber } from '../numbers/decimal.js';

/** A cell read from the normalised text: its trimmed words and where they stand. */
export interface RawCell {
  text: string;
  start: number;
  end: number;
}

/** The units a table states in headers, captions or cells. */
export const TABLE_UNITS = ['万元', '亿元', '元', '人次', '家次', '宗', '件', '起', '次', '人', '名', '个', '家', '户', '所', '项', '%'] as const;

const NUMBER = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const UNIT_ALTERNATION = TABLE_UNITS.join('|');
const VALUE = new RegExp(`^(${NUMBER})\\s*(${UNIT_ALTERNATION})?$`);
// `—`, `-`, `/`, `无`: a cell that states there is nothing (or nothing to report).
const DASH = /^(?:[-—–/\\~]+|无)$/;
const YEAR = /^(?:19|20)\d{2}$/;

/** A value cell: the number as written and the unit written in the cell (`293宗` → 宗), if any. */
export interface CellValue {
  number: number;
  /** The number's digits as written, without thousands separators (`1,753.79` → `1753.79`). */
  digits: string;
  unit: string | null;
}

/**
 * Reads a value cell; null for anything else (labels, dashes, empty cells).
 *
 * @example
 * readValue('1,753.79'); // { number: 1753.79, unit: null }
 * readValue('293宗');     // { number: 293, unit: '宗' }
 * readValue('合计');      // null
 */
export function readValue(text: string): CellValue | null {
  const trimmed = text.trim();
  // A value starts with a digit or a sign: other cells (most) are not searched.
  const first = trimmed.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d)) return null;
  const m = VALUE.exec(trimmed);
  if (!m) return null;
  const digits = m[1]!.replace(/,/g, '');
  const number = Number(digits);
  return Number.isFinite(number) ? { number, digits, unit: m[2] ?? null } : null;
}

export const isDash = (text: string) => DASH.test(text.trim());
/** A bare four-digit year (`2024`): a header of a year column, not a figure. */
export const isBareYear = (text: string) => YEAR.test(text.trim());

// A unit in parentheses, anywhere in a label: `合计(宗)`, `罚没金额 (元)`, `持证率(%)`, `(单位:万元)`.
const UNIT_IN_LABEL = new RegExp(`[(]\\s*(?:单位\\s*[:]\\s*)?((?:${UNIT_ALTERNATION})(?:\\s*[/、]\\s*(?:${UNIT_ALTERNATION}))?)\\s*[)]`);
const SPACE = /\s+/g;

/** A header label split into its words and its unit. */
export interface Label {
  /** The label without unit and without white space (`没收违法 所得` → `没收违法所得`). */
  name: string;
  unit: string | null;
}

/**
 * Splits a header label into name and unit.
 *
 * @example
 * splitLabel('罚没金额 (万元)'); // { name: '罚没金额', unit: '万元' }
 * splitLabel('行政 拘留');       // { name: '行政拘留', unit: null }
 */
export function splitLabel(text: string): Label {
  const m = text.includes('(') ? UNIT_IN_LABEL.exec(text) : null;
  const unit = m ? m[1]!.replace(SPACE, '') : null;
  const name = (m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text).replace(SPACE, '');
  return { name, unit };
}

/** A label that is only a unit, as a wrapped header cell leaves it on a line of its own: `(宗)`. */
export const isUnitOnly = (text: string) => {
  const { name, unit } = splitLabel(text);
  return unit !== null && name === '';
};

/** Money units, and the factor that turns them into yuan. */
const MONEY: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };
export const isMoneyUnit = (unit: string | null) => unit !== null && unit in MONEY;

/** Money units and the power of ten that turns them into yuan. */
const YUAN_PLACES: Record<string, number> = { 元: 0, 万元: 4, 亿元: 8 };

/**
 * A cell's number in yuan, exactly, in decimal arithmetic (`1753.79` 万元 → 17537900, never
 * 17537899.999999998); null for a unit that is no money or a negative figure.
 *
 * @example
 * toYuan('1753.79', '万元'); // 17537900
 */
export function toYuan(digits: string, unit: string | null): number | null {
  const places = unit === null ? undefined : YUAN_PLACES[unit];
  if (places === undefined || !/^\+?\d+(?:\.\d+)?$/.test(digits)) return null;
  return toNumber(shift(fromDigits(digits.replace(/^\+/, '')), places));
}

const HAN = /[\u3400-\u9fff]/;
/** A sentence's stop: no cell has one. */
export const SENTENCE_MARK = /[。;!?]/;
// Lines that open a section or a list: never a header cell.
const HEADING_MARKER = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部章节]|\d+[.、．]|\(\d+\))/;
const MAX_LABEL = 30;

/**
 * A line that can stand as one header cell in a one-cell-per-line table: a short label with Han
 * characters, no sentence mark, not a heading, not a caption or a note (no colon at its end).
 */
export function isLabelLine(text: string): boolean {
  if (text === '' || text.length > MAX_LABEL || readValue(text) || isDash(text)) return false;
  if (SENTENCE_MARK.test(text) || /[:]$/.test(text) || /[|\t]/.test(text) || HEADING_MARKER.test(text)) return false;
  if (isCaptionLine(text) || isUnitLine(text)) return false;
  return HAN.test(text) || isUnitOnly(text);
}

// `表一`, `表2:`, `附表3`; titles of statistics tables (`行政处罚实施情况统计表`, `…一览表`).
const TABLE_NUMBER = /^(?:附)?表\s*[一二三四五六七八九十\d]+\s*[:]?\s*/;
const TABLE_TITLE = /(?:统计|情况|汇总|一览|数据|明细|实施)表/;

/** A caption line: a table number, a table title, or both. */
export const isCaptionLine = (text: string) => TABLE_NUMBER.test(text) || (TABLE_TITLE.test(text) && !SENTENCE_MARK.test(text) && text.length <= 60);
export const isTableNumber = (text: string) => TABLE_NUMBER.test(text) && text.replace(TABLE_NUMBER, '') === '';

// `单位:宗、万元`, `金额单位:万元`, `(单位:件)`.
const UNIT_LINE = new RegExp(`^[(]?(?:金额|计量)?单位\\s*[:]\\s*((?:${UNIT_ALTERNATION})(?:\\s*[、,/;]\\s*(?:${UNIT_ALTERNATION}))*)\\s*[)]?$`);

/** A caption's unit line: the units it lists, or null when the line is none. */
export function unitLine(text: string): string[] | null {
  const m = UNIT_LINE.exec(text.trim());
  return m ? m[1]!.split(/\s*[、,/;]\s*/) : null;
}
export const isUnitLine = (text: string) => unitLine(text) !== null;
