import { extractTimes } from '../src/stages/time.ts';
import { readFileSync } from 'node:fs';
const seed = readFileSync('/work/shared/seeds/000_8eae6e480a1c01f6.txt','utf8');
const show = (t: string, ref: string|null = '2025-12-30', lang='en') => { for (const x of extractTimes(t, ref, lang)) console.log(JSON.stringify([x.text, x.type, x.value, x.interval && `${x.interval.start}..${x.interval.end} ${x.interval.granularity}`, x.by, x.mod ?? '', x.direction ?? ''])); };
show(seed);
console.log('---');
for (const s of process.argv.slice(2)) { console.log('>', s); show(s); }
