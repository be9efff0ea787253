// The in-process measurements of the benchmark, each run by bench/run.ts in a fresh `node` process (plain
// JavaScript, no TypeScript loader in the way) against the built library:
//
//   node bench/probe.mjs throughput DIST CORPUS RUNS   parseReport vs nodejieba.cut over the whole corpus
//   node bench/probe.mjs growth     DIST CORPUS RUNS   a normal report against its 10× and 100× versions
//   node bench/probe.mjs rss        DIST CORPUS        parseReport over the corpus, then the peak RSS
//   node bench/probe.mjs complexity DIST SHAPES RUNS   each shape of bench/shapes.ts at n and 4n (files in SHAPES)
//   node bench/probe.mjs real       DIST TEXTS RUNS    parseReport vs nodejieba.cut over real texts (seeds, dev)
//   node bench/probe.mjs pass       DIST DIR           one pass of parseReport over the files of DIR, in a fresh
//                                                      process as the CLI runs: JIT warm-up included
//
// Each prints one JSON object on stdout. Every timed pass also says how much CPU the rest of the machine
// used meanwhile (`foreignCores`), so run.ts can tell disturbed passes from clean ones.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, dist, corpus, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const MAX_FOREIGN_CORES = 0.2;

function machineBusyMs() {
  try {
    const t = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1, 9).map(Number);
    return (t.reduce((a, b) => a + b, 0) - t[3] - t[4]) * 10;
  } catch {
    return undefined;
  }
}

/** Times `fn`, with what it returns and the CPU the rest of the machine used meanwhile (cores' worth). */
function timed(fn) {
  const busy0 = machineBusyMs();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const busy1 = machineBusyMs();
  const own = (cpu.user + cpu.system) / 1000;
  const foreignCores = busy0 === undefined ? 0 : Math.max(0, busy1 - busy0 - own) / ms;
  return { ms, foreignCores, value };
}

/**
 * Times each of `fns` `runs` times, taking turns (so a slow spell of the machine falls on all alike). A
 * timing disturbed by other work is taken again, up to twice; if it stays disturbed it is kept and flagged.
 */
function interleave(fns, runs) {
  const out = fns.map(() => ({ ms: [], values: [], foreignCores: [], discarded: 0, disturbed: false }));
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, k) => {
      let t;
      let tries = 0;
      do t = timed(fn);
      while (t.foreignCores > MAX_FOREIGN_CORES && ++tries < 3);
      out[k].discarded += tries;
      if (t.foreignCores > MAX_FOREIGN_CORES) out[k].disturbed = true;
      out[k].ms.push(t.ms);
      out[k].values.push(t.value);
      out[k].foreignCores.push(t.foreignCores);
    });
  }
  return out;
}

const library = await import(pathToFileURL(join(dist, 'index.js')).href);
const { parseReport, isSegmenterLoaded } = library;

function corpusFiles() {
  return readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
}

function throughput() {
  const names = corpusFiles();
  const texts = names.map((f) => readFileSync(join(corpus, f), 'utf8'));
  const normal = names.map((f) => f.startsWith('n'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  // nodejieba as the library itself would load it; its dictionaries are loaded before any timing.
  const jieba = createRequire(join(dist, 'index.js'))('nodejieba');
  jieba.cut('');
  let sink = 0;
  // Returns the time spent on the normal reports alone, for the warm time per report.
  const parseAll = () => {
    let normalMs = 0;
    for (let i = 0; i < texts.length; i++) {
      const t0 = performance.now();
      sink += parseReport(texts[i]).metrics.length;
      if (normal[i]) normalMs += performance.now() - t0;
    }
    return normalMs;
  };
  const cutAll = () => {
    for (const t of texts) sink += jieba.cut(t).length;
  };
  const cutHmmAll = () => {
    for (const t of texts) sink += jieba.cut(t, true).length;
  };
  // Warm-up, not counted: two passes of parseReport (its JIT warm-up), one of each cut.
  parseAll();
  parseAll();
  cutAll();
  cutHmmAll();
  // Interleaved, so a slow spell of the machine hits both sides alike.
  const [parse, cut, cutHmm] = interleave([parseAll, cutAll, cutHmmAll], runs);
  parse.normalMs = parse.values;
  delete parse.values;
  delete cut.values;
  delete cutHmm.values;
  return {
    reports: texts.length,
    normalReports: normal.filter(Boolean).length,
    bytes,
    parse,
    cut,
    cutHmm,
    sink,
  };
}

function growth() {
  const names = corpusFiles();
  const seeds = [...new Set(names.filter((f) => f.startsWith('long-100x-')).map((f) => f.slice('long-100x-'.length, -4)))];
  const out = [];
  for (const s of seeds) {
    const normalName = `n${String(Number(s)).padStart(4, '0')}.txt`;
    const sizes = [
      { factor: 1, name: normalName, repeat: 100 },
      { factor: 10, name: `long-10x-${s}.txt`, repeat: 10 },
      { factor: 100, name: `long-100x-${s}.txt`, repeat: 1 },
    ].map((x) => ({ ...x, text: readFileSync(join(corpus, x.name), 'utf8') }));
    // Each sample parses about the same number of bytes: the normal report 100 times, the 10× one 10 times,
    // the 100× one once. Warm-up first, not counted (five rounds: the JIT is still at work after one).
    const sample = (x) => () => {
      for (let i = 0; i < x.repeat; i++) parseReport(x.text);
    };
    for (let round = 0; round < 5; round++) for (const x of sizes) sample(x)();
    const timings = interleave(sizes.map(sample), runs);
    const results = sizes.map((x, k) => {
      const t = timings[k];
      const perReport = t.ms.map((ms) => ms / x.repeat);
      return { factor: x.factor, file: x.name, bytes: Buffer.byteLength(x.text), chars: x.text.length, msPerReport: perReport, discarded: t.discarded, disturbed: t.disturbed, foreignCores: t.foreignCores };
    });
    out.push({ seed: Number(s), sizes: results });
  }
  return { seeds: out };
}

function rss() {
  const names = corpusFiles();
  const status = () => {
    const s = readFileSync('/proc/self/status', 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s*(\\d+)`).exec(s)?.[1] ?? NaN);
    return { vmRSS: kb('VmRSS'), vmHWM: kb('VmHWM') };
  };
  let afterImport;
  try {
    afterImport = status();
  } catch {
    afterImport = null;
  }
  let metrics = 0;
  const t0 = performance.now();
  for (const f of names) metrics += parseReport(readFileSync(join(corpus, f), 'utf8')).metrics.length;
  const ms = performance.now() - t0;
  let end;
  try {
    end = status();
  } catch {
    end = null;
  }
  return {
    reports: names.length,
    metrics,
    ms,
    maxRSSKiB: process.resourceUsage().maxRSS,
    afterImport,
    end,
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
    segmenterLoaded: isSegmenterLoaded(),
  };
}

// Bytes go through the byte path: parseBytes where the library has it, else parseReport's byte overload.
const parseBytes = library.parseBytes ?? ((bytes) => parseReport(bytes));

/** Each shape at n and 4n (files `<i>-1.<ext>` and `<i>-4.<ext>` in the folder), and the ratio of the times. */
async function complexity() {
  const shapes = JSON.parse(readFileSync(join(corpus, 'shapes.json'), 'utf8'));
  const out = [];
  for (const [i, shape] of shapes.entries()) {
    const input = (k) => {
      const data = readFileSync(join(corpus, `${i}-${k}.${shape.kind === 'html' ? 'html' : 'txt'}`));
      return shape.kind === 'html' ? new Uint8Array(data) : data.toString('utf8');
    };
    const sizes = [1, 4].map((k) => ({ k, data: input(k) }));
    const once = async (data) => {
      const busy0 = machineBusyMs();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      try {
        if (typeof data === 'string') parseReport(data, { maxTextLength: 1e9 });
        else await parseBytes(data, { maxBytes: 1e9, maxTextLength: 1e9 });
      } catch (err) {
        if (!err || typeof err.code !== 'string') throw err; // a ReportError is an answer too
      }
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const foreign = busy0 === undefined ? 0 : Math.max(0, machineBusyMs() - busy0 - (cpu.user + cpu.system) / 1000) / ms;
      return { ms, foreign };
    };
    await once(sizes[0].data); // warm-up, not counted
    const ms = { 1: [], 4: [] };
    let disturbed = false;
    for (let r = 0; r < runs; r++) {
      for (const { k, data } of sizes) {
        let t = await once(data);
        if (t.foreign > MAX_FOREIGN_CORES) t = await once(data);
        if (t.foreign > MAX_FOREIGN_CORES) disturbed = true;
        ms[k].push(t.ms);
      }
    }
    // The fastest run of each: noise only ever adds time.
    const best = (xs) => Math.min(...xs);
    out.push({ name: shape.name, n: shape.n, ms1: ms[1], ms4: ms[4], ratio: best(ms[4]) / best(ms[1]), disturbed });
  }
  return { shapes: out };
}

/** parseReport and nodejieba.cut over the same real texts (the seeds and the dev excerpts), and the ratio. */
function real() {
  const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpus, f), 'utf8'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const jieba = createRequire(join(dist, 'index.js'))('nodejieba');
  jieba.cut('');
  let sink = 0;
  // Each pass parses the texts several times over, so that a pass lasts long enough to time.
  const REPEAT = 20;
  const parseAll = () => {
    for (let k = 0; k < REPEAT; k++) for (const t of texts) sink += parseReport(t).metrics.length;
  };
  const cutAll = () => {
    for (let k = 0; k < REPEAT; k++) for (const t of texts) sink += jieba.cut(t).length;
  };
  for (let i = 0; i < 3; i++) parseAll();
  cutAll();
  const [parse, cut] = interleave([parseAll, cutAll], runs);
  delete parse.values;
  delete cut.values;
  return { texts: texts.length, bytes: bytes * REPEAT, perPass: texts.length * REPEAT, parse, cut, sink };
}

/** One pass over the files of a folder, as a batch would make it: read, parseReport, JSON. */
function pass() {
  const names = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const t0 = performance.now();
  let sink = 0;
  for (const f of names) sink += JSON.stringify(parseReport(readFileSync(join(corpus, f), 'utf8'))).length;
  return { files: names.length, ms: performance.now() - t0, sink };
}

const result =
  mode === 'pass' ? pass()
  : mode === 'throughput' ? throughput()
  : mode === 'growth' ? growth()
  : mode === 'rss' ? rss()
  : mode === 'complexity' ? await complexity()
  : mode === 'real' ? real()
  : null;
if (!result) {
  process.stderr.write(`usage: node bench/probe.mjs throughput|growth|rss|complexity|real|pass DIST DIR [RUNS]\n`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(result) + '\n');
