import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CommonJS with type declarations.
    entry: { index: 'src/index.ts', worker: 'src/cli/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    shims: true,
    // zod is 100-odd ES modules; bundled, importing the library costs about a third as much.
    noExternal: ['zod'],
  },
  {
    // The CLI: ESM only, with a shebang.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['zod'],
  },
]);
