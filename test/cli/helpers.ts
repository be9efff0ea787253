// Shared by the CLI tests: a fake CliIO that records what the CLI prints, and temp folders.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO, ProgressStream } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeOptions {
  cwd: string;
  stdin?: string;
  stdoutIsTTY?: boolean;
  progress?: ProgressStream;
  /** Called with each chunk written to stdout, and a function that simulates Ctrl-C. */
  onStdout?: (chunk: string, interrupt: () => void) => void;
}

/** Runs the CLI in-process with fake IO; the clock is pinned so output does not depend on timing. */
export async function runCli(argv: string[], options: FakeOptions): Promise<FakeRun> {
  const out: string[] = [];
  const err: string[] = [];
  const handlers = new Set<() => void>();
  const interrupt = () => handlers.forEach((h) => h());
  const io: CliIO = {
    stdout: (s) => {
      out.push(s);
      options.onStdout?.(s, interrupt);
    },
    stderr: (s) => void err.push(s),
    cwd: options.cwd,
    now: () => 0,
    ...(options.stdin !== undefined ? { readStdin: async () => options.stdin! } : {}),
    ...(options.stdoutIsTTY ? { stdoutIsTTY: true } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
    onInterrupt: (h) => {
      handlers.add(h);
      return () => handlers.delete(h);
    },
  };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `crm-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The JSON lines of a JSONL text. */
export const jsonLines = (text: string): unknown[] =>
  text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
