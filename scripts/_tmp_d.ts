import { extractTimes } from '../src/stages/time.ts';
for (const s of process.argv.slice(2))
 console.log(JSON.stringify(extractTimes(s, '2025-12-30', 'en').map(x=>[x.text,x.value,x.by, x.interval])));
