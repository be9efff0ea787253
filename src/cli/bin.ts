#!/usr/bin/env node
// The executable: the real process as CliIO, the exit code from run(). Nothing else lives here.
import { once } from 'node:events';
import { run } from './run.js';

// A closed pipe (`| head`) is not an error worth a stack trace: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await run(process.argv.slice(2), {
  stdout: (s) => (process.stdout.write(s) ? undefined : once(process.stdout, 'drain').then(() => {})),
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
process.exitCode = code;
