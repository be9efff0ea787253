// Same report, any container: a seed rendered as GB18030, Big5, UTF-16, a web page, DOCX or PDF
// gives the record the plain text gives. Offsets differ between containers (they point into each
// container's own text), so the record is compared on what does not depend on them.
import { describe, expect, it } from 'vitest';
import { parseBytes, parseReport } from '../../src/parse.js';
import type { Report } from '../../src/schema.js';
import { lines, seeds, squeeze, variantsOf } from './helpers.js';

const FORMAT: Record<string, Report['format']> = { txt: 'text', html: 'html', docx: 'docx', pdf: 'pdf' };
const ENCODING: Record<string, string> = {
  'utf8-bom': 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  big5: 'big5',
  page: 'utf-8',
  'page-gb2312': 'gb18030',
  docx: 'utf-8',
  pdf: 'unicode',
};

const outline = (r: Report) => r.headings.map((h) => ({ level: h.level, title: h.title }));

describe.each(seeds.map((s) => [s.name, s] as const))('%s', (_name, s) => {
  const plain = parseReport(s.text);

  it('renders to every container (Big5 only for Traditional text)', async () => {
    const names = (await variantsOf(s)).map((v) => v.name);
    expect(names).toEqual(['utf8-bom', 'utf16le', 'utf16be', 'gb18030', ...(s.traditional ? ['big5'] : []), 'page', 'page-gb2312', 'docx', 'pdf']);
  });

  it('every container gives the seed’s text, summary and headings', async () => {
    for (const v of await variantsOf(s)) {
      const r = await parseBytes(v.bytes, { includeText: true });
      const where = `${s.name} as ${v.name}`;
      expect([r.format, r.encoding], where).toEqual([FORMAT[v.ext], ENCODING[v.name]]);
      expect(r.warnings, where).toEqual([]);
      // The real test of the input layer: the text itself, layout aside.
      if (v.ext === 'pdf') expect(lines(r.text!).map(squeeze), where).toEqual(lines(s.text).map(squeeze));
      else if (v.ext === 'txt') expect(r.text, where).toBe(s.text);
      else expect(lines(r.text!), where).toEqual(lines(s.text));
      expect(r.summary, where).toEqual(plain.summary);
      expect(outline(r), where).toEqual(outline(plain));
      expect([r.title, r.year, r.issuer, r.script], where).toEqual([plain.title, plain.year, plain.issuer, plain.script]);
      // One report, one id: the same docId, kind and region in every container.
      expect([r.docId, r.reportType, r.region, r.bodyType], where).toEqual([plain.docId, plain.reportType, plain.region, plain.bodyType]);
    }
  });
});
