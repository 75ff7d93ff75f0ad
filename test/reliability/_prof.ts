import { openStore } from '../../src/store/index.ts';
import { openQueue } from '../../src/store/queue.ts';
import { processJob } from '../../src/app/queue-jobs.ts';
const url = process.env.DATABASE_URL!;
const store = await openStore({ url, poolSize: 4 });
const queue = await openQueue({ url });
await store.db.execute('truncate documents cascade' as any).catch(()=>{});
const { sql } = await import('drizzle-orm');
await store.db.execute(sql.raw('truncate documents, mentions, claims, ingest_log cascade'));
await (await import('pg-boss')).default;
const { execSync } = await import('node:child_process');
let tf = 0, tp = 0, tc = 0, n = 0;
for (;;) {
  let t = performance.now();
  const jobs = await queue.fetch(4);
  tf += performance.now() - t;
  if (!jobs.length) break;
  for (const j of jobs) { t = performance.now(); await processJob(store, j); tp += performance.now() - t; n++; }
  t = performance.now();
  await queue.complete(jobs.map((j) => j.id));
  tc += performance.now() - t;
}
console.log({ n, tf, tp, tc });
await queue.close(); await store.close();
