import { defineConfig } from 'tsup';

// What the package ships (test/package.test.ts checks the list):
// - ESM: the library (index.js), the CLI (cli.js, its shebang comes from src/cli/bin.ts) and the worker-thread
//   module (worker.js) that the pool of both loads. Code splitting puts what they share (the parser, zod) in
//   one chunk, so it is in the package once.
// - CommonJS: the library alone (index.cjs). Its worker pool loads the ESM worker.js, which Node runs from
//   CommonJS as well, so no worker.cjs is built.
// - Declarations for both (index.d.ts, index.d.cts). No source maps: the sources they would point to are
//   not shipped.
// zod is in the package once: bundled into the ESM chunk (its ~100 ES modules would triple the import
// time), required from the installed dependency by the CommonJS build. See the README ("Dependencies").
const common = {
  target: 'node20',
  shims: true,
  sourcemap: false,
} as const;

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    splitting: true,
    // Chunks (dist/chunk-HASH.js, and dist/NAME-HASH.js for code loaded on first use) stay beside the
    // entries: the code in them finds worker.js, dict/ and package.json relative to its own file.
    noExternal: ['zod'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
  },
  {
    ...common,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    splitting: false,
    dts: { entry: { index: 'src/index.ts' } },
  },
]);
