// Turning the command line's files, directories, globs and path lists into one ordered list of inputs.
//
// The order is part of the interface (output order = input order, and --resume relies on it):
// - arguments in the order given, then the paths of --files-from in the order listed;
// - a directory is walked recursively and its files are sorted by their path below the directory,
//   compared by Unicode code point; hidden entries (name starting with '.') are skipped;
// - glob matches are sorted the same way;
// - a file met twice (same real path, whatever the spelling or symlink) is kept the first time only.
// A missing path or a glob that matches nothing becomes a NOT_FOUND input, so it shows up as an error record;
// so does a link in a folder whose target is gone.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { ErrorRecord } from '../schema.js';

/**
 * Files a directory walk picks up by default: reports (text, web pages as government sites name them, Word,
 * PDF), and the formats archives hold that we cannot read (legacy Word and WPS, web archives, OFD, RTF, Excel),
 * so that those give an UNSUPPORTED_FORMAT record rather than vanish. The bytes decide the format, not the name.
 */
export const DEFAULT_INCLUDE = [
  '*.txt', '*.htm', '*.html', '*.shtml', '*.jhtml', '*.xhtml', '*.docx', '*.pdf',
  '*.doc', '*.wps', '*.mht', '*.mhtml', '*.ofd', '*.rtf', '*.xls', '*.xlsx',
] as const;

/**
 * One input: a file to parse, or a failure known before parsing (missing path, unreadable folder). `key` is
 * the real path (or the resolved path when there is none): inputs are told apart, and --resume matches
 * them, by it.
 */
export type Input =
  | { file: string; path: string; key: string }
  | { file: string; error: ErrorRecord['error']; key: string };

/** Where a path came from: an argument may be a glob, a listed path never is (file names may contain `[`). */
export interface Source {
  value: string;
  glob: boolean;
  /** The list it was read from (`stdin`, a --files-from file), for messages. */
  from?: string;
}

/** Entries a directory walk left out, counted for the final line. */
export interface Skipped {
  /** Hidden files and folders (name starting with '.'). */
  hidden: number;
  /** Files that match no --include pattern. */
  otherTypes: number;
  /** Files and folders matched by --exclude. */
  excluded: number;
}

export interface ExpandOptions {
  cwd: string;
  /** Patterns a file found in a directory walk must match. Default DEFAULT_INCLUDE. */
  include?: readonly string[];
  /** Patterns that drop files (and whole folders) from directory walks and glob matches. */
  exclude?: readonly string[];
  /** Filled with what directory walks skipped. */
  skipped?: Skipped;
}

/** Expands sources into inputs in the documented order, without duplicates. */
export async function expandInputs(sources: readonly Source[], options: ExpandOptions): Promise<Input[]> {
  const include = matcher(options.include ?? DEFAULT_INCLUDE);
  const exclude = matcher(options.exclude ?? []);
  const skipped = options.skipped ?? { hidden: 0, otherTypes: 0, excluded: 0 };
  const seen = new Set<string>();
  const out: Input[] = [];
  for (const source of sources) {
    for (const input of await expandOne(source, options.cwd, include, exclude, skipped)) {
      // The same file under two names (`a.txt`, `./a.txt`, a symlink) is one input.
      if (seen.has(input.key)) continue;
      seen.add(input.key);
      out.push(input);
    }
  }
  return out;
}

async function expandOne(source: Source, cwd: string, include: Matcher, exclude: Matcher, skipped: Skipped): Promise<Input[]> {
  const given = source.value;
  const path = resolve(cwd, given);
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      return [{ file: given, key: path, error: { code: 'UNREADABLE', message: `cannot look at ${given} (${code ?? String(err)}); check its permissions` } }];
    }
    // An existing path wins over a glob reading, so a file really named `a[1].txt` is still found.
    if (source.glob && picomatch.scan(given).isGlob) return expandGlob(given, cwd, exclude);
    return [{ file: given, key: path, error: { code: 'NOT_FOUND', message: `no such file or directory: ${given}; check the path` } }];
  }
  if (info.isDirectory()) return walk(given, path, include, exclude, skipped);
  // A file named on the command line is always read, whatever --include says: the user asked for it.
  return [{ file: given, path, key: await realKey(path) }];
}

async function expandGlob(pattern: string, cwd: string, exclude: Matcher): Promise<Input[]> {
  const matches = await glob([pattern], {
    cwd,
    onlyFiles: true,
    expandDirectories: false,
    // tinyglobby answers relative to cwd; an absolute pattern should give absolute paths, as the user wrote them.
    absolute: isAbsolute(pattern),
    followSymbolicLinks: true,
    // As --include and --exclude: `*.TXT` finds report.txt, archives mix the cases of their extensions.
    caseSensitiveMatch: false,
  });
  const files = matches.filter((m) => !exclude(m)).sort(compareCodePoints);
  if (files.length === 0) {
    return [{ file: pattern, key: resolve(cwd, pattern), error: { code: 'NOT_FOUND', message: `no file matches the glob ${pattern}${matches.length ? ' (all matches are excluded)' : ''}` } }];
  }
  const paths = files.map((file) => resolve(cwd, file));
  const keys = await mapLimited(paths, realKey);
  return files.map((file, i) => ({ file, path: paths[i]!, key: keys[i]! }));
}

/** Walks a directory: files matching `include` and not `exclude`, sorted by relative path. */
async function walk(given: string, root: string, include: Matcher, exclude: Matcher, skipped: Skipped): Promise<Input[]> {
  const found: { rel: string; input: Input }[] = [];
  const prefix = given.replace(/[\\/]+$/, '') + '/';
  // Real paths of folders already walked: a symlink loop must not make the walk endless.
  const visited = new Set<string>();

  async function visit(dir: string, rel: string): Promise<void> {
    const real = await realKey(dir);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      const relDir = rel.replace(/\/$/, '');
      found.push({ rel: relDir, input: { file: (prefix + relDir).replace(/\/$/, ''), key: dir, error: { code: 'UNREADABLE', message: `cannot list the folder (${code}); check its permissions` } } });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) {
        skipped.hidden++;
        continue;
      }
      const childRel = rel + entry.name;
      const childPath = resolve(dir, entry.name);
      let isDir = entry.isDirectory();
      let key = join(real, entry.name); // the folder's real path and a plain entry: no call needed
      if (entry.isSymbolicLink()) {
        const target = await stat(childPath).catch(() => null);
        if (!target) {
          // A link whose target is gone: said, if it is a file the walk would take.
          if (include(childRel) && !exclude(childRel)) {
            found.push({ rel: childRel, input: { file: prefix + childRel, key: childPath, error: { code: 'NOT_FOUND', message: 'a symbolic link whose target is missing; fix or remove the link' } } });
          }
          continue;
        }
        isDir = target.isDirectory();
        key = await realKey(childPath);
      }
      // Anything else is taken as a file: a FIFO or a device named like a report gets a NOT_A_FILE record
      // from the reader rather than vanish.
      if (isDir) {
        if (exclude(childRel)) skipped.excluded++;
        else await visit(childPath, childRel + '/');
      } else if (!include(childRel)) skipped.otherTypes++;
      else if (exclude(childRel)) skipped.excluded++;
      else found.push({ rel: childRel, input: { file: prefix + childRel, path: childPath, key } });
    }
  }

  await visit(root, '');
  return found.sort((a, b) => compareCodePoints(a.rel, b.rel)).map((f) => f.input);
}

/** The real path of `path`, or `path` itself when it has none (a missing file). */
export const realKey = (path: string): Promise<string> => realpath(path).catch(() => path);

/** `fn` over `items`, at most `limit` calls at a time, results in order. */
export async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = 32): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
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
