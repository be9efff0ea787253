// PDF → text through pdf.js (pdfjs-dist), loaded on first use so importing the library stays cheap.
// pdf.js gets the bytes only: no URL, no eval, no system fonts, no XFA; the CJK character maps and
// standard font metrics come from the installed package's own directories.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReportError } from '../errors.js';
import type { Warning } from '../schema.js';
import { lastIndexOfAscii } from './detect.js';
import { checkTextLength, raise, type Limits } from './limits.js';
import { pagesToText, type PageRuns, type Run } from './pdf-layout.js';
import type { Segment } from './pdf-tables.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;
const loadPdfjs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

// Where pdfjs-dist is installed: its cmaps/ and standard_fonts/ directories are read from disk.
let assetDir: string | null = null;
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  // import.meta is empty in the CommonJS build, where __filename exists instead.
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  assetDir ??= dirname(createRequire(here).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => join(assetDir!, name) + '/';
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm') };
}

const corrupt = (why: string, cause?: unknown) =>
  new ReportError('CORRUPT_FILE', `the PDF is damaged (${why}); download it again, or open it in a PDF reader and print it to a new PDF`, { cause });

/**
 * Extracts the text layer of a PDF in reading order. Throws `CORRUPT_FILE` for a truncated or
 * damaged PDF, `NO_TEXT` for a scan, `UNSUPPORTED_FORMAT` for a password-protected one and
 * `TOO_LARGE` past `maxPdfPages` or `maxTextLength`.
 *
 * @example
 * const { text } = await pdfToText(await readFile('report.pdf'), resolveLimits());
 */
export async function pdfToText(bytes: Uint8Array, limits: Limits): Promise<{ text: string; warnings: Warning[] }> {
  // Every complete PDF ends its last revision with %%EOF; without one the download was cut short.
  if (lastIndexOfAscii(bytes, '%%EOF') < 0) throw corrupt('it is truncated: there is no %%EOF marker');
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // pdf.js transfers (detaches) the buffer it is given: pass a copy
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    verbosity: 0, // errors only: the library never writes to the console
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw openError(err);
  }
  try {
    if (doc.numPages > limits.maxPdfPages) {
      throw new ReportError(
        'TOO_LARGE',
        `the PDF has ${doc.numPages.toLocaleString('en-US')} pages, over the limit of ${limits.maxPdfPages.toLocaleString('en-US')}; ${raise('maxPdfPages')} if it is a real report`,
      );
    }
    const pages: PageRuns[] = [];
    const empty: number[] = [];
    let failed = 0;
    let length = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PageRuns;
      try {
        page = await pageRuns(await doc.getPage(n), lib.OPS);
      } catch {
        failed++;
        page = { width: 0, runs: [] };
      }
      if (!page.runs.some((r) => r.str.trim())) empty.push(n);
      length += page.runs.reduce((sum, r) => sum + r.str.length, 0);
      checkTextLength(length, limits);
      pages.push(page);
    }
    if (failed === doc.numPages) throw corrupt('none of its pages can be read');
    const text = pagesToText(pages);
    if (!text.trim()) {
      throw new ReportError('NO_TEXT', 'the PDF has no text layer: it is probably a scan; run OCR on it first (e.g. `ocrmypdf -l chi_sim`) and parse the result');
    }
    if (isGarbled(text)) {
      throw new ReportError('NO_TEXT', "the PDF's fonts do not map to Unicode, so its text comes out garbled; run OCR on it first (e.g. `ocrmypdf --force-ocr -l chi_sim`)");
    }
    const warnings: Warning[] = [];
    if (empty.length > 0) {
      warnings.push({
        code: 'PDF_PAGES_WITHOUT_TEXT',
        message: `page${empty.length > 1 ? 's' : ''} ${listPages(empty)} of ${doc.numPages} ha${empty.length > 1 ? 've' : 's'} no text (scanned or damaged); figures on them are missing`,
      });
    }
    return { text, warnings };
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw corrupt(err instanceof Error ? err.message : String(err), err);
  } finally {
    await doc.destroy().catch(() => {});
  }
}

type Page = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

// The page's text runs in viewport space, so rotated pages read upright; with the segments drawn on
// it when its runs look like table rows.
async function pageRuns(page: Page, ops: PdfJs['OPS']): Promise<PageRuns> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = viewport.transform as number[];
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    // viewport × item transform: only the translation and the vertical scale matter here.
    const x = va * e + vc * f + ve;
    const y = vb * e + vd * f + vf;
    const size = Math.hypot(va * c + vc * d, vb * c + vd * d) || Math.hypot(a, b);
    runs.push({ str: item.str, x, y, width: item.width, size });
  }
  const segments = looksTabular(runs) ? await pageSegments(page, ops, [va, vb, vc, vd, ve, vf]) : undefined;
  page.cleanup();
  return { width: viewport.width, runs, ...(segments ? { segments } : {}) };
}

// Rows of a table: at least two baselines holding three runs or more.
function looksTabular(runs: readonly Run[]): boolean {
  const perLine = new Map<number, number>();
  for (const r of runs) if (r.str.trim()) perLine.set(Math.round(r.y), (perLine.get(Math.round(r.y)) ?? 0) + 1);
  let rows = 0;
  for (const n of perLine.values()) if (n >= 3) rows++;
  return rows >= 2;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
// pdf.js path buffer opcodes (DrawOPS): moveTo, lineTo, curveTo, quadraticCurveTo, closePath.
const [MOVE, LINE, CURVE, QUAD, CLOSE] = [0, 1, 2, 3, 4];

// The straight segments the page draws (stroked lines, edges of thin filled rectangles), in viewport
// space: what table borders are made of. Clipping paths (ended without painting) are left out.
async function pageSegments(page: Page, ops: PdfJs['OPS'], viewport: Matrix): Promise<Segment[]> {
  const list = await page.getOperatorList();
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const at = (x: number, y: number): [number, number] => {
    const m = multiply(viewport, ctm);
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  };
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k];
    const args = list.argsArray[k] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.constructPath && args[0] !== ops.endPath) {
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (path) out.push(...pathSegments(path, args[0] === ops.stroke || args[0] === ops.closeStroke, at));
    }
  }
  return out;
}

function pathSegments(path: ArrayLike<number>, stroked: boolean, at: (x: number, y: number) => [number, number]): Segment[] {
  const out: Segment[] = [];
  let points: [number, number][] = [];
  const flush = () => {
    if (points.length > 1) {
      if (stroked) for (let i = 1; i < points.length; i++) out.push(segment(points[i - 1]!, points[i]!));
      else {
        // A filled thin rectangle is a rule: its long middle line.
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        const lo = (v: number[]) => v.reduce((a, b) => Math.min(a, b));
        const hi = (v: number[]) => v.reduce((a, b) => Math.max(a, b));
        const [x0, x1, y0, y1] = [lo(xs), hi(xs), lo(ys), hi(ys)]; // folded: a path may have 100,000s of points
        if (y1 - y0 <= 1.5 && x1 - x0 > 3) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
        else if (x1 - x0 <= 1.5 && y1 - y0 > 3) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
      }
    }
    points = [];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE) {
      flush();
      points.push(at(path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === LINE) {
      points.push(at(path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === CURVE) {
      flush();
      i += 6;
    } else if (op === QUAD) {
      flush();
      i += 4;
    } else if (op === CLOSE) {
      if (points.length > 1) points.push(points[0]!);
      flush();
    } else break;
  }
  flush();
  return out;
}

const segment = (a: [number, number], b: [number, number]): Segment => ({ x0: a[0], y0: a[1], x1: b[0], y1: b[1] });

function openError(err: unknown): ReportError {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') {
    return new ReportError('UNSUPPORTED_FORMAT', 'the PDF is password-protected; open it with the password and save or print it to a PDF without one');
  }
  return corrupt(err instanceof Error ? err.message : String(err), err);
}

// Text from fonts without a Unicode map: private-use code points, control characters, no Han.
function isGarbled(text: string): boolean {
  let visible = 0;
  let bad = 0;
  let han = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/\s/.test(ch)) continue;
    visible++;
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xe000 && cp <= 0xf8ff) || cp === 0xfffd) bad++;
    else if (cp >= 0x3400 && cp <= 0x9fff) han++;
  }
  return han === 0 && bad > visible * 0.3;
}

function listPages(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
}
