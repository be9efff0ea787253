// Preloaded into a process the benchmark measures (`node --import bench/rusage.mjs …`): when the process
// exits, writes its CPU time and peak memory to the file named by CRM_BENCH_RUSAGE. The figures are the
// whole process's, worker threads included (they share it); workers that preload this module too stay quiet.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.CRM_BENCH_RUSAGE;
if (out && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    let vmHWM = null;
    try {
      const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'));
      if (m) vmHWM = Number(m[1]);
    } catch {}
    // maxRSS and VmHWM in KiB, CPU times in microseconds.
    writeFileSync(out, JSON.stringify({ userCPU: u.userCPUTime, systemCPU: u.systemCPUTime, maxRSS: u.maxRSS, vmHWM }));
  });
}
