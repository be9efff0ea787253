// What `npm pack` puts in the package: exactly these files (plus the build's hashed chunks), the metadata
// a registry page shows, and nothing the package does not use (source maps, a CommonJS worker).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

const EXPECTED = [
  'LICENSE',
  'README.md',
  'dict/enforcement.txt',
  'dist/cli.js',
  'dist/index.cjs',
  'dist/index.d.cts',
  'dist/index.d.ts',
  'dist/index.js',
  'dist/worker.js',
  'docs/record.md',
  'package.json',
  'schema/report.schema.json',
];
// Code shared by the ESM entries (chunk-HASH.js) and code they load on first use (NAME-HASH.js).
const CHUNK = /^dist\/[a-z]+-[A-Z0-9]{8}\.js$/;

function packedFiles(): string[] {
  if (!existsSync(`${root}dist/index.js`)) throw new Error('no dist/: run npm run build first');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(out) as { files: { path: string }[] }[];
  return info!.files.map((f) => f.path).sort();
}

describe('npm pack', () => {
  const files = packedFiles();

  it('ships exactly the expected files', () => {
    expect(files.filter((f) => !CHUNK.test(f))).toEqual(EXPECTED);
    expect(files.filter((f) => CHUNK.test(f)).length).toBeGreaterThan(0);
  });

  it('ships no source maps and no CommonJS worker', () => {
    expect(files.filter((f) => f.endsWith('.map') || f === 'dist/worker.cjs')).toEqual([]);
  });

  it('bundles zod once: in one ESM chunk, required by the CommonJS build', () => {
    const withZod = files.filter((f) => f.endsWith('.js') && readFileSync(`${root}${f}`, 'utf8').includes('// node_modules/zod/'));
    expect(withZod).toHaveLength(1);
    expect(withZod[0]).toMatch(CHUNK);
    const cjs = readFileSync(`${root}dist/index.cjs`, 'utf8');
    expect(cjs).not.toContain('// node_modules/zod/');
    expect(cjs).toContain('require("zod")');
  });

  it('every file the exports map and bin name is shipped', () => {
    const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin as Record<string, string>)];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') targets.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(pkg.exports);
    for (const t of targets) expect(files, t).toContain(t.replace(/^\.\//, ''));
  });
});

describe('package.json', () => {
  it('has the fields a registry page shows, pointing at one repository', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(`${root}LICENSE`, 'utf8')).toMatch(/^MIT License/);
    expect(pkg.keywords.length).toBeGreaterThan(3);
    const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(pkg.homepage.startsWith(repo)).toBe(true);
    expect(pkg.bugs.url).toBe(`${repo}/issues`);
  });

  it('has nodejieba as an optional dependency only', () => {
    expect(pkg.optionalDependencies).toEqual({ nodejieba: expect.any(String) });
    expect(pkg.dependencies.nodejieba).toBeUndefined();
  });
});
