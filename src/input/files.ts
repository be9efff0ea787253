// Reading a file from disk with every failure turned into a ReportError that says what to do.
// The size is checked with stat before a byte is read, and reading stops at the limit anyway, so a
// growing file, a pipe or /dev/zero cannot exhaust memory.
import { open, stat } from 'node:fs/promises';
import { ReportError } from '../errors.js';
import { checkByteSize, type Limits } from './limits.js';

/**
 * Reads a whole file, refusing directories, missing paths, unreadable files and files over
 * `maxBytes` (checked before reading).
 *
 * @example
 * const bytes = await readBytes('fixtures/seeds/001_3770c9764d7b996a.txt', resolveLimits());
 */
export async function readBytes(path: string, limits: Limits): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fileError(err, path);
  }
  if (info.isDirectory()) {
    throw new ReportError('IS_DIRECTORY', `${path} is a directory; pass the report files in it (e.g. ${path}/*.txt)`);
  }
  checkByteSize(info.size, limits);
  try {
    const handle = await open(path, 'r');
    try {
      return await readAtMost(handle, limits.maxBytes + 1, info.isFile() ? info.size : 64 * 1024, limits);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw err instanceof ReportError ? err : fileError(err, path);
  }
}

type Handle = Awaited<ReturnType<typeof open>>;

// Reads until end of file or `cap` bytes; past maxBytes it is TOO_LARGE (the file grew, or is a pipe).
async function readAtMost(handle: Handle, cap: number, expected: number, limits: Limits): Promise<Uint8Array> {
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(expected + 1, 1)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length >= cap) break;
      const bigger = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  checkByteSize(length, limits);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
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
    default:
      return new ReportError('UNREADABLE', `${path} cannot be read${detail}; check the disk and the file, then try again`, { cause: err });
  }
}
