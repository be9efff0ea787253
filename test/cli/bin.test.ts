// The real executable in a child process (through tsx, from source): exit codes, stdout, and a real SIGINT.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip, minimalDocxParts, wp } from '../input/helpers.js';
import { buildArchive, SEEDS_DIR } from './archive.js';
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

/** Runs the bin; `onData` sees stdout as it comes and may signal the child, `onErr` the same for stderr. */
function bin(
  args: string[],
  onData?: (stdout: string, kill: (signal: NodeJS.Signals) => void) => void,
  options: { stdoutFd?: number; onErr?: (stderr: string, kill: (signal: NodeJS.Signals) => void) => void } = {},
): Promise<Child> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', TSX, BIN, ...args], { cwd: tmp.dir, stdio: ['ignore', options.stdoutFd ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      onData?.(stdout, (signal) => child.kill(signal));
    });
    child.stderr!.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      options.onErr?.(stderr, (signal) => child.kill(signal));
    });
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  tmp = await tempDir('bin');
  await buildArchive(join(tmp.dir, 'archive'), 1000);
  // A DOCX that takes its worker seconds to convert (its XML is 4 MB, under the limit), between two quick files.
  const para = wp('本年度共办理行政处罚案件4起，罚没金额10.5万元，开展执法检查12次。');
  await writeFile(join(tmp.dir, 'slow.docx'), makeZip(minimalDocxParts(para.repeat(40_000))));
  for (const name of ['fast0.txt', 'fast2.txt']) await copyFile(join(SEEDS_DIR, '001_3770c9764d7b996a.txt'), join(tmp.dir, name));
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

  // While a worker parses a slow file, the main thread still answers Ctrl-C; the second one stops the worker.
  // What had finished before (fast0, in the same batch as the slow file) is written, and nothing after it.
  it.each([['1'], ['2']])('--jobs %s: Ctrl-C twice during a slow file writes the records finished before it, then exits 130', async (jobs) => {
    let first = false;
    let second = false;
    const run = await bin(
      ['extract', 'fast0.txt', 'slow.docx', 'fast2.txt', '--jobs', jobs, '--max-text-length', '100000000'],
      (stdout, kill) => {
        if (!first && stdout.includes('\n')) {
          first = true;
          kill('SIGINT');
        }
      },
      {
        onErr: (stderr, kill) => {
          if (!second && stderr.includes('interrupted: finishing the files in progress')) {
            second = true;
            kill('SIGINT');
          }
        },
      },
    );
    expect(run.code).toBe(130);
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(['fast0.txt']);
    expect(run.stderr).toMatch(/interrupted after 1 of 3 files/);
  });

  it.skipIf(!existsSync('/dev/full'))('stdout on a full device: a plain message, no stack trace, exit 2', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const run = await bin(['extract', 'fast0.txt', 'fast2.txt'], undefined, { stdoutFd: fd });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('error: cannot write the records to standard output: no space left on the device (ENOSPC); records written after the failure are lost\n');
    } finally {
      closeSync(fd);
    }
  });

  it('stdout whose reader went away (`| head`): a plain message, exit 2', async () => {
    const run = await new Promise<Child>((res, rej) => {
      const child = spawn(process.execPath, ['--import', TSX, BIN, 'extract', 'archive', '--jobs', '1'], { cwd: tmp.dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stdout.once('data', () => child.stdout.destroy()); // one chunk, then the reader is gone
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.on('error', rej);
      child.on('close', (code) => res({ code, stdout: '', stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: cannot write the records to standard output: the program reading it stopped (EPIPE); records written after the failure are lost\n');
  });
});
