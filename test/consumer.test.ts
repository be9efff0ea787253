// The package as a user gets it: `npm pack` of the built dist/, installed into a temporary folder with an
// ESM project and a CommonJS project beside each other, both type-checked under `strict` with
// `moduleResolution: nodenext`, compiled and run. nodejieba is left out (--omit=optional), as where it
// cannot be built: parsing and the CLI must work, segment must say how to install it.
// Offline where it can be: the registry cache filled by the project's own install is used first.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const seed = join(root, 'fixtures/seeds/001_3770c9764d7b996a.txt');
let dir = '';

// Asynchronous, so the test worker stays responsive to vitest while npm and tsc run.
const run = async (cmd: string, args: string[], cwd: string) =>
  (await promisify(execFile)(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_yes: 'true' } })).stdout;

const tsconfig = (module: 'esm' | 'cjs') => ({
  compilerOptions: {
    target: 'ES2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    noUncheckedIndexedAccess: true,
    // The ESM project checks the package's declarations too (index.d.ts); the CommonJS one's are the same
    // text (index.d.cts), so it skips them and the rest of node_modules, for time.
    skipLibCheck: module === 'cjs',
    outDir: 'out',
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    ...(module === 'esm' ? { resolveJsonModule: true } : {}),
  },
  files: ['index.ts'],
});

// Checks that the types say what the issue asks, then runs: the @ts-expect-error lines fail the type check
// if the error they expect is not there.
const ESM = `
import { readFileSync } from 'node:fs';
import {
  parseReport, parseBytes, parseFile, parseFiles, isReportError, ReportError, segment, keywords, KINDS, CORE_KINDS,
  createWriter, DATASET_COLUMNS, type Kind, type CoreKind, type Heading, type Metric, type Report, type ReportRecord,
} from 'cn-report-metrics';

const text = readFileSync(process.argv[2]!, 'utf8');
const report: Report = parseReport(text);
const kind: Kind = report.metrics[0]!.kind;
const level: 0 | 1 | 2 | 3 | 4 = report.headings[0]!.level;
// @ts-expect-error 'penalty.case' is no kind
const typo = report.metrics.some((m: Metric) => m.kind === 'penalty.case');
// @ts-expect-error a heading level is 0 to 4
const deep: Heading['level'] = 5;
// @ts-expect-error bytes go to parseBytes
const wrong = () => parseReport(readFileSync(process.argv[2]!));
const core: CoreKind = CORE_KINDS[0];
const unit: string = KINDS[kind].unit;

const fromBytes = await parseBytes(readFileSync(process.argv[2]!));
const fromFile = await parseFile(process.argv[2]!);
const records: ReportRecord[] = [];
for await (const r of parseFiles([process.argv[2]!, 'missing.txt'], { jobs: 2 })) records.push(r);
const csv = createWriter('dataset');

let segmentError: unknown;
try { segment('行政执法'); } catch (e) { segmentError = e; }
let typeError = '';
try { parseReport(undefined as unknown as string); } catch (e) { typeError = e instanceof TypeError ? 'TypeError' : String(e); }

console.log(JSON.stringify({
  same: JSON.stringify(fromBytes.summary) === JSON.stringify(report.summary) && fromFile.file === process.argv[2],
  kind, level, core, unit, typo, deep, wrong: typeof wrong,
  records: records.map((r) => r.ok ? 'ok' : r.error.code),
  datasetHeader: csv.start() === DATASET_COLUMNS.join(',') + '\\r\\n',
  segment: isReportError(segmentError) && segmentError instanceof ReportError ? segmentError.code : String(segmentError),
  keywords: typeof keywords,
  typeError,
}));
`;

const CJS = `
import { readFileSync } from 'node:fs';
import { parseReport, isReportError, ReportError, type Report } from 'cn-report-metrics';

async function main() {
  const report: Report = parseReport(readFileSync(process.argv[2]!, 'utf8'));
  // The ESM build in the same process: its errors are ReportErrors for this (CommonJS) build too.
  const esm = await import('cn-report-metrics');
  let crossBuild = false;
  try { esm.parseReport('   '); } catch (e) { crossBuild = isReportError(e) && e instanceof ReportError && e.code === 'EMPTY'; }
  console.log(JSON.stringify({ issuer: report.issuer, metrics: report.metrics.length, crossBuild, cjs: typeof require === 'function' }));
}
main();
`;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('no dist/: run npm run build first');
  dir = mkdtempSync(join(tmpdir(), 'crm-consumer-'));
  // --ignore-scripts: pack the dist/ that is there, without `prepare` rebuilding it under running tests.
  const [packed] = JSON.parse(await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root)) as { filename: string }[];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  await run('npm', ['install', '--prefer-offline', '--omit=optional', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed!.filename)], dir);
  for (const [name, type, source] of [['esm', 'module', ESM], ['cjs', 'commonjs', CJS]] as const) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type }));
    writeFileSync(join(dir, name, 'tsconfig.json'), JSON.stringify(tsconfig(name)));
    writeFileSync(join(dir, name, 'index.ts'), source);
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package in a fresh project', () => {
  it('installs without nodejieba', () => {
    expect(existsSync(join(dir, 'node_modules/cn-report-metrics/dist/index.js'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/nodejieba'))).toBe(false);
  });

  it('type-checks and runs as ESM', async () => {
    await run('node', [tsc, '-p', '.'], join(dir, 'esm'));
    const out = JSON.parse((await run('node', ['out/index.js', seed], join(dir, 'esm'))).trim());
    expect(out).toEqual({
      same: true,
      kind: expect.any(String),
      level: 1,
      core: 'penalty.cases',
      unit: expect.any(String),
      typo: false,
      deep: 5,
      wrong: 'function',
      records: ['ok', 'NOT_FOUND'],
      datasetHeader: true,
      segment: 'SEGMENTER_UNAVAILABLE',
      keywords: 'function',
      typeError: 'TypeError',
    });
  }, 120_000);

  it('type-checks and runs as CommonJS, and knows the ESM build’s errors', async () => {
    await run('node', [tsc, '-p', '.'], join(dir, 'cjs'));
    expect(readFileSync(join(dir, 'cjs/out/index.js'), 'utf8')).toMatch(/require\("cn-report-metrics"\)/);
    const out = JSON.parse((await run('node', ['out/index.js', seed], join(dir, 'cjs'))).trim());
    expect(out).toEqual({ issuer: '西青区教育局', metrics: expect.any(Number), crossBuild: true, cjs: true });
    expect(out.metrics).toBeGreaterThan(5);
  }, 120_000);

  it('runs the CLI without nodejieba', async () => {
    const out = await run(join(dir, 'node_modules/.bin/cn-report-metrics'), ['extract', '--quiet', seed], dir);
    const record = JSON.parse(out.trim());
    expect(record).toMatchObject({ ok: true, issuer: '西青区教育局' });
  }, 60_000);
});
