// Measuring child processes: wall-clock time, time to the first line of output, CPU time and peak memory
// (through bench/rusage.mjs), and how much CPU the rest of the machine used meanwhile, so that runs
// disturbed by other work can be told apart and run again.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const RUSAGE_HOOK = resolve(import.meta.dirname, 'rusage.mjs');

/** A run counts only if the rest of the machine used less than this many cores' worth of CPU during it. */
export const MAX_FOREIGN_CORES = 0.2;

/** Busy and total CPU time of the whole machine so far, in ms (Linux /proc/stat; undefined elsewhere). */
export function machineCpu(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number); // user nice system idle iowait irq softirq steal
    const total = ticks.reduce((a, b) => a + b, 0);
    const idle = ticks[3]! + ticks[4]!;
    const ms = 1000 / 100; // USER_HZ is 100 on Linux
    return { busy: (total - idle) * ms, total: total * ms };
  } catch {
    return undefined;
  }
}

export interface RunResult {
  wallMs: number;
  /** From the start of the spawn to the first newline on stdout. */
  firstLineMs?: number;
  stdout: string;
  stderr: string;
  code: number | null;
  /** CPU time (user + system) of the child, ms, and its peak resident memory, MiB (with `rusage`). */
  cpuMs?: number;
  maxRssMiB?: number;
  vmHwmMiB?: number;
  /** Cores' worth of CPU used by everything but the child while it ran (needs `rusage` for the child's share). */
  foreignCores?: number;
}

export interface RunOptions {
  cwd?: string;
  /** Preload bench/rusage.mjs to learn the child's CPU time and peak memory. */
  rusage?: boolean;
  /** Keep stdout (default true); false for big outputs that are not needed. */
  keepStdout?: boolean;
  env?: NodeJS.ProcessEnv;
}

let seq = 0;

/** Runs `node ...args` and measures it. */
export async function runNode(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const usageFile = join(tmpdir(), `crm-bench-rusage-${process.pid}-${seq++}.json`);
  const argv = options.rusage ? ['--import', RUSAGE_HOOK, ...args] : args;
  const env = { ...process.env, ...options.env, ...(options.rusage ? { CRM_BENCH_RUSAGE: usageFile } : {}) };
  const cpu0 = machineCpu();
  const t0 = performance.now();
  const result = await new Promise<Omit<RunResult, 'wallMs'> & { wallMs: number }>((res, rej) => {
    const child = spawn(process.execPath, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstLineMs: number | undefined;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      if (firstLineMs === undefined && chunk.includes(0x0a)) firstLineMs = performance.now() - t0;
      if (options.keepStdout !== false) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', rej);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      res({
        wallMs,
        ...(firstLineMs !== undefined ? { firstLineMs } : {}),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
      });
    });
  });
  const cpu1 = machineCpu();
  if (options.rusage) {
    try {
      const u = JSON.parse(await readFile(usageFile, 'utf8')) as { userCPU: number; systemCPU: number; maxRSS: number; vmHWM: number | null };
      result.cpuMs = (u.userCPU + u.systemCPU) / 1000;
      result.maxRssMiB = u.maxRSS / 1024;
      if (u.vmHWM !== null) result.vmHwmMiB = u.vmHWM / 1024;
      if (cpu0 && cpu1) result.foreignCores = Math.max(0, cpu1.busy - cpu0.busy - result.cpuMs) / result.wallMs;
    } catch {
      // the child died before its exit hook: no usage figures
    }
    await rm(usageFile, { force: true });
  }
  return result;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
