// API under load: N concurrent clients on loopback against a store of generated events.
// Run: npx tsx bench/api-load.ts [clients=100] [requestsPerClient=20] [events=10000]. Bounded in count; stops by itself.
import { openStore } from '../src/store/index.ts';
import { startServer } from '../src/cli/serve.ts';
import { benchEvents } from './web-events.ts';

const clients = Number(process.argv[2] ?? 100);
const perClient = Number(process.argv[3] ?? 20);
const n = Number(process.argv[4] ?? 10_000);

// A mix of what the web app asks for: lists with filters, single events, actors, health.
const paths = (ids: string[], i: number): string => {
  const k = i % 6;
  if (k === 0) return '/api/events?limit=50';
  if (k === 1) return '/api/events?category=ASSAULT&limit=50&offset=50';
  if (k === 2) return `/api/events?from=2025-10-01&to=2025-12-31&limit=100`;
  if (k === 3) return `/api/events/${ids[i % ids.length]}`;
  if (k === 4) return '/api/actors?limit=50';
  return '/api/health';
};

const store = await openStore({ dbPath: 'memory://' });
const events = benchEvents(n);
await store.replaceEvents(events);
const ids = events.map((e) => e.id);
const server = await startServer(store, '127.0.0.1', 0);
// Warm-up: one request per route (the aggregates are computed once per events version, then cached).
const w0 = performance.now();
for (let i = 0; i < 6; i++) await (await fetch(server.url + paths(ids, i))).arrayBuffer();
console.log(`warm-up, one request per route (cold aggregates): ${(performance.now() - w0).toFixed(0)} ms`);
const latencies: number[] = [];
const slowest = new Map<string, number>();
const failures = new Map<string, number>();
const t0 = performance.now();
await Promise.all(
  Array.from({ length: clients }, async (_, c) => {
    for (let r = 0; r < perClient; r++) {
      const path = paths(ids, c * perClient + r);
      const s = performance.now();
      try {
        const res = await fetch(server.url + path);
        await res.arrayBuffer();
        if (res.status !== 200) failures.set(`HTTP ${res.status}`, (failures.get(`HTTP ${res.status}`) ?? 0) + 1);
      } catch (e) {
        const k = (e as Error).message;
        failures.set(k, (failures.get(k) ?? 0) + 1);
      }
      const ms = performance.now() - s;
      latencies.push(ms);
      if (process.env.BENCH_DETAIL && ms > 2000) console.log(`slow: ${path} started at ${(s - t0).toFixed(0)} ms took ${ms.toFixed(0)} ms`);
      const route = path.replace(/\?.*/, '').replace(/evt_\w+/, ':id');
      slowest.set(route, Math.max(slowest.get(route) ?? 0, ms));
    }
  }),
);
const secs = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(0);
const errors = [...failures.values()].reduce((a, b) => a + b, 0);
console.log(`${n} events · ${clients} concurrent clients × ${perClient} requests = ${latencies.length} requests in ${secs.toFixed(1)} s`);
console.log(`${(latencies.length / secs).toFixed(0)} requests/s · latency p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms · errors: ${errors}${errors ? ' ' + JSON.stringify([...failures]) : ''}`);
console.log(`slowest by route: ${[...slowest].map(([r, ms]) => `${r} ${ms.toFixed(0)} ms`).join(', ')}`);
await server.close();
await store.close();
