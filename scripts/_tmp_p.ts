import { EN_DATE_RULES } from '../src/stages/time-en-dates.ts';
import { EN_SPAN_RULES } from '../src/stages/time-en-spans.ts';
import { chronoHits } from '../src/stages/time-chrono.ts';
import { readFileSync } from 'node:fs';
const seed = readFileSync('/work/shared/seeds/000_8eae6e480a1c01f6.txt','utf8');
let text = seed; while (text.split(/\s+/).length < 600) text += '\n' + seed;
text = text.split(/\s+/).slice(0, 600).join(' ');
const N = 500;
for (const r of [...EN_DATE_RULES, ...EN_SPAN_RULES]) {
  for (let i = 0; i < 50; i++) [...text.matchAll(r.re)];
  const t0 = performance.now(); for (let i = 0; i < N; i++) [...text.matchAll(r.re)];
  console.log(r.by, ((performance.now() - t0) / N * 1000).toFixed(1), 'us');
}
const env = { text, ref: 20000, tense: () => null, ongoing: () => false } as any;
for (let i = 0; i < 50; i++) chronoHits(text, env, 'en', () => false);
const t0 = performance.now(); for (let i = 0; i < N; i++) chronoHits(text, env, 'en', () => false);
console.log('chrono', ((performance.now() - t0) / N * 1000).toFixed(1), 'us');
