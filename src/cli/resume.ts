// --resume: continue a cut-off JSONL output instead of starting over.
//
// The file is read back; a last line without its newline (the run died mid-write) or that is no JSON is
// cut off the file, so its input is parsed again. Every input that has a record in the file is skipped,
// error records included. Any other bad line means the file is not ours: refuse.
//
// Records are matched to inputs by real path, as the run itself tells inputs apart. A record's `file` is the
// path as it was given, relative to the folder the first run was started in; resuming from another folder
// (`cd ..`, another shell) would read it against the wrong one. So that folder is found again: the inputs
// whose path ends in a record's `file` say where it was, and the folder most of them agree on is used.
import { readFile, truncate } from 'node:fs/promises';
import { isAbsolute, normalize, resolve, sep } from 'node:path';
import type { Input } from './inputs.js';
import { mapLimited, realKey } from './inputs.js';
import { UsageError } from './io.js';

export interface ResumeState {
  /** Every record already written, by the key of its input (its real path) → whether it was ok. */
  done: Map<string, boolean>;
  /** Bytes dropped from the end of the file (a cut-off last record). */
  repaired: number;
}

export interface ResumeContext {
  /** The folder this run resolves relative paths against. */
  cwd: string;
  /** This run's inputs, for finding the folder of the earlier run. */
  inputs: readonly Input[];
}

export async function prepareResume(out: string, shown = out, context?: ResumeContext): Promise<ResumeState> {
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
  const records: { file: string; ok: boolean }[] = [];
  lines.forEach(({ text, offset, lineNo }, i) => {
    const record = parseRecordLine(text);
    if (record) {
      records.push(record);
    } else if (i === lines.length - 1) {
      keep = offset; // a damaged last line: drop it and redo its input
    } else {
      throw new UsageError(`line ${lineNo} of ${shown} is not a record of extract --format jsonl; refusing to append to it (remove --resume to overwrite)`);
    }
  });
  const repaired = bytes.length - keep;
  if (repaired > 0) await truncate(out, keep);
  return { done: context ? await byRealPath(records, context) : new Map(records.map((r) => [r.file, r.ok])), repaired };
}

/** The records by the real path of their file, read against the folder of the run that wrote them. */
async function byRealPath(records: readonly { file: string; ok: boolean }[], { cwd, inputs }: ResumeContext): Promise<Map<string, boolean>> {
  const origin = originalFolder(records, inputs, cwd);
  const keys = await mapLimited(records, (r) => realKey(resolve(origin, r.file)));
  return new Map(records.map((r, i) => [keys[i]!, r.ok]));
}

/**
 * The folder the records' relative paths were given in: each input whose absolute path ends in a record's
 * relative path names a candidate folder; the one most records agree on wins, this run's folder when it is
 * as good (the documented case: the same command from the same folder).
 */
function originalFolder(records: readonly { file: string }[], inputs: readonly Input[], cwd: string): string {
  // Every tail of every input path (`a/b/c.txt`: `c.txt`, `b/c.txt`, `a/b/c.txt`) → the folders before it.
  const byTail = new Map<string, string[]>();
  for (const input of inputs) {
    const path = 'path' in input ? input.path : resolve(cwd, input.file);
    for (let at = path.lastIndexOf(sep); at > 0; at = path.lastIndexOf(sep, at - 1)) {
      const tail = path.slice(at + 1);
      const folders = byTail.get(tail);
      if (folders) folders.push(path.slice(0, at));
      else byTail.set(tail, [path.slice(0, at)]);
    }
  }
  const votes = new Map<string, number>();
  for (const { file } of records) {
    const rel = normalize(file);
    if (isAbsolute(rel) || rel.startsWith('..')) continue;
    for (const folder of byTail.get(rel) ?? []) votes.set(folder, (votes.get(folder) ?? 0) + 1);
  }
  let best = cwd;
  for (const [folder, n] of votes) if (n > (votes.get(best) ?? 0)) best = folder;
  return best;
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
