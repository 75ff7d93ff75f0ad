import { readFileSync } from 'node:fs';
import { tokenize } from './src/stages/sentences.ts';
import { matchDemonyms, matchLexicon } from './src/stages/entities-lexicon.ts';
import { matchProperRuns } from './src/stages/entities-propn.ts';
import { matchRoles, resolveRoles } from './src/stages/entities-roles.ts';
import { newScan } from './src/stages/entities-scan.ts';
const seed = readFileSync('/work/shared/seeds/000_8eae6e480a1c01f6.txt', 'utf8');
const { tokens } = tokenize(seed);
const acc = [0, 0, 0, 0, 0, 0];
for (let r = 0; r < 600; r++) {
  const t = [performance.now()];
  const scan = newScan(seed, tokens, 2025); t.push(performance.now());
  matchLexicon(scan, new Set()); t.push(performance.now());
  matchRoles(scan); t.push(performance.now());
  matchDemonyms(scan); t.push(performance.now());
  matchProperRuns(scan); t.push(performance.now());
  scan.cands.sort((a, b) => a.start - b.start); resolveRoles(scan.cands, 2025); t.push(performance.now());
  if (r >= 100) for (let k = 0; k < 6; k++) acc[k] += t[k + 1] - t[k];
}
console.log(['newScan', 'lexicon', 'roles', 'demonyms', 'propn', 'resolve'].map((n, k) => `${n} ${(acc[k] / 500).toFixed(3)}`).join('  '));
