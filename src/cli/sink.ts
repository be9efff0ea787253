// Where the records' text goes: stdout (through CliIO) or the --out file, with back-pressure either way.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CliIO } from './io.js';
import { UsageError } from './io.js';

export interface Sink {
  write(s: string): Promise<void>;
  /** Flushes and closes; everything written is on disk (or handed to stdout) when this resolves. */
  close(): Promise<void>;
}

export function stdoutSink(io: CliIO): Sink {
  return { write: async (s) => { if (s) await io.stdout(s); }, close: async () => {} };
}

/** Opens the file first, so a bad --out fails before any parsing. `append` for --resume. */
export async function fileSink(path: string, append: boolean, shown = path): Promise<Sink> {
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w' });
  let failure: Error | undefined;
  stream.on('error', (err) => (failure = err));
  try {
    await once(stream, 'open');
  } catch (err) {
    throw new UsageError(`cannot write ${shown}: ${(err as Error).message}`);
  }
  const check = () => {
    if (failure) throw new Error(`writing ${shown} failed: ${failure.message}`);
  };
  return {
    async write(s) {
      check();
      if (s && !stream.write(s)) await drainOrError(stream);
      check();
    },
    async close() {
      check();
      await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
      check();
    },
  };
}

function drainOrError(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}
