#!/usr/bin/env node
// The executable: the real process as CliIO, the exit code from run(). Nothing else lives here.
import { run } from './run.js';
import { stdoutWriter } from './stdout.js';

const stdout = stdoutWriter(process.stdout);

let code = await run(process.argv.slice(2), {
  stdout: stdout.write,
  stderr: (s) => void process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
});
// The last records may fail to reach stdout after run() has returned (a full disk is noticed on flush).
const failure = await stdout.flush();
if (failure && code !== 2) {
  process.stderr.write(`error: ${failure.message}\n`);
  code = 2;
}
process.exitCode = code;
