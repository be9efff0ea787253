// Writing records to the process's stdout with back-pressure, and turning a stdout that cannot be written
// (a full disk, `> /dev/full`, a reader that went away) into one plain error: the run stops and exits with 2,
// as a failing --out does, instead of dying with a stack trace.
import type { Writable } from 'node:stream';

export interface StdoutWriter {
  /** Writes; rejects once stdout has failed, so the run stops at the next record. */
  write(s: string): Promise<void> | void;
  /** Waits until everything written has been handed to the system; the failure, if any. */
  flush(): Promise<Error | undefined>;
}

/** The error for a failed stdout, saying what happened in words (the code stays for the curious). */
export function stdoutError(err: NodeJS.ErrnoException): Error {
  const why =
    err.code === 'EPIPE' ? 'the program reading it stopped (EPIPE)'
    : err.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)'
    : err.message;
  return new Error(`cannot write the records to standard output: ${why}; records written after the failure are lost`);
}

export function stdoutWriter(stream: Writable): StdoutWriter {
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    failure ??= stdoutError(err);
    wake?.();
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write(s) {
      check();
      if (stream.write(s)) return;
      // Full: wait for room, or for the failure that means there will be none.
      return new Promise<void>((resolve, reject) => {
        const done = () => {
          stream.off('drain', done);
          wake = undefined;
          if (failure) reject(failure);
          else resolve();
        };
        wake = done;
        stream.once('drain', done);
      });
    },
    flush: () =>
      new Promise((resolve) => {
        if (failure || stream.destroyed) return resolve(failure);
        stream.write('', () => resolve(failure));
        wake = () => resolve(failure);
      }),
  };
}
