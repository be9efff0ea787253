// --resume: continue a cut-off JSONL output instead of starting over.
//
// The file is read back; a last line without its newline (the run died mid-write) or that is no JSON is
// cut off the file, so its input is parsed again. Every input whose path (as given) has a record in the
// file is skipped, error records included. Any other bad line means the file is not ours: refuse.
import { readFile, truncate } from 'node:fs/promises';
import { UsageError } from './io.js';

export interface ResumeState {
  /** `file` of every record already written → whether it was ok. */
  done: Map<string, boolean>;
  /** Bytes dropped from the end of the file (a cut-off last record). */
  repaired: number;
}

export async function prepareResume(out: string, shown = out): Promise<ResumeState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { done: new Map(), repaired: 0 };
    throw new UsageError(`cannot read ${shown} to resume: ${(err as Error).message}`);
  }
  // Everything up to the last newline; bytes after it are a cut-off line.
  let keep = bytes.lastIndexOf(0x0a) + 1;
  const lines: { text: string; offset: number; lineNo: number }[] = [];
  for (let offset = 0, lineNo = 1; offset < keep; lineNo++) {
    const nl = bytes.indexOf(0x0a, offset);
    const text = bytes.subarray(offset, nl).toString('utf8');
    if (text.trim() !== '') lines.push({ text, offset, lineNo });
    offset = nl + 1;
  }
  const done = new Map<string, boolean>();
  lines.forEach(({ text, offset, lineNo }, i) => {
    const record = parseRecordLine(text);
    if (record) {
      done.set(record.file, record.ok);
    } else if (i === lines.length - 1) {
      keep = offset; // a damaged last line: drop it and redo its input
    } else {
      throw new UsageError(`line ${lineNo} of ${shown} is not a record of extract --format jsonl; refusing to append to it (remove --resume to overwrite)`);
    }
  });
  const repaired = bytes.length - keep;
  if (repaired > 0) await truncate(out, keep);
  return { done, repaired };
}

function parseRecordLine(line: string): { file: string; ok: boolean } | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const { file, ok } = value as { file?: unknown; ok?: unknown };
    return typeof file === 'string' && typeof ok === 'boolean' ? { file, ok } : undefined;
  } catch {
    return undefined;
  }
}
