// `sitrep serve` over real HTTP on loopback: a free port, JSON answers, 100 concurrent clients.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePort, startServer, type RunningServer } from '../../src/cli/serve.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { postJson, REPORTS } from './fixtures.ts';
import { createApp } from '../../src/api/app.ts';

let store: Store;
let server: RunningServer;
before(async () => {
  store = await openStore({ dbPath: 'memory://' });
  await postJson(createApp(store), '/api/documents', REPORTS[0]);
  server = await startServer(store, '127.0.0.1', 0);
});
after(async () => {
  await server?.close();
  await store?.close();
});

test('serves the API and the docs on loopback', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${server.url}/api/health`);
  assert.equal(health.status, 200);
  assert.equal(health.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await health.json()).counts.documents, 1);
  assert.equal((await fetch(`${server.url}/docs`)).status, 200);
  const missing = await fetch(`${server.url}/api/events/evt_000000000000`);
  assert.equal(missing.status, 404);
});

test('100 concurrent clients get their answers without errors', async () => {
  const paths = ['/api/events', '/api/actors', '/api/places', '/api/search?q=speedboat', '/api/documents'];
  const t0 = performance.now();
  const replies = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      fetch(server.url + paths[i % paths.length]).then(async (r) => [r.status, (await r.json()).total] as const),
    ),
  );
  const ms = performance.now() - t0;
  assert.ok(
    replies.every(([status, total]) => status === 200 && total >= 1),
    JSON.stringify(replies.filter(([s]) => s !== 200)),
  );
  if (process.env.SITREP_BENCH_LOG) process.stderr.write(`100 concurrent requests: ${ms.toFixed(0)} ms\n`);
});

test('--port must be a port number', () => {
  assert.equal(parsePort(undefined), 8080);
  assert.equal(parsePort('0'), 0);
  for (const bad of ['-1', '65536', 'http', '80.5', '']) assert.throws(() => parsePort(bad), /invalid --port/, bad);
});
