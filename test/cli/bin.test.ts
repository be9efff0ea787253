// The real executable in a child process (through tsx, from source): exit codes, stdout, and a real SIGINT.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from './archive.js';
import { tempDir } from './helpers.js';

const BIN = resolve(import.meta.dirname, '../../src/cli/bin.ts');
// Absolute, because the child runs in a temp folder where `tsx` cannot be found by name.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
let tmp: { dir: string; cleanup: () => Promise<void> };

interface Child {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bin; `onData` sees stdout as it comes and may signal the child. */
function bin(args: string[], onData?: (stdout: string, kill: (signal: NodeJS.Signals) => void) => void): Promise<Child> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', TSX, BIN, ...args], { cwd: tmp.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      onData?.(stdout, (signal) => child.kill(signal));
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  tmp = await tempDir('bin');
  await buildArchive(join(tmp.dir, 'archive'), 1000);
});
afterAll(() => tmp.cleanup());

describe('cn-report-metrics (bin)', () => {
  it('sets the exit code: 2 for a usage error, with the message on stderr', async () => {
    const run = await bin(['extract', '--format', 'xml', 'archive']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'xml' is invalid");
  });

  it('on SIGINT writes every finished record in order, then exits 130', async () => {
    let signalled = false;
    const run = await bin(['extract', 'archive', '--jobs', '1'], (stdout, kill) => {
      if (!signalled && stdout.includes('\n')) {
        signalled = true;
        kill('SIGINT');
      }
    });
    expect(run.code).toBe(130);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(1000);
    const files = lines.map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files[0]).toBe('archive/0_报告.txt');
    expect(new Set(files).size).toBe(files.length);
    expect(run.stderr).toMatch(/interrupted after \d+ of 1000 files/);
  });
});
