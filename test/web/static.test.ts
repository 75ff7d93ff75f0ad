// The web app's static files and the new export formats, through app.request (no browser).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/api/app.ts';
import { openFixture, type Fixture } from '../api/fixtures.ts';

let f: Fixture;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
before(async () => {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'main-abc123.css'), 'body{}');
  f = await openFixture({ webDir: dir });
});
after(() => f.store.close());

test('app pages get index.html with a strict CSP; assets their content type', async () => {
  for (const path of ['/', '/event/evt_0123', '/doc/doc_1?hl=1-2', '/actors', '/search?q=x', '/add', '/reports']) {
    const res = await f.app.request(path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(await res.text(), /<title>app<\/title>/);
  }
  const js = await f.app.request('/assets/main-abc123.js');
  assert.match(js.headers.get('content-type')!, /^text\/javascript/);
  assert.match(js.headers.get('cache-control')!, /immutable/);
  assert.match((await f.app.request('/assets/main-abc123.css')).headers.get('content-type')!, /^text\/css/);
});

test('unknown paths, traversal and API paths are not the app', async () => {
  for (const path of ['/nope', '/assets/missing.js', '/..%2f..%2fpackage.json', '/assets/..%2f..%2fpackage.json', '/api/nothing']) {
    const res = await f.app.request(path);
    assert.equal(res.status, 404, path);
    assert.match(res.headers.get('content-type')!, /application\/json/, path);
  }
  assert.match(await (await f.app.request('/openapi.json')).text(), /"openapi"/);
});

test('without a built app the server says how to build it', async () => {
  const app = createApp(f.store, { webDir: join(dir, 'absent') });
  const res = await app.request('/');
  assert.equal(res.status, 503);
  assert.match(await res.text(), /npm run build:web/);
  assert.equal((await createApp(f.store, { webDir: null }).request('/')).status, 404);
});

test('/api/export serves csv, geojson and timeline', async () => {
  const csv = await f.app.request('/api/export?format=csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type')!, /^text\/csv/);
  const lines = (await csv.text()).split('\r\n');
  assert.match(lines[0], /^event_id,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,geo_precision,source,notes,fatalities/);
  const geo = await f.app.request('/api/export?format=geojson');
  assert.match(geo.headers.get('content-type')!, /^application\/geo\+json/);
  const fc = await geo.json();
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(fc.features.every((x: { geometry: unknown }) => x.geometry !== null));
  const all = await (await f.app.request('/api/export?format=geojson&unlocated=true')).json();
  assert.ok(all.features.length >= fc.features.length);
  const tl = await (await f.app.request('/api/export?format=timeline&category=ASSAULT')).json();
  assert.ok(tl.events.length > 0 && tl.events.every((e: { group: string }) => e.group === 'ASSAULT'));
  assert.equal((await f.app.request('/api/export?format=xml')).status, 400);
});

test('cached exports follow changes to the events', async () => {
  const before = (await (await f.app.request('/api/export?format=geojson&unlocated=true')).json()).features.length;
  const res = await f.app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Rebels attacked an army post in Arauca on Sunday, killing two soldiers, the army said on Monday.', published: '2025-11-24' }),
  });
  assert.equal(res.status, 201);
  const after = (await (await f.app.request('/api/export?format=geojson&unlocated=true')).json()).features.length;
  assert.ok(after > before, `${after} > ${before}`);
});
