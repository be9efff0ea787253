// UNREADABLE needs a file the process may not read; as root (CI containers) chmod does not stop it,
// so here the open() call fails the way it does for an ordinary user.
import { vi, it, expect } from 'vitest';
import { readInputFile } from '../../src/input/index.js';
import { rejectsWith } from './helpers.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const denied = async () => {
    throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', errno: -13 });
  };
  return { ...fs, default: { ...fs, open: denied }, open: denied };
});

it('a file that cannot be opened for reading is UNREADABLE, saying what to do', async () => {
  const err = await rejectsWith(readInputFile('fixtures/seeds/000_19782628e28f8999.txt'), 'UNREADABLE');
  expect(err.message).toMatch(/permission denied.*chmod/);
});
