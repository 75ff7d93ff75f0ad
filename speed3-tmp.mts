import { lexicon } from './src/lexicons/actors.ts';
const L = lexicon();
console.log([...L.byFirst].map(([k, v]) => [k, v.length] as const).sort((a, b) => b[1] - a[1]).slice(0, 25).map((x) => x.join(':')).join(' '));
console.log([...L.roleByFirst].map(([k, v]) => [k, v.length] as const).sort((a, b) => b[1] - a[1]).slice(0, 10).map((x) => x.join(':')).join(' '));
