// What the CLI needs from the outside world. The bin passes the real process; tests pass fakes,
// so the whole CLI runs in-process and deterministically.

/** A stream the progress bar can draw on (process.stderr when it is a terminal). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface CliIO {
  /** Records go here unless `--out` is given. May return a promise to apply back-pressure. */
  stdout: (s: string) => void | Promise<void>;
  /** Diagnostics, usage errors and the final summary line. */
  stderr: (s: string) => void;
  /** Reads all of standard input, for `-` and `--files-from -`. Absent: reading stdin is a usage error. */
  readStdin?: () => Promise<string>;
  /** Directory that relative paths are resolved against. Default: process.cwd(). */
  cwd?: string;
  /** True when stdout is a terminal: the progress bar then stays off unless records go to `--out`. */
  stdoutIsTTY?: boolean;
  /** Where the progress bar draws; it draws only if this is a TTY. Absent: no progress bar. */
  progress?: ProgressStream;
  /** Calls `handler` on every Ctrl-C (SIGINT) while the run lasts; returns a function that unhooks it. */
  onInterrupt?: (handler: () => void) => () => void;
  /** A clock in milliseconds, for the summary line. Default: performance.now(). */
  now?: () => number;
}

/** A bad command line or setup: the CLI prints the message and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
