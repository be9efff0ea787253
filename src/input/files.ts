// Reading a file from disk with every failure turned into a ReportError that says what to do.
//
// The file is opened without blocking and its type and size are taken from the open file (one fstat),
// so a FIFO, a socket or a device can neither hang the read nor be mistaken for a report (NOT_A_FILE), and
// a file over maxBytes is refused before a byte is read. Reading stops at the limit anyway, so a file that
// grows meanwhile cannot exhaust memory.
//
// Two forms of the same steps: `readBytes` for the library (asynchronous, never blocks the caller's event
// loop) and `readBytesSync` for the CLI's workers, which have a thread of their own and save the four
// round trips to libuv's thread pool that each file costs asynchronously.
import type { Stats } from 'node:fs';
import { nodeFs, nodeFsPromises } from '../builtins.js';
import { ReportError } from '../errors.js';
import { checkByteSize, type Limits } from './limits.js';

// O_NONBLOCK makes open() return at once for a FIFO without a writer; it changes nothing for regular files.
// (Windows has no such flag and no FIFOs to open.)
const openFlags = () => {
  const { constants } = nodeFs();
  return constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
};

/**
 * Reads a whole file, refusing directories, missing paths, unreadable files, anything that is no regular
 * file, and files over `maxBytes` (checked before reading).
 *
 * @example
 * const bytes = await readBytes('fixtures/seeds/001_3770c9764d7b996a.txt', resolveLimits());
 */
export async function readBytes(path: string, limits: Limits): Promise<Uint8Array> {
  let handle;
  try {
    handle = await nodeFsPromises().open(path, openFlags());
  } catch (err) {
    throw fileError(err, path);
  }
  try {
    const info = await handle.stat();
    const reader = new Reader(path, info, limits);
    while (reader.room() > 0) {
      const { bytesRead } = await handle.read(reader.buffer, reader.length, reader.room(), null);
      if (!reader.took(bytesRead)) break;
    }
    return reader.bytes();
  } catch (err) {
    throw err instanceof ReportError ? err : fileError(err, path);
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * `readBytes` in one thread, without the event loop: for worker threads, where blocking costs nothing.
 *
 * @example
 * const bytes = readBytesSync('fixtures/seeds/001_3770c9764d7b996a.txt', resolveLimits());
 */
export function readBytesSync(path: string, limits: Limits): Uint8Array {
  const { closeSync, fstatSync, openSync, readSync } = nodeFs();
  let fd: number;
  try {
    fd = openSync(path, openFlags());
  } catch (err) {
    throw fileError(err, path);
  }
  try {
    const reader = new Reader(path, fstatSync(fd), limits);
    while (reader.room() > 0) if (!reader.took(readSync(fd, reader.buffer, reader.length, reader.room(), null))) break;
    return reader.bytes();
  } catch (err) {
    throw err instanceof ReportError ? err : fileError(err, path);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do: the bytes are read
    }
  }
}

/** The checks on an open file and its read buffer, shared by both forms of reading. */
class Reader {
  buffer: Buffer;
  length = 0;
  private readonly cap: number;

  constructor(path: string, info: Stats, private readonly limits: Limits) {
    if (info.isDirectory()) {
      throw new ReportError('IS_DIRECTORY', `${path} is a directory; pass the report files in it (e.g. ${path}/*.txt)`);
    }
    if (!info.isFile()) {
      throw new ReportError('NOT_A_FILE', `${path} is ${kindOf(info)}, not a regular file; save what it delivers to a file and pass that`);
    }
    checkByteSize(info.size, limits);
    this.cap = limits.maxBytes + 1;
    // One byte more than the size: a read that fills it means the file grew.
    this.buffer = Buffer.allocUnsafe(Math.min(this.cap, info.size + 1));
  }

  /** Free space in the buffer, growing it (up to the cap) when full; 0 at the cap. */
  room(): number {
    if (this.length === this.buffer.length && this.buffer.length < this.cap) {
      const bigger = Buffer.allocUnsafe(Math.min(this.cap, this.buffer.length * 2));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    return this.buffer.length - this.length;
  }

  /** Counts a read; false at the end of the file. */
  took(bytesRead: number): boolean {
    this.length += bytesRead;
    return bytesRead > 0;
  }

  bytes(): Uint8Array {
    checkByteSize(this.length, this.limits);
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'no regular file';
}

/**
 * Maps a Node file-system error to a ReportError code and a message that says what to do.
 *
 * @example
 * fileError(Object.assign(new Error(), { code: 'ENOENT' }), 'a.txt').code; // 'NOT_FOUND'
 */
export function fileError(err: unknown, path: string): ReportError {
  const code = (err as { code?: string } | null)?.code;
  const detail = err instanceof Error && err.message ? ` (${err.message})` : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ReportError('NOT_FOUND', `no file at ${path}; check the path and the working directory`, { cause: err });
    case 'EISDIR':
      return new ReportError('IS_DIRECTORY', `${path} is a directory; pass the report files in it (e.g. ${path}/*.txt)`, { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new ReportError('UNREADABLE', `${path} cannot be read: permission denied; check its permissions (chmod +r) or run as a user who may read it`, { cause: err });
    case 'EMFILE':
    case 'ENFILE':
      return new ReportError('UNREADABLE', `${path} cannot be opened: too many open files; run fewer jobs at once`, { cause: err });
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return new ReportError('NOT_FOUND', `${path} cannot be resolved${detail}; check the path`, { cause: err });
    case 'ENXIO':
      // A socket file, or a FIFO opened for writing only: there is nothing to read.
      return new ReportError('NOT_A_FILE', `${path} is no regular file; save what it delivers to a file and pass that`, { cause: err });
    default:
      return new ReportError('UNREADABLE', `${path} cannot be read${detail}; check the disk and the file, then try again`, { cause: err });
  }
}
