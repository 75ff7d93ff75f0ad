import { extractTimes } from '../src/stages/time.ts';
for (const s of ['For several weeks, Trump has been warning that Washington was going to begin attacking targets.', 'For three weeks, the navy has blockaded the port.', 'He was held for three weeks in 2019.', 'The ships will stay for two weeks.'])
 console.log(JSON.stringify(extractTimes(s, '2025-12-30', 'en').map(x=>[x.text,x.value,x.interval])));
