// Hand-labelled gold files, as docs/gold-format.md describes them: one JSON file per report.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { QualifierSchema } from '../schema.js';

/** A value a careful reader could give: one value, several (`{ accept: [...] }`), or one with its qualifier. */
const Accept = <T extends z.ZodType>(value: T) =>
  z.union([value, z.object({ accept: z.array(value).min(1) }), z.object({ value, qualifier: QualifierSchema })]);

export const GoldSchema = z.object({
  doc: z.string().min(1),
  title: Accept(z.string().nullable()).optional(),
  year: Accept(z.number().int().nullable()).optional(),
  issuer: Accept(z.string().nullable()).optional(),
  script: z.enum(['simplified', 'traditional', 'mixed']).optional(),
  summary: z.record(z.string(), Accept(z.number().nonnegative().nullable())).default({}),
  mentions: z
    .array(z.object({ kind: z.string(), value: z.number().nonnegative(), qualifier: QualifierSchema.optional(), anchor: z.string().min(1) }).loose())
    .default([]),
  optional: z.array(z.object({ anchor: z.string().min(1) }).loose()).default([]),
  forbidden: z.array(z.string().min(1)).default([]),
  headings: z.array(z.object({ level: z.number().int().min(0).max(4), title: z.string() })).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;
/** A labelled value as the gold file writes it. */
export type GoldValue<T> = T | { accept: T[] } | { value: T; qualifier: string };

/** A gold folder that cannot be read: the CLI turns it into a usage error (exit 2). */
export class GoldError extends Error {
  override readonly name = 'GoldError';
}

/**
 * Reads every `*.json` of a folder as a gold file, in name order; a file that is no gold file is an error that
 * names the file and the field.
 *
 * @example
 * const golds = await readGoldDir('gold/'); // [{ doc: 'a.txt', summary: {...}, mentions: [...] }, ...]
 */
export async function readGoldDir(dir: string): Promise<Gold[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new GoldError(`cannot read the gold folder ${dir}: ${(err as Error).message}`);
  }
  if (names.length === 0) throw new GoldError(`no gold files (*.json) in ${dir}; see docs/gold-format.md`);
  const out: Gold[] = [];
  for (const name of names) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (err) {
      throw new GoldError(`${name} is no JSON: ${(err as Error).message}`);
    }
    const parsed = GoldSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new GoldError(`${name}: ${issue.path.join('.') || '(file)'}: ${issue.message}; see docs/gold-format.md`);
    }
    out.push(parsed.data);
  }
  return out;
}
