#!/usr/bin/env node
// The two scorecard lines contributors quote: the seed reports (what the rules were first written on)
// and the development corpus of real excerpts. Both need ../shared (the scorer, gold and corpus),
// which sits beside a contributor's checkout, not in the package. Run after a build: `npm run score`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const scorer = '../shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.error(`score: ${scorer} is not there; the scorer, gold files and corpora live in ../shared beside a contributor's checkout`);
  process.exit(2);
}
const sets = [
  ['seeds', '../shared/eval/gold/seeds', 'fixtures/seeds'],
  ['dev', '../shared/eval/gold/dev', '../shared/corpus/dev'],
];
let failed = false;
for (const [name, gold, docs] of sets) {
  let out;
  try {
    // The CLI's own summary line goes to stderr; it is shown only when scoring fails.
    out = execFileSync('node', [scorer, '--gold', gold, '--docs', docs, ...process.argv.slice(2)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    failed = true;
    out = e.stdout ?? '';
    process.stderr.write(e.stderr ?? '');
  }
  const lines = out.trimEnd().split('\n');
  if (process.argv.includes('--verbose')) console.log(lines.slice(0, -1).join('\n'));
  console.log(`${name.padEnd(5)} ${lines[lines.length - 1]}`);
}
process.exit(failed ? 1 : 0);
