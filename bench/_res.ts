import { generateReports } from './corpus.ts';
import { ingestString } from '../src/ingest/index.ts';
import { ingestOne } from '../src/app/ingest.ts';
import { resolveInputs } from '../src/app/resolve.ts';
import { resolveEvents } from '../src/resolve/resolve.ts';
import { openStore } from '../src/store/index.ts';
import { pgSandbox } from '../test/reliability/pg.ts';
const N = Number(process.argv[2] ?? 1000);
const box = await pgSandbox('res');
const store = await openStore({ url: box.url, asyncCommit: true, poolSize: 6 });
const rs = generateReports(N, 5);
const t = performance.now();
await Promise.all([0, 1, 2].map(async (k) => {
  for (let i = k; i < rs.length; i += 3) {
    const c = rs[i];
    const r = ingestString(c.text, `${c.id}.txt`, { published: c.published, outlet: c.outlet, now: new Date('2026-01-01T00:00:00Z') }, 'text');
    await ingestOne(store, r);
  }
}));
console.log('ingest s', ((performance.now() - t) / 1000).toFixed(1));
for (let run = 0; run < 2; run++) {
  const t0 = performance.now();
  const previous = new Map<string, string[]>();
  for (const e of await store.listEvents({ limit: 1_000_000 })) previous.set(e.id, e.mentions.map((m) => `${m.doc}:${m.mention}`));
  const t1 = performance.now();
  const rows = await store.allMentions();
  const t2 = performance.now();
  const out = resolveEvents(resolveInputs(rows), previous);
  const t3 = performance.now();
  const links = out.links.map((l) => ({ eventId: l.eventId, doc: l.docId, mention: l.mentionId }));
  const history = out.history.map((h) => ({ eventId: h.eventId, kind: h.kind, detail: { note: h.detail } }));
  const res = await store.replaceEvents(out.events, links, history);
  const t4 = performance.now();
  console.log({ mentions: rows.length, events: out.events.length, listEvents: t1 - t0, allMentions: t2 - t1, resolve: t3 - t2, replace: t4 - t3, created: res.created.length, updated: res.updated.length });
}
await store.close(); await box.drop();
