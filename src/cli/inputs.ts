// Turning the command line's files, directories, globs and path lists into one ordered list of inputs.
//
// The order is part of the interface (output order = input order, and --resume relies on it):
// - arguments in the order given, then the paths of --files-from in the order listed;
// - a directory is walked recursively and its files are sorted by their path below the directory,
//   compared by Unicode code point; hidden entries (name starting with '.') are skipped;
// - glob matches are sorted the same way;
// - a file met twice (same real path, whatever the spelling or symlink) is kept the first time only.
// A missing path or a glob that matches nothing becomes a NOT_FOUND input, so it shows up as an error record.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { ErrorRecord } from '../schema.js';

/** Report files a directory walk picks up by default; legacy .doc is included so it gives an error record. */
export const DEFAULT_INCLUDE = ['*.txt', '*.htm', '*.html', '*.docx', '*.pdf', '*.doc'] as const;

/** One input: a file to parse, or a failure known before parsing (missing path, unreadable folder). */
export type Input =
  | { file: string; path: string }
  | { file: string; error: ErrorRecord['error'] };

/** Where a path came from: an argument may be a glob, a listed path never is (file names may contain `[`). */
export interface Source {
  value: string;
  glob: boolean;
}

export interface ExpandOptions {
  cwd: string;
  /** Patterns a file found in a directory walk must match. Default DEFAULT_INCLUDE. */
  include?: readonly string[];
  /** Patterns that drop files (and whole folders) from directory walks and glob matches. */
  exclude?: readonly string[];
}

/** Expands sources into inputs in the documented order, without duplicates. */
export async function expandInputs(sources: readonly Source[], options: ExpandOptions): Promise<Input[]> {
  const include = matcher(options.include ?? DEFAULT_INCLUDE);
  const exclude = matcher(options.exclude ?? []);
  const seen = new Set<string>();
  const out: Input[] = [];
  for (const source of sources) {
    for (const input of await expandOne(source, options.cwd, include, exclude)) {
      // The same file under two names (`a.txt`, `./a.txt`, a symlink) is one input.
      const key = 'path' in input ? await realpath(input.path).catch(() => input.path) : resolve(options.cwd, input.file);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(input);
    }
  }
  return out;
}

async function expandOne(source: Source, cwd: string, include: Matcher, exclude: Matcher): Promise<Input[]> {
  const given = source.value;
  const path = resolve(cwd, given);
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      return [{ file: given, error: { code: 'UNREADABLE', message: `cannot look at ${given} (${code ?? String(err)}); check its permissions` } }];
    }
    // An existing path wins over a glob reading, so a file really named `a[1].txt` is still found.
    if (source.glob && picomatch.scan(given).isGlob) return expandGlob(given, cwd, exclude);
    return [{ file: given, error: { code: 'NOT_FOUND', message: `no such file or directory: ${given}; check the path` } }];
  }
  if (info.isDirectory()) return walk(given, path, include, exclude);
  // A file named on the command line is always read, whatever --include says: the user asked for it.
  return [{ file: given, path }];
}

async function expandGlob(pattern: string, cwd: string, exclude: Matcher): Promise<Input[]> {
  const matches = await glob([pattern], {
    cwd,
    onlyFiles: true,
    expandDirectories: false,
    // tinyglobby answers relative to cwd; an absolute pattern should give absolute paths, as the user wrote them.
    absolute: isAbsolute(pattern),
    followSymbolicLinks: true,
  });
  const files = matches.filter((m) => !exclude(m)).sort(compareCodePoints);
  if (files.length === 0) {
    return [{ file: pattern, error: { code: 'NOT_FOUND', message: `no file matches the glob ${pattern}${matches.length ? ' (all matches are excluded)' : ''}` } }];
  }
  return files.map((file) => ({ file, path: resolve(cwd, file) }));
}

/** Walks a directory: files matching `include` and not `exclude`, sorted by relative path. */
async function walk(given: string, root: string, include: Matcher, exclude: Matcher): Promise<Input[]> {
  const found: { rel: string; input: Input }[] = [];
  const prefix = given.replace(/[\\/]+$/, '') + '/';
  // Real paths of folders already walked: a symlink loop must not make the walk endless.
  const visited = new Set<string>();

  async function visit(dir: string, rel: string): Promise<void> {
    const real = await realpath(dir).catch(() => dir);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      const relDir = rel.replace(/\/$/, '');
      found.push({ rel: relDir, input: { file: (prefix + relDir).replace(/\/$/, ''), error: { code: 'UNREADABLE', message: `cannot list the folder (${code}); check its permissions` } } });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childRel = rel + entry.name;
      const childPath = resolve(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(childPath).catch(() => null);
        if (!target) continue; // a dangling link is no report
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) {
        if (!exclude(childRel)) await visit(childPath, childRel + '/');
      } else if (isFile && include(childRel) && !exclude(childRel)) {
        found.push({ rel: childRel, input: { file: prefix + childRel, path: childPath } });
      }
    }
  }

  await visit(root, '');
  return found.sort((a, b) => compareCodePoints(a.rel, b.rel)).map((f) => f.input);
}

type Matcher = (relPath: string) => boolean;

/**
 * Patterns without a slash match the file name at any depth (`*.txt`); patterns with a slash match the
 * path relative to the directory walked (`drafts/**`), or the path as printed for glob matches.
 * Matching ignores case, so `*.txt` also takes `REPORT.TXT`.
 */
function matcher(patterns: readonly string[]): Matcher {
  const opts = { nocase: true, dot: true };
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const name = byName.length ? picomatch(byName, opts) : () => false;
  const path = byPath.length ? picomatch(byPath, opts) : () => false;
  return (rel) => name(rel.slice(rel.lastIndexOf('/') + 1)) || path(rel);
}

/** Orders strings by Unicode code point (JavaScript's default sort compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++; // both are the same surrogate pair: skip its low half
  }
  return a.length - b.length;
}

/** Splits a list of paths: one per line, or NUL-separated (`find -print0`); blank lines are ignored. */
export function splitPathList(text: string): string[] {
  const parts = text.includes('\0') ? text.split('\0') : text.split(/\r?\n/);
  return parts.filter((p) => p.trim() !== '');
}
