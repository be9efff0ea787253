// A synthetic archive for the batch tests: the seed reports copied under varied names in nested folders,
// with a few percent of broken inputs (empty, blank, English, binary, corrupt DOCX/PDF, legacy .doc) and
// some files a directory walk must not take (hidden, other extensions). Deterministic: same files every run.
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ErrorCode } from '../../src/schema.js';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../fixtures/seeds');

export type Expected =
  | { ok: true; seed: string }
  /** The code the input must fail with (a list, should two codes ever be equally right). */
  | { ok: false; codes: readonly ErrorCode[] };

export interface Archive {
  root: string;
  /** Relative paths of the files a default walk takes, in the order the CLI must give them. */
  files: string[];
  expected: Map<string, Expected>;
}

// Folder names chosen to make ordering tricky: case, '.' vs '/', CJK, a full-width letter (U+FF41)
// and a character beyond U+FFFF (U+20000), which sort differently by code point than by UTF-16 unit.
const FOLDERS = ['', 'A/', 'a/', 'a.b/', '2022/西青区/', '2023/西青区/教育局/', 'old reports/', 'ａ/', '𠀀/', 'z/deep/er/still/'];

const BROKEN: { every: number; at: number; name: string; bytes: () => Uint8Array; codes: readonly ErrorCode[] }[] = [
  { every: 100, at: 7, name: 'empty.txt', bytes: () => new Uint8Array(0), codes: ['EMPTY'] },
  { every: 200, at: 19, name: 'blank.txt', bytes: () => Buffer.from(' \n\t\r\n  \n'), codes: ['EMPTY'] },
  { every: 200, at: 31, name: 'english.txt', bytes: () => Buffer.from('Annual report\nNothing in Chinese here.\n'), codes: ['NOT_A_REPORT'] },
  { every: 200, at: 43, name: 'scan.txt', bytes: () => binary(4096, 1), codes: ['BINARY'] },
  { every: 200, at: 59, name: 'broken.docx', bytes: () => concat(Buffer.from('PK\x03\x04'), binary(2048, 2)), codes: ['CORRUPT_FILE'] },
  { every: 200, at: 71, name: 'broken.pdf', bytes: () => concat(Buffer.from('%PDF-1.4\n'), binary(2048, 3)), codes: ['CORRUPT_FILE'] },
  { every: 200, at: 89, name: 'legacy.doc', bytes: () => concat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), binary(2048, 4)), codes: ['UNSUPPORTED_FORMAT'] },
];

/** Writes `count` report-like files (plus a few files a walk skips) under `root`. */
export async function buildArchive(root: string, count = 1000): Promise<Archive> {
  const seeds = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const expected = new Map<string, Expected>();
  const NAMES = [(i: number) => `${i}_报告.txt`, (i: number) => `Report ${i}.TXT`, (i: number) => `第${i}号执法情况.txt`, (i: number) => `r-${String(i).padStart(4, '0')}.txt`];
  for (let i = 0; i < count; i++) {
    const folder = FOLDERS[i % FOLDERS.length]!;
    const broken = BROKEN.find((b) => i % b.every === b.at);
    const rel = folder + (broken ? `${i}_${broken.name}` : NAMES[i % NAMES.length]!(i));
    await mkdir(join(root, dirname(rel)), { recursive: true });
    if (broken) {
      await writeFile(join(root, rel), broken.bytes());
      expected.set(rel, { ok: false, codes: broken.codes });
    } else {
      const seed = seeds[i % seeds.length]!;
      await copyFile(join(SEEDS_DIR, seed), join(root, rel));
      expected.set(rel, { ok: true, seed });
    }
  }
  // Never taken by a default walk: hidden files and folders, other extensions.
  await mkdir(join(root, '.hidden'), { recursive: true });
  await writeFile(join(root, '.hidden', 'secret.txt'), '西青区教育局');
  await writeFile(join(root, '.DS_Store'), binary(64, 5));
  await mkdir(join(root, 'a'), { recursive: true });
  await writeFile(join(root, 'a', 'notes.md'), '# 笔记');
  await writeFile(join(root, 'a', 'data.json'), '{}');
  // UTF-8 byte order is code point order: an independent check of the CLI's sort.
  const files = [...expected.keys()].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  return { root, files, expected };
}

/** Bytes that are no text in any encoding: many NULs, controls and lone UTF-8 continuation bytes. */
function binary(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const r = (s >>> 16) % 96;
    // Every fourth byte NUL, the rest 0x00–0x1f or 0x80–0xbf.
    out[i] = i % 4 === 0 ? 0 : r < 32 ? r : 0x80 + (r - 32);
  }
  return out;
}

const concat = (a: Uint8Array, b: Uint8Array) => Buffer.concat([a, b]);
