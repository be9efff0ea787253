// Dependencies that only some calls need are required on their first use, not at import time, so importing
// the library stays fast (README, "Speed"). Through `require`, which is synchronous: the callers are.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// `import.meta.url` is empty in the CommonJS build, where `__filename` stands in; no bare `require`,
// which bundlers rewrite into a shim that throws in ESM.
export const here = () => (typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url);

/** A function that requires module `id` on its first call and returns it then and after. */
export function onFirstUse<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(here())(id) as T);
}
