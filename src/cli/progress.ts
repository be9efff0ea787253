// The progress bar on a terminal and the one-line summary at the end. Both go to stderr, never to the records.
import cliProgress from 'cli-progress';
import type { Skipped } from './inputs.js';
import type { ProgressStream } from './io.js';

export interface Progress {
  /** One more file done. */
  tick(ok: boolean): void;
  stop(): void;
}

/** A bar showing files done/total, rate, ETA and failures; a no-op unless `stream` is a TTY. */
export function createProgress(stream: ProgressStream | undefined, total: number, now: () => number): Progress {
  if (!stream?.isTTY || total === 0) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      // cli-progress types want a NodeJS.WritableStream; it only calls write() and reads isTTY/columns.
      stream: stream as unknown as NodeJS.WritableStream,
      format: ' {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = now();
  let done = 0;
  let failed = 0;
  bar.start(total, 0, { rate: '0', failed: 0 });
  return {
    tick(ok) {
      done++;
      if (!ok) failed++;
      const seconds = (now() - t0) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0', failed });
    },
    stop: () => bar.stop(),
  };
}

export interface RunStats {
  /** Records written. */
  files: number;
  /** Inputs this run had to do (fewer written means it was interrupted). */
  total: number;
  ok: number;
  failed: number;
  metrics: number;
  /** Warnings on the records (ENCODING_GUESSED, PDF_PAGES_WITHOUT_TEXT, ...). */
  warnings: number;
  seconds: number;
  /** Inputs skipped because --resume found them in the output already. */
  resumed: number;
  /** What folder walks left out. */
  skipped?: Skipped;
}

/** `12 files, 11 ok, 1 failed, 345 metrics, 2 warnings, 0.42 s; skipped in folders: 3 hidden, 12 of other types` */
export function summaryLine(s: RunStats): string {
  const files = s.files < s.total ? `interrupted after ${s.files} of ${s.total} files` : `${s.files} file${s.files === 1 ? '' : 's'}`;
  const resumed = s.resumed ? ` (${s.resumed} more already in the output, skipped)` : '';
  const walked = s.skipped ? describeSkipped(s.skipped) : '';
  const skipped = walked ? `; skipped in folders: ${walked}` : '';
  const warnings = `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`;
  return `${files}, ${s.ok} ok, ${s.failed} failed, ${s.metrics} metrics, ${warnings}, ${s.seconds.toFixed(2)} s${resumed}${skipped}\n`;
}

/** `3 hidden, 12 of other types, 2 excluded` (only the non-zero ones). */
export function describeSkipped(s: Skipped): string {
  return [
    s.hidden ? `${s.hidden} hidden` : '',
    s.otherTypes ? `${s.otherTypes} of other types` : '',
    s.excluded ? `${s.excluded} excluded` : '',
  ].filter(Boolean).join(', ');
}
