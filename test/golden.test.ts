// Whole-report golden tests: each fixture's record is checked in beside it as <name>.expected.json.
// Rewrite them on purpose with UPDATE_GOLDEN=1 npm test, and read the diff before committing.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { ReportSchema } from '../src/schema.js';

const dir = 'fixtures/seeds';
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('golden records of the seed reports', () => {
  it.each(seeds)('%s', async (name) => {
    const file = join(dir, name);
    const record = ReportSchema.parse(await parseFile(file));
    const expectedPath = file.replace(/\.txt$/, '.expected.json');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) {
      if (process.env.CI && !existsSync(expectedPath)) throw new Error(`missing ${expectedPath}`);
      writeFileSync(expectedPath, JSON.stringify(record, null, 2) + '\n');
    }
    expect(record).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
