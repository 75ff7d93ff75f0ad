import { extractTimes } from '../src/stages/time.ts';
const s = process.argv[2];
for (const x of extractTimes(s, process.argv[3] === 'null' ? null : (process.argv[3] ?? '2025-12-30'), 'es')) console.log(JSON.stringify([x.text, x.type, x.value, x.interval && `${x.interval.start}..${x.interval.end} ${x.interval.granularity}`, x.by, x.mod ?? '', x.direction ?? '']));
