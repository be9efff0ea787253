// Page metadata: the labelled fields a government portal prints around a report (`发布机构:`,
// `来源:`, `发布日期:`, `公开主体:`, `主办单位`). Portals lay them out three ways: several on one line
// (`来源:静海区市场监督管理局 发布日期:2021-01-18`), a label alone on its line with the value on the
// next one (`发布机构:` / `大同市文物局`), and a label glued to its value without a colon in table-like
// headers (`主办单位黄石市商务局`). Read on the normalised text; offsets are into it.
import { splitLines, type Line } from './ranges.js';

/** One labelled field: `label` as printed (normalised), `value` trimmed, offsets of the value. */
export interface MetaField {
  label: string;
  value: string;
  start: number;
  end: number;
}

export interface PageMetadata {
  fields: MetaField[];
  /** The body that published the page (发布机构, 公开主体, 主办单位, 发文机关, 来源…), as printed. */
  publisher: string | null;
  /** The publication date as `YYYY-MM-DD` (发布日期, 发布时间, 成文日期…). */
  published: string | null;
}

// Labels whose value names the publishing body, strongest first: a 来源 may be a department
// (`来源:法规科`) or a website (`信息来源:平台发布`), so it comes last and must look like a body.
const PUBLISHER_LABELS = ['发布机构', '公开主体', '发文机关', '发布单位', '主办单位', '发布者', '来源', '信息来源', '文章来源', '稿件来源'];
const DATE_LABELS = ['发布日期', '发布时间', '成文日期', '发文日期', '发表时间', '生成日期', '日期', '时间', '更新时间', '更新日期'];
const OTHER_LABELS = [
  '索引号', '主题分类', '信息分类', '体裁分类', '组配分类', '服务对象', '文号', '发文字号', '有效性', '时效', '生效日期',
  '失效日期', '标题', '名称', '关键词', '主题词', '浏览次数', '字号', '字体', '作者', '责任编辑', '公报年份', '公报标题',
];
// Only these take their value from the next line: a publisher or a date can be checked for shape.
const NEXT_LINE_LABELS = new Set([...PUBLISHER_LABELS, ...DATE_LABELS]);
const LABELS = [...new Set([...PUBLISHER_LABELS, ...DATE_LABELS, ...OTHER_LABELS])].sort((a, b) => b.length - a.length);

// Portals space two- and three-character labels out to one width: `标  题`, `索 引 号`.
const SPACED_LABELS = LABELS.map((l) => [...l].join(' {0,3}')).join('|');
const unspaced = (label: string) => label.replace(/ /g, '');
// A label is a token: at line start or after white space / a bracket, followed by a colon.
const LABEL = new RegExp(`(?:^|(?<=[\\s|【\\[(]))(${SPACED_LABELS})\\s*[:：]`, 'g');
// Labels printed without a colon before their value, only at line start (`主办单位黄石市商务局`).
const GLUED = /^(主办单位|发布机构|公开主体|发文机关)(?=[\u4e00-\u9fff])/;
const MAX_META_LINE = 300;
// A value on its own line is short and carries no sentence mark.
const MAX_VALUE_LINE = 40;
// List bullets portals put before labels and values.
const BULLET = '(?:[•·●▪*-]\\s*)?';

const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** Reads the labelled metadata fields of a page (normalised text). */
export function readMetadata(text: string, lines: readonly Line[] = splitLines(text)): PageMetadata {
  const fields: MetaField[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Metadata lines are short; a paragraph is never one (and is not searched label by label).
    if (!line.text || line.text.length > MAX_META_LINE) continue;
    const hits = line.text.includes(':') || line.text.includes('：') ? [...line.text.matchAll(LABEL)] : [];
    const glued = hits.length === 0 ? GLUED.exec(line.text) : null;
    if (glued) {
      hits.push(Object.assign([glued[0], glued[1]], { index: 0, input: line.text }) as unknown as RegExpExecArray);
    }
    hits.forEach((m, k) => {
      const valueFrom = m.index + m[0].length;
      const valueTo = k + 1 < hits.length ? hits[k + 1]!.index : line.text.length;
      let value = line.text.slice(valueFrom, valueTo);
      let start = line.start + valueFrom;
      // Glued labels end where the next label-like word starts (`主办单位黄石市商务局 公报年份2023年`).
      if (glued) value = value.split(/\s/)[0]!;
      const lead = value.length - value.trimStart().length;
      value = value.trim();
      start += lead;
      // A label alone on its line: the value is the next content line, if it is no label itself.
      const label = unspaced(m[1]!);
      if (!value && k === hits.length - 1 && NEXT_LINE_LABELS.has(label)) {
        let j = i + 1;
        while (j < lines.length && !lines[j]!.text) j++;
        const next = lines[j];
        if (next && next.text.length <= MAX_VALUE_LINE && !/[。;]/.test(next.text) && !startsWithLabel(next.text)) {
          value = next.text.replace(new RegExp(`^${BULLET}`), '');
          start = next.end - value.length;
        }
      }
      if (value) fields.push({ label, value, start, end: start + value.length });
    });
  }
  return { fields, publisher: publisherOf(fields), published: publishedOf(fields) };
}

const LABEL_FIRST = new RegExp(`^${BULLET}(?:${SPACED_LABELS})\\s*[:：]`);
// Any short word and a colon (`称:`, a label cut by the page layout) is a label too.
const startsWithLabel = (s: string) => LABEL_FIRST.test(s) || GLUED.test(s) || /^[\u4e00-\u9fff]{1,6}\s*:/.test(s);

// A body's name ends in one of these; a department of one (`法规科`, `执法督察科`) or a website does not.
const BODY_END = /(?:局|委员会|委|厅|办公室|人民政府|政府|中心|支队|大队|管理处|院|所|站)$/;

function publisherOf(fields: readonly MetaField[]): string | null {
  for (const label of PUBLISHER_LABELS) {
    for (const f of fields) {
      if (f.label !== label) continue;
      const name = f.value.split(/\s/)[0]!;
      if (BODY_END.test(name) && name.length >= 3) return name;
    }
  }
  return null;
}

function publishedOf(fields: readonly MetaField[]): string | null {
  for (const label of DATE_LABELS) {
    for (const f of fields) {
      if (f.label !== label) continue;
      const m = DATE.exec(f.value);
      if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    }
  }
  return null;
}
