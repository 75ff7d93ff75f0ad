import { extractTimes } from '../src/stages/time.ts';
import { readFileSync } from 'node:fs';
const seed = readFileSync('/work/shared/seeds/000_8eae6e480a1c01f6.txt','utf8');
let text = seed; while (text.split(/\s+/).length < 600) text += '\n' + seed;
text = text.split(/\s+/).slice(0, 600).join(' ');
for (let r = 0; r < 5; r++) {
const N = 1000; const t0 = performance.now();
for (let i = 0; i < N; i++) extractTimes(text, '2025-12-30', 'en');
console.log('en ms/600 words', (performance.now() - t0) / N);
}
