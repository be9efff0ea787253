// UNREADABLE needs a file the process may not read; as root (CI containers) chmod does not stop it,
// so here the open() call fails the way it does for an ordinary user. The library takes fs/promises from
// process.getBuiltinModule (src/builtins.ts), so the spy goes on that module object, not on an import.
import { afterEach, expect, it, vi } from 'vitest';
import { readInputFile } from '../../src/input/index.js';
import { rejectsWith } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

it('a file that cannot be opened for reading is UNREADABLE, saying what to do', async () => {
  vi.spyOn(process.getBuiltinModule('node:fs/promises'), 'open').mockRejectedValue(
    Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', errno: -13 }),
  );
  const err = await rejectsWith(readInputFile('fixtures/seeds/000_19782628e28f8999.txt'), 'UNREADABLE');
  expect(err.message).toMatch(/permission denied.*chmod/);
});
