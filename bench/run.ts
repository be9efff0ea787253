// `npm run bench`: speed and memory of the built library and CLI, in one run, on one corpus.
//
// The corpus (bench/corpus.ts) is built from the five seed reports: 1,000 varied copies plus long reports of
// 10× and 100× normal length, about 11 MB. Every figure is measured on it, in fresh child processes running
// a snapshot of dist/ (so a rebuild by someone else meanwhile cannot mix two builds into one result):
//
// - throughput of parseReport and of nodejieba.cut over the same texts, and their ratio;
// - cold start to the first record of one report, and the cost of importing the library;
// - warm time per report;
// - peak RSS of one process parsing the corpus, and of the CLI with --jobs 1 and --jobs 2;
// - --jobs 2 against --jobs 1 over the corpus's 1,007 files, with two --jobs 1 processes on half the files each
//   as the machine's own ceiling (the pool ratio: --jobs 2 against those two), and the default --jobs;
// - the CLI's time per file against parseReport's (the per-file ratio), on the synthetic copies and on real
//   texts (the seeds and ../shared/corpus/dev, copied many times over);
// - parseReport against nodejieba.cut on those real texts (the real-text ratio);
// - growth: a report against its 10× and 100× versions, per byte;
// - complexity: every shape of bench/shapes.ts at n and 4n (long sentences full of figures, deep HTML, …).
//
// Warm-up runs are not counted; figures are medians of 5 runs (fast ones) or 3 (whole CLI batches), the
// things compared taking turns. Runs start when the machine is quiet; a CLI batch or an in-process timing
// during which the rest of the machine still used more than MAX_FOREIGN_CORES of CPU is run again (batches:
// at most 9 rounds in all; timings: twice more), and the result says what was discarded and which figures
// stayed disturbed. Prints a table and writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, NORMAL_COPIES, SEEDS_DIR, type Corpus } from './corpus.js';
import { machineCpu, MAX_FOREIGN_CORES, median, RUSAGE_HOOK, runNode, type RunResult } from './measure.js';
import { SHAPES } from './shapes.js';

const ROOT = resolve(import.meta.dirname, '..');
const DEV_DIR = resolve(ROOT, '../shared/corpus/dev');
const FAST_RUNS = 5;
const SLOW_RUNS = 3;
const MB = 1e6;

const TARGETS = {
  parseVsCut: 2, // parseReport at least 2× the MB/s of nodejieba.cut (synthetic corpus; real texts: after other work lands)
  coldStartMs: 2500,
  importMs: 100,
  peakRssMB: 450,
  poolVsSplit: 0.9, // --jobs 2 at least 0.9× as fast as two independent --jobs 1 processes on half the files each
  cliPerFile: 2.5, // the CLI's warm time per file at most 2.5× parseReport's, --jobs 1
  growthPerByte: 1.1, // a 100× longer report takes at most 110× the time
  complexity: 6, // 4n takes at most 6× the time of n (linear: 4×, quadratic: 16×)
} as const;

/** How many times each real text is copied for the CLI's per-file figure on real texts. */
const REAL_COPIES = 20;

interface Row {
  figure: string;
  value: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

const log = (s: string) => process.stderr.write(s + '\n');

/** Waits (up to 30 s) until the rest of the machine has used less than MAX_FOREIGN_CORES for half a second. */
async function waitQuiet(): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    const a = machineCpu();
    if (!a) return true;
    await new Promise((r) => setTimeout(r, 500));
    const b = machineCpu()!;
    if ((b.busy - a.busy) / 500 < MAX_FOREIGN_CORES) return true;
  }
  return false;
}

function machine() {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    availableParallelism: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()}`,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function gitState(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** A copy of dist/ with package.json beside it and node_modules linked, so it runs like the real one. */
async function snapshotDist(work: string): Promise<string> {
  const root = join(work, 'pkg');
  await cp(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  await cp(join(ROOT, 'package.json'), join(root, 'package.json'));
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return join(root, 'dist');
}

async function probe<T>(mode: string, dist: string, corpus: string, runs?: number): Promise<T> {
  const args = [join(ROOT, 'bench/probe.mjs'), mode, dist, corpus, ...(runs ? [String(runs)] : [])];
  const r = await runNode(args);
  if (r.code !== 0) throw new Error(`probe ${mode} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

interface Timings {
  ms: number[];
  foreignCores: number[];
  discarded: number;
  disturbed: boolean;
}

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex').slice(0, 16);

async function main() {
  const t0 = performance.now();
  const info = machine();
  const git = gitState();
  log(`machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, ${info.os}; load ${info.loadAverageAtStart.join(' ')}`);

  const work = await mkdtemp(join(tmpdir(), 'crm-bench-'));
  try {
    const dist = await snapshotDist(work);
    const cli = join(dist, 'cli.js');
    log('building the corpus …');
    const corpus: Corpus = await buildCorpus(join(work, 'corpus'));
    const normalFiles = corpus.files.filter((f) => f.factor === 1);
    log(`corpus: ${corpus.files.length} reports, ${fmt(corpus.bytes / MB, 2)} MB (UTF-8)`);

    // 1. Throughput: parseReport vs nodejieba.cut, same texts, same process, interleaved.
    log('throughput: parseReport vs nodejieba.cut …');
    await waitQuiet();
    const tp = await probe<{
      reports: number; normalReports: number; bytes: number;
      parse: Timings & { normalMs: number[] }; cut: Timings; cutHmm: Timings;
    }>('throughput', dist, corpus.dir, FAST_RUNS);
    const parseMs = median(tp.parse.ms);
    const cutMs = median(tp.cut.ms);
    const cutHmmMs = median(tp.cutHmm.ms);
    const parseMBs = tp.bytes / MB / (parseMs / 1000);
    const cutMBs = tp.bytes / MB / (cutMs / 1000);
    const cutHmmMBs = tp.bytes / MB / (cutHmmMs / 1000);
    const warmPerReportMs = median(tp.parse.normalMs) / tp.normalReports;

    // 2. Growth: a normal report against its 10× and 100× versions.
    log('growth: 1× vs 10× vs 100× …');
    await waitQuiet();
    const gr = await probe<{
      seeds: { seed: number; sizes: { factor: number; file: string; bytes: number; msPerReport: number[]; disturbed: boolean; discarded: number }[] }[];
    }>('growth', dist, corpus.dir, FAST_RUNS);
    const growth = gr.seeds.map((s) => {
      const base = s.sizes.find((x) => x.factor === 1)!;
      const perByte = (x: (typeof s.sizes)[number]) => median(x.msPerReport) / x.bytes;
      return {
        seed: s.seed,
        sizes: s.sizes.map((x) => ({
          factor: x.factor,
          file: x.file,
          bytes: x.bytes,
          ms: median(x.msPerReport),
          timeRatio: median(x.msPerReport) / median(base.msPerReport),
          lengthRatio: x.bytes / base.bytes,
          perByteRatio: perByte(x) / perByte(base),
          disturbed: x.disturbed,
          discarded: x.discarded,
        })),
      };
    });
    const worstGrowth100 = Math.max(...growth.map((g) => g.sizes.find((x) => x.factor === 100)!.perByteRatio));
    const worstGrowth10 = Math.max(...growth.map((g) => g.sizes.find((x) => x.factor === 10)!.perByteRatio));

    // 3. Peak RSS of one process running parseReport over the whole corpus.
    log('peak RSS of parseReport over the corpus …');
    const rssRuns: { maxRSSKiB: number; afterImport: { vmRSS: number } | null; end: { vmHWM: number } | null; segmenterLoaded: boolean; ms: number }[] = [];
    for (let i = 0; i < SLOW_RUNS; i++) rssRuns.push(await probe('rss', dist, corpus.dir));
    const peakRssMB = median(rssRuns.map((r) => (r.maxRSSKiB * 1024) / MB));
    const afterImportMB = median(rssRuns.map((r) => ((r.afterImport?.vmRSS ?? NaN) * 1024) / MB));
    const segmenterLoaded = rssRuns.some((r) => r.segmenterLoaded);

    // 4. Import cost: measured inside a fresh process around a dynamic import; and as spawn time over a bare node.
    log('import cost and cold start …');
    const indexUrl = pathToFileURL(join(dist, 'index.js')).href;
    const importInside = ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(indexUrl)}); process.stdout.write(String(performance.now() - t) + '\\n');`];
    const importSpawn = ['--input-type=module', '-e', `await import(${JSON.stringify(indexUrl)});`];
    const bare = ['-e', ''];
    const coldFile = join(corpus.dir, normalFiles[1]!.name);
    const coldArgs = [cli, 'extract', '--format', 'jsonl', coldFile];
    const inside: number[] = [];
    const spawnImport: number[] = [];
    const spawnBare: number[] = [];
    const cold: number[] = [];
    const coldFirstLine: string[] = [];
    // Warm-up (file cache, not counted), then interleaved runs.
    await runNode(importInside);
    await runNode(coldArgs);
    for (let i = 0; i < FAST_RUNS + 2; i++) {
      await waitQuiet();
      const a = await runNode(importInside);
      inside.push(Number(a.stdout.trim()));
      spawnImport.push((await runNode(importSpawn)).wallMs);
      spawnBare.push((await runNode(bare)).wallMs);
      const c = await runNode(coldArgs);
      if (c.code !== 0 || c.firstLineMs === undefined) throw new Error(`cold start run failed: ${c.stderr}`);
      cold.push(c.firstLineMs);
      coldFirstLine.push(c.stdout.split('\n', 1)[0]!);
    }
    const importMs = median(inside);
    const importSpawnMs = median(spawnImport) - median(spawnBare);
    const coldMs = median(cold);
    const coldRecord = JSON.parse(coldFirstLine[0]!) as { ok: boolean; metrics?: unknown[] };

    // 5. Batch: --jobs 1 vs --jobs 2 over the corpus's files (1,007), and the peak RSS of each; and for reference
    // the machine's own ceiling: two independent --jobs 1 processes, half the files each. The three take turns
    // in every round, so a slow spell of the machine does not fall on one of them only.
    log(`batch: --jobs 1 vs --jobs 2 over ${corpus.files.length} files, and two --jobs 1 processes on half each …`);
    const out = (name: string) => join(work, `out-${name}.jsonl`);
    const batchArgs = (j: number) => [cli, 'extract', '--jobs', String(j), '--quiet', '--format', 'jsonl', '--out', out(`j${j}`), corpus.dir];
    const halves = [0, 1].map((h) => corpus.files.filter((_, i) => i % 2 === h).map((f) => join(corpus.dir, f.name)).join('\n') + '\n');
    await Promise.all(halves.map((list, h) => writeFile(join(work, `half${h}.txt`), list)));
    const halfArgs = (h: number) => [cli, 'extract', '--jobs', '1', '--quiet', '--out', out(`half${h}`), '--files-from', join(work, `half${h}.txt`)];
    type Sample = Pick<RunResult, 'wallMs' | 'cpuMs' | 'maxRssMiB' | 'foreignCores'>;
    const one = (j: number) => async (): Promise<Sample> => {
      const r = await runNode(batchArgs(j), { rusage: true });
      if (r.code !== 0) throw new Error(`extract --jobs ${j} failed (${r.code}): ${r.stderr}`);
      return r;
    };
    const autoArgs = [cli, 'extract', '--quiet', '--format', 'jsonl', '--out', out('auto'), corpus.dir];
    const measures = {
      jobs1: one(1),
      jobs2: one(2),
      auto: async (): Promise<Sample> => {
        const r = await runNode(autoArgs, { rusage: true });
        if (r.code !== 0) throw new Error(`extract (default --jobs) failed (${r.code}): ${r.stderr}`);
        return r;
      },
      split: async (): Promise<Sample> => {
        const c0 = machineCpu();
        const t = performance.now();
        const rs = await Promise.all([0, 1].map((h) => runNode(halfArgs(h), { rusage: true })));
        const wallMs = performance.now() - t;
        const c1 = machineCpu();
        const cpuMs = rs.reduce((sum, r) => sum + (r.cpuMs ?? 0), 0);
        return { wallMs, cpuMs, foreignCores: c0 && c1 ? Math.max(0, c1.busy - c0.busy - cpuMs) / wallMs : 0 };
      },
    };
    const kinds = Object.keys(measures) as (keyof typeof measures)[];
    for (const k of kinds) await measures[k](); // warm-up, not counted
    const samples = { jobs1: [] as Sample[], jobs2: [] as Sample[], auto: [] as Sample[], split: [] as Sample[] };
    const discardedBatch = { jobs1: 0, jobs2: 0, auto: 0, split: 0 };
    for (let round = 0; kinds.some((k) => samples[k].length < SLOW_RUNS) && round < SLOW_RUNS * 3; round++) {
      await waitQuiet();
      for (const k of [...kinds.slice(round % kinds.length), ...kinds.slice(0, round % kinds.length)]) {
        if (samples[k].length >= SLOW_RUNS) continue;
        const r = await measures[k]();
        if ((r.foreignCores ?? 0) <= MAX_FOREIGN_CORES) samples[k].push(r);
        else discardedBatch[k]++;
      }
    }
    const batchDisturbed = kinds.some((k) => samples[k].length < SLOW_RUNS);
    const [out1, out2] = await Promise.all([readFile(out('j1')), readFile(out('j2'))]);
    const identical = out1.equals(out2);
    const records = out1.toString('utf8').split('\n').filter(Boolean).length;
    const wall = (k: keyof typeof samples) => median(samples[k].map((r) => r.wallMs));
    const cpuOf = (k: keyof typeof samples) => median(samples[k].map((r) => r.cpuMs ?? NaN));
    const rssOf = (k: keyof typeof samples) => median(samples[k].map((r) => ((r.maxRssMiB ?? NaN) * 2 ** 20) / MB));
    const speedup = wall('jobs1') / wall('jobs2');
    const splitSpeedup = wall('jobs1') / wall('split');
    const poolRatio = wall('split') / wall('jobs2');
    const cliPerFileMs = (wall('jobs1') - coldMs) / corpus.files.length;
    const cliPerFileRatio = cliPerFileMs / warmPerReportMs;

    // 6. Real texts: the seeds and the dev excerpts. parseReport against nodejieba.cut on them; and the CLI's
    // time per file on REAL_COPIES copies of each, against parseReport's on the same texts.
    log('real texts: parseReport vs nodejieba.cut, and the CLI per file …');
    const realDir = join(work, 'real');
    const realFiles = await copyRealTexts(realDir);
    await waitQuiet();
    const rt = await probe<{ texts: number; bytes: number; perPass: number; parse: Timings; cut: Timings }>('real', dist, realDir, FAST_RUNS);
    const realParseMs = median(rt.parse.ms);
    const realCutMs = median(rt.cut.ms);
    const realRatio = realCutMs / realParseMs; // same bytes: MB/s ratio = time ratio inverted
    const realPerFileMs = realParseMs / rt.perPass;
    const copiesDir = join(work, 'real-copies');
    await mkdir(copiesDir);
    for (let c = 0; c < REAL_COPIES; c++) for (const f of realFiles) await cp(join(realDir, f), join(copiesDir, `${String(c).padStart(2, '0')}-${f}`));
    const realCli = (dir: string) => [cli, 'extract', '--jobs', '1', '--quiet', '--format', 'jsonl', '--out', out('real'), dir];
    const oneDir = join(work, 'real-one');
    await mkdir(oneDir);
    await cp(join(realDir, realFiles[0]!), join(oneDir, realFiles[0]!));
    await runNode(realCli(copiesDir)); // warm-up, not counted
    const realWall: number[] = [];
    const realOne: number[] = [];
    for (let i = 0; i < SLOW_RUNS; i++) {
      await waitQuiet();
      realWall.push((await runNode(realCli(copiesDir))).wallMs);
      realOne.push((await runNode(realCli(oneDir))).wallMs);
    }
    const realFilesCount = realFiles.length * REAL_COPIES;
    const realCliPerFileMs = (median(realWall) - median(realOne)) / (realFilesCount - 1);
    const realCliRatio = realCliPerFileMs / realPerFileMs;
    // Like for like: parseReport alone, one pass over the same files in a fresh process, as the CLI's worker
    // makes it (V8 compiles the hot code during the first hundreds of files in both).
    const passMs: number[] = [];
    const passOneMs: number[] = [];
    for (let i = 0; i < SLOW_RUNS; i++) {
      await waitQuiet();
      passMs.push((await probe<{ ms: number }>('pass', dist, copiesDir)).ms);
      passOneMs.push((await probe<{ ms: number }>('pass', dist, oneDir)).ms);
    }
    const realPassPerFileMs = (median(passMs) - median(passOneMs)) / (realFilesCount - 1);
    const realCliPassRatio = realCliPerFileMs / realPassPerFileMs;

    // 7. Complexity: every shape at n and 4n.
    log(`complexity: ${SHAPES.length} shapes at n and 4n …`);
    const shapesDir = join(work, 'shapes');
    await mkdir(shapesDir);
    await writeFile(join(shapesDir, 'shapes.json'), JSON.stringify(SHAPES.map(({ name, kind, n }) => ({ name, kind, n }))));
    for (const [i, shape] of SHAPES.entries()) {
      for (const k of [1, 4]) await writeFile(join(shapesDir, `${i}-${k}.${shape.kind === 'html' ? 'html' : 'txt'}`), shape.make(k * shape.n));
    }
    await waitQuiet();
    const cx = await probe<{ shapes: { name: string; n: number; ms1: number[]; ms4: number[]; ratio: number; disturbed: boolean }[] }>('complexity', dist, shapesDir, SLOW_RUNS);
    const worstComplexity = Math.max(...cx.shapes.map((x) => x.ratio));

    // Table.
    const rows: Row[] = [
      { figure: 'parseReport throughput', value: `${fmt(parseMBs, 2)} MB/s, ${fmt(tp.reports / (parseMs / 1000), 0)} reports/s` },
      { figure: 'nodejieba.cut(text) throughput (reference)', value: `${fmt(cutMBs, 2)} MB/s, ${fmt(tp.reports / (cutMs / 1000), 0)} reports/s` },
      {
        figure: 'parseReport ÷ nodejieba.cut (MB/s)',
        value: `${fmt(parseMBs / cutMBs, 2)}×`,
        target: `≥ ${TARGETS.parseVsCut}×`,
        pass: parseMBs / cutMBs >= TARGETS.parseVsCut,
        note: `with HMM, cut(text, true): ${fmt(cutHmmMBs, 2)} MB/s, ratio ${fmt(parseMBs / cutHmmMBs, 2)}×`,
      },
      { figure: 'cold start to first record (1 report, CLI)', value: `${fmt(coldMs, 0)} ms`, target: `≤ ${TARGETS.coldStartMs} ms`, pass: coldMs <= TARGETS.coldStartMs, note: `bare \`node -e ''\`: ${fmt(median(spawnBare), 0)} ms` },
      { figure: 'import of the library, not called', value: `${fmt(importMs, 0)} ms`, target: `≤ ${TARGETS.importMs} ms`, pass: importMs <= TARGETS.importMs, note: `spawn time over bare node: ${fmt(importSpawnMs, 0)} ms` },
      { figure: 'warm time per report, parseReport (normal reports)', value: `${fmt(warmPerReportMs, 2)} ms` },
      {
        figure: 'warm time per file, CLI --jobs 1 ÷ parseReport',
        value: `${fmt(cliPerFileMs, 2)} ms ÷ ${fmt(warmPerReportMs, 2)} ms = ${fmt(cliPerFileRatio, 2)}×`,
        target: `≤ ${TARGETS.cliPerFile}×`,
        pass: cliPerFileRatio <= TARGETS.cliPerFile,
        note: '(batch wall − cold start) ÷ files: reading, decoding, parsing, writing',
      },
      {
        figure: `the same on real texts (seeds, dev; ${REAL_COPIES} copies each)`,
        value: `${fmt(realCliPerFileMs, 2)} ms ÷ ${fmt(realPerFileMs, 2)} ms = ${fmt(realCliRatio, 2)}×`,
        target: `≤ ${TARGETS.cliPerFile}×`,
        pass: realCliRatio <= TARGETS.cliPerFile,
        note: `${realFilesCount} files; (wall − wall of 1 file) ÷ (files − 1), against parseReport warmed up`,
      },
      {
        figure: '… against one pass of parseReport in a fresh process',
        value: `${fmt(realCliPerFileMs, 2)} ms ÷ ${fmt(realPassPerFileMs, 2)} ms = ${fmt(realCliPassRatio, 2)}×`,
        target: `≤ ${TARGETS.cliPerFile}×`,
        pass: realCliPassRatio <= TARGETS.cliPerFile,
        note: 'like for like: both compile the hot code while they go; what the CLI adds: reading, decoding, the worker, writing',
      },
      {
        figure: 'parseReport ÷ nodejieba.cut on real texts (MB/s)',
        value: `${fmt(realRatio, 2)}×`,
        target: `≥ ${TARGETS.parseVsCut}× later`,
        note: `${rt.texts} texts (seeds and dev); the target holds once the table and generalisation work lands`,
      },
      { figure: 'peak RSS, one process, parseReport over the corpus', value: `${fmt(peakRssMB, 0)} MB`, target: `≤ ${TARGETS.peakRssMB} MB`, pass: peakRssMB <= TARGETS.peakRssMB, note: `${fmt(afterImportMB, 0)} MB after import; jieba loaded: ${segmenterLoaded ? 'yes' : 'no'}` },
      { figure: 'peak RSS, CLI --jobs 1 / --jobs 2', value: `${fmt(rssOf('jobs1'), 0)} MB / ${fmt(rssOf('jobs2'), 0)} MB`, note: `≈ ${fmt(rssOf('jobs2') - rssOf('jobs1'), 0)} MB per worker thread: --jobs N parses in N worker threads beside the main thread, which writes` },
      {
        figure: `CLI wall, ${corpus.files.length} files: --jobs 1 / --jobs 2`,
        value: `${fmt(wall('jobs1') / 1000, 2)} s / ${fmt(wall('jobs2') / 1000, 2)} s = ${fmt(speedup, 2)}×`,
        note: `CPU ${fmt(cpuOf('jobs1') / 1000, 2)} s / ${fmt(cpuOf('jobs2') / 1000, 2)} s; outputs ${identical ? 'byte-identical' : 'DIFFER'}; default --jobs: ${fmt(wall('auto') / 1000, 2)} s`,
      },
      {
        figure: 'pool ratio: two --jobs 1 processes on half each ÷ --jobs 2',
        value: `${fmt(wall('split') / 1000, 2)} s ÷ ${fmt(wall('jobs2') / 1000, 2)} s = ${fmt(poolRatio, 2)}×`,
        target: `≥ ${TARGETS.poolVsSplit}×`,
        pass: poolRatio >= TARGETS.poolVsSplit,
        note: `two processes against --jobs 1: ${fmt(splitSpeedup, 2)}× (the machine's ceiling for this batch)`,
      },
      ...cx.shapes.map((x) => ({
        figure: `complexity: ${x.name}`,
        value: `4n ÷ n = ${fmt(x.ratio, 2)}×`,
        target: `≤ ${TARGETS.complexity}×`,
        pass: x.ratio <= TARGETS.complexity,
        note: `n = ${x.n}: ${fmt(Math.min(...x.ms1), 0)} ms, 4n: ${fmt(Math.min(...x.ms4), 0)} ms${x.disturbed ? '; disturbed' : ''}`,
      })),
      ...growth.map((g) => {
        const x10 = g.sizes.find((x) => x.factor === 10)!;
        const x100 = g.sizes.find((x) => x.factor === 100)!;
        const base = g.sizes.find((x) => x.factor === 1)!;
        return {
          figure: `growth, seed ${g.seed}: 1× / 10× / 100×`,
          value: `${fmt(base.ms, 2)} / ${fmt(x10.ms, 1)} / ${fmt(x100.ms, 0)} ms; per byte ${fmt(x10.perByteRatio, 2)} / ${fmt(x100.perByteRatio, 2)}`,
          target: `100×: ≤ ${TARGETS.growthPerByte}`,
          pass: x100.perByteRatio <= TARGETS.growthPerByte,
          note: `100× is ${fmt(x100.lengthRatio, 1)}× the bytes, ${fmt(x100.timeRatio, 1)}× the time`,
        };
      }),
    ];

    const width = Math.max(...rows.map((r) => r.figure.length));
    const vwidth = Math.max(...rows.map((r) => r.value.length));
    const lines = [
      '',
      `cn-report-metrics benchmark · ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB · Node ${info.node} · ${info.os}`,
      `corpus: ${corpus.files.length} reports (${NORMAL_COPIES} varied copies of the 5 seeds, ${corpus.files.length - NORMAL_COPIES} long ones), ${fmt(corpus.bytes / MB, 2)} MB · medians of ${FAST_RUNS} runs (${SLOW_RUNS} for CLI batches), warm-up not counted`,
      '',
      ...rows.map((r) => {
        const verdict = r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL';
        return `${r.figure.padEnd(width)}  ${r.value.padEnd(vwidth)}  ${(r.target ?? '').padEnd(14)} ${verdict.padEnd(4)}${r.note ? `  (${r.note})` : ''}`;
      }),
      '',
    ];
    const disturbed = [tp.parse.disturbed && 'parse throughput', tp.cut.disturbed && 'cut throughput', batchDisturbed && 'CLI batch', ...cx.shapes.filter((x) => x.disturbed).map((x) => `complexity ${x.name}`), ...growth.flatMap((g) => g.sizes.filter((x) => x.disturbed).map((x) => `growth ${g.seed} ${x.factor}×`))].filter(Boolean);
    if (disturbed.length) lines.push(`warning: other work on the machine disturbed: ${disturbed.join(', ')} (the quietest runs are kept)`, '');
    if (!identical) lines.push('warning: --jobs 1 and --jobs 2 outputs differ', '');
    process.stdout.write(lines.join('\n') + '\n');

    const results = {
      generatedAt: new Date().toISOString(),
      command: 'npm run bench',
      git,
      machine: info,
      settings: { fastRuns: FAST_RUNS, slowRuns: SLOW_RUNS, maxForeignCores: MAX_FOREIGN_CORES, rusageHook: RUSAGE_HOOK.replace(ROOT + '/', '') },
      corpus: {
        reports: corpus.files.length,
        normal: normalFiles.length,
        long: corpus.files.filter((f) => f.factor > 1).map((f) => ({ file: f.name, seed: f.seed, factor: f.factor, bytes: f.bytes })),
        bytes: corpus.bytes,
        seeds: corpus.seeds,
      },
      targets: TARGETS,
      throughput: {
        bytes: tp.bytes,
        reports: tp.reports,
        parseReport: { ms: tp.parse.ms, medianMs: parseMs, MBps: parseMBs, reportsPerSecond: tp.reports / (parseMs / 1000), discarded: tp.parse.discarded, disturbed: tp.parse.disturbed },
        nodejiebaCut: { call: 'cut(text)', ms: tp.cut.ms, medianMs: cutMs, MBps: cutMBs, reportsPerSecond: tp.reports / (cutMs / 1000), discarded: tp.cut.discarded },
        nodejiebaCutHmm: { call: 'cut(text, true)', ms: tp.cutHmm.ms, medianMs: cutHmmMs, MBps: cutHmmMBs },
        ratio: parseMBs / cutMBs,
        ratioVsHmm: parseMBs / cutHmmMBs,
        pass: parseMBs / cutMBs >= TARGETS.parseVsCut,
      },
      coldStart: {
        command: 'node dist/cli.js extract --format jsonl FILE',
        file: normalFiles[1]!.name,
        firstRecordMs: cold,
        medianMs: coldMs,
        firstRecordOk: coldRecord.ok,
        bareNodeMs: spawnBare,
        pass: coldMs <= TARGETS.coldStartMs,
      },
      importCost: {
        insideMs: inside,
        medianMs: importMs,
        spawnImportMs: spawnImport,
        spawnBareMs: spawnBare,
        spawnDeltaMs: importSpawnMs,
        pass: importMs <= TARGETS.importMs,
      },
      warm: { perReportMs: warmPerReportMs, normalReports: tp.normalReports, cliPerFileMs },
      memory: {
        parseReportPeakRssMB: peakRssMB,
        runs: rssRuns.map((r) => ({ maxRSSMB: (r.maxRSSKiB * 1024) / MB, vmHWMMB: ((r.end?.vmHWM ?? NaN) * 1024) / MB, afterImportMB: ((r.afterImport?.vmRSS ?? NaN) * 1024) / MB, ms: r.ms })),
        segmenterLoaded,
        cliPeakRssMB: { jobs1: rssOf('jobs1'), jobs2: rssOf('jobs2'), secondParserMB: rssOf('jobs2') - rssOf('jobs1') },
        pass: peakRssMB <= TARGETS.peakRssMB,
      },
      batch: {
        files: corpus.files.length,
        records,
        command: 'node dist/cli.js extract --jobs N --quiet --format jsonl --out FILE DIR',
        jobs1: { wallMs: samples.jobs1.map((r) => r.wallMs), cpuMs: samples.jobs1.map((r) => r.cpuMs), maxRssMB: samples.jobs1.map((r) => ((r.maxRssMiB ?? NaN) * 2 ** 20) / MB), foreignCores: samples.jobs1.map((r) => r.foreignCores), discarded: discardedBatch.jobs1 },
        jobs2: { wallMs: samples.jobs2.map((r) => r.wallMs), cpuMs: samples.jobs2.map((r) => r.cpuMs), maxRssMB: samples.jobs2.map((r) => ((r.maxRssMiB ?? NaN) * 2 ** 20) / MB), foreignCores: samples.jobs2.map((r) => r.foreignCores), discarded: discardedBatch.jobs2 },
        medianWallMs: { jobs1: wall('jobs1'), jobs2: wall('jobs2') },
        medianCpuMs: { jobs1: cpuOf('jobs1'), jobs2: cpuOf('jobs2') },
        speedup,
        outputsIdentical: identical,
        outputSha256: sha(out1),
        disturbed: batchDisturbed,
        twoProcessesHalfEach: { command: 'two at once: node dist/cli.js extract --jobs 1 --quiet --out FILE --files-from HALF', wallMs: samples.split.map((r) => r.wallMs), cpuMs: samples.split.map((r) => r.cpuMs), medianMs: wall('split'), speedup: splitSpeedup, discarded: discardedBatch.split },
        poolRatio,
        defaultJobs: { wallMs: samples.auto.map((r) => r.wallMs), medianMs: wall('auto'), discarded: discardedBatch.auto },
        pass: poolRatio >= TARGETS.poolVsSplit,
      },
      perFile: {
        synthetic: { cliMs: cliPerFileMs, parseReportMs: warmPerReportMs, ratio: cliPerFileRatio },
        real: { files: realFilesCount, cliWallMs: realWall, oneFileWallMs: realOne, cliMs: realCliPerFileMs, parseReportMs: realPerFileMs, ratio: realCliRatio },
        realOnePass: { passMs, passOneFileMs: passOneMs, parseReportMs: realPassPerFileMs, ratio: realCliPassRatio },
        pass: cliPerFileRatio <= TARGETS.cliPerFile && realCliRatio <= TARGETS.cliPerFile,
      },
      realTexts: { texts: rt.texts, bytesPerPass: rt.bytes, parseMs: rt.parse.ms, cutMs: rt.cut.ms, ratio: realRatio },
      complexity: { shapes: cx.shapes, worstRatio: worstComplexity, pass: worstComplexity <= TARGETS.complexity },
      growth: { seeds: growth, worstPerByteRatio10x: worstGrowth10, worstPerByteRatio100x: worstGrowth100, pass: worstGrowth100 <= TARGETS.growthPerByte },
      table: rows,
      disturbed,
      seconds: (performance.now() - t0) / 1000,
    };
    // Three decimals are plenty for milliseconds, MB and ratios, and keep the file readable.
    const round = (_: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
    await writeFile(join(ROOT, 'bench/results.json'), JSON.stringify(results, round, 2) + '\n');
    log(`wrote bench/results.json (${fmt(results.seconds, 0)} s)`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The real texts (the seeds, and the dev excerpts when ../shared is beside the repo) copied into `dir`. */
async function copyRealTexts(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (const [prefix, from] of [['seed', SEEDS_DIR], ['dev', DEV_DIR]] as const) {
    if (!existsSync(from)) continue;
    for (const f of (await readdir(from)).filter((x) => x.endsWith('.txt')).sort()) {
      const name = `${prefix}-${f}`;
      await cp(join(from, f), join(dir, name));
      names.push(name);
    }
  }
  return names;
}

await main();
