// How many worker threads a batch gets when --jobs is not given: what finishes it soonest.
//
// A worker costs a fixed start (loading the library, then V8 compiling its hot code: about a second of CPU),
// and a short text report costs one or two milliseconds. So a second worker pays only on a batch that takes
// one worker several seconds, and the main thread, which writes the records, needs some of a core as well.
// PDF and DOCX files take tens of times longer than text, so they weigh more.

/** Text-file equivalents of work per extra worker before it pays off. */
export const WORK_PER_WORKER = 2000;
const HEAVY = /\.(?:pdf|docx)$/i;
const HEAVY_WEIGHT = 20;

/**
 * Workers for these files on `cores` cores: one for small batches, up to one per core for big ones.
 *
 * @example
 * defaultJobs(Array(50).fill('a.txt'), 8);      // 1
 * defaultJobs(Array(5000).fill('a.pdf'), 8);    // 8
 */
export function defaultJobs(paths: readonly string[], cores: number): number {
  const work = paths.reduce((sum, p) => sum + (HEAVY.test(p) ? HEAVY_WEIGHT : 1), 0);
  return Math.max(1, Math.min(cores, Math.floor(work / WORK_PER_WORKER) + 1));
}
