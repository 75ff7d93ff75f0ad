// Window resolution against a full one, as a live feed grows: N generated reports in publication order, ingested in
// batches of B into an in-memory store; after each batch the window resolution is timed, then a full one on the same
// store (which then finds nothing to change but still reads everything).
// Run: npx tsx bench/window.ts [N=2000] [B=200]
import { openStore } from '../src/store/index.ts';
import { ingestOne } from '../src/app/ingest.ts';
import { resolveStore } from '../src/app/resolve.ts';
import { ingestString } from '../src/ingest/index.ts';
import { generateReports } from './corpus.ts';

const N = Number(process.argv[2] ?? 2000);
const B = Number(process.argv[3] ?? 200);
const NOW = new Date('2026-01-01T00:00:00Z');
const reports = generateReports(N, 7)
  .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0))
  .map((c) => ingestString(c.text, `${c.id}.txt`, { published: c.published, outlet: c.outlet, now: NOW }, 'text'));
const store = await openStore({ dbPath: 'memory://' });
console.log('| documents | window: documents read | window, ms | full, ms |');
console.log('|---|---|---|---|');
for (let i = 0; i < reports.length; i += B) {
  for (const r of reports.slice(i, i + B)) await ingestOne(store, r);
  let t = performance.now();
  const w = await resolveStore(store);
  const windowMs = performance.now() - t;
  t = performance.now();
  await resolveStore(store, { full: true });
  const fullMs = performance.now() - t;
  console.log(`| ${Math.min(i + B, N)} | ${w.scope === 'window' ? w.read : `all (${w.read})`} | ${windowMs.toFixed(0)} | ${fullMs.toFixed(0)} |`);
}
await store.close();
