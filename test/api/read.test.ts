// Every GET route through app.request on one in-memory store: filters, pagination, validation, 404s, ETags.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, openFixture, type Fixture } from './fixtures.ts';

let f: Fixture;
before(async () => {
  f = await openFixture();
});
after(async () => {
  await f?.store.close();
});

const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id);

test('health answers with the store kind and counts', async () => {
  const { status, body } = await getJson(f.app, '/api/health');
  assert.equal(status, 200);
  assert.equal(body.status, 'ok');
  assert.equal(body.store, 'pglite');
  assert.equal(body.counts.documents, 3);
});

test('documents: list with total, pagination, one document with chosen layers', async () => {
  const all = await getJson(f.app, '/api/documents');
  assert.equal(all.body.total, 3);
  assert.deepEqual(ids(all.body).sort(), [...f.docs].sort());
  const page = await getJson(f.app, '/api/documents?limit=1&offset=1');
  assert.deepEqual([page.body.items.length, page.body.total, page.body.limit, page.body.offset], [1, 3, 1, 1]);
  assert.equal(page.body.items[0].id, all.body.items[1].id);

  const doc = await getJson(f.app, `/api/documents/${f.docs[0]}`);
  assert.equal(doc.status, 200);
  assert.equal(doc.body.meta.outlet, 'Gulf Courier');
  assert.match(doc.body.text, /speedboat/);
  assert.deepEqual(Object.keys(doc.body.layers).sort(), [
    'claims',
    'entities',
    'mentions',
    'places',
    'quotes',
    'sentences',
    'times',
  ]);
  assert.ok(doc.body.layers.mentions.length >= 1);
  assert.ok(doc.body.events.length >= 1 && doc.body.events.every((e: { mentions: string[] }) => e.mentions.length));

  const some = await getJson(f.app, `/api/documents/${f.docs[0]}?layers=entities,times`);
  assert.deepEqual(Object.keys(some.body.layers), ['entities', 'times']);
  const none = await getJson(f.app, `/api/documents/${f.docs[0]}?layers=`);
  assert.deepEqual(none.body.layers, {});
});

test('validation errors are 400 with a code, a message and details', async () => {
  for (const path of [
    '/api/documents?limit=0',
    '/api/documents?limit=501',
    '/api/documents?limit=ten',
    '/api/documents?offset=-1',
    '/api/documents?colour=red',
    `/api/documents/${'x'.repeat(65)}`,
    '/api/documents/bad%20id',
    '/api/documents/doc_1?layers=tokens',
    '/api/events?from=2025-13-01',
    '/api/events?from=yesterday',
    '/api/events?from=2025-11-01&to=2025-10-01',
    '/api/events?category=FIGHT',
    '/api/events?status=rumoured',
    '/api/events?bbox=1,2,3',
    '/api/events?bbox=-200,0,0,10',
    '/api/events?bbox=0,20,10,10',
    '/api/events?q=',
    '/api/search',
    '/api/search?q=%20',
    '/api/tallies?what=injured',
    '/api/export?format=xml',
    '/api/places?limit=1000',
  ]) {
    const { status, body, res } = await getJson(f.app, path);
    assert.equal(status, 400, path);
    assert.equal(body.error.code, 'invalid_parameters', path);
    assert.ok(body.error.message.length > 0 && Array.isArray(body.error.details) && body.error.details.length, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  }
});

test('unknown ids and routes are 404 not_found', async () => {
  for (const path of ['/api/documents/doc_0000000000000000', '/api/events/evt_000000000000', '/api/nothing', '/nope']) {
    const { status, body, res } = await getJson(f.app, path);
    assert.equal(status, 404, path);
    assert.equal(body.error.code, 'not_found', path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  }
});

test('events: filters by date, category, actor, place, bbox, text, status and document', async () => {
  const all = await getJson(f.app, '/api/events');
  assert.equal(all.body.total, 3);
  const strike = all.body.items.find((e: { tally: boolean; event: string }) => e.event === 'ASSAULT' && !e.tally);
  const seizure = all.body.items.find((e: { event: string }) => e.event === 'COERCE');
  assert.ok(strike && seizure);
  const n = async (q: string) => ids((await getJson(f.app, `/api/events?${q}`)).body);

  assert.deepEqual(await n('category=COERCE'), [seizure.id]);
  const fromNov = await n('from=2025-11-01');
  assert.ok(
    fromNov.includes(seizure.id) && !fromNov.includes(strike.id),
    'open-ended tallies stay in, as in the store',
  );
  assert.ok(!(await n('to=2025-10-31')).includes(seizure.id));
  assert.deepEqual(
    await n('from=2025-10-14&to=2025-10-14&category=ASSAULT'),
    (await n('category=ASSAULT')).filter((id) => id !== seizure.id),
  );
  assert.ok((await n('actor=usa')).includes(strike.id), 'actor code, any case');
  assert.deepEqual(await n('actor=coast%20guard'), [seizure.id]);
  assert.deepEqual(await n('actor=100%25'), [], 'LIKE wildcards are literal');
  assert.deepEqual(await n('place=caribbean'), [strike.id]);
  assert.deepEqual(await n('place=VEN'), [seizure.id]);
  assert.deepEqual(await n('bbox=-80,5,-70,20'), [strike.id]);
  assert.deepEqual(await n('bbox=-70,5,-60,15'), [seizure.id]);
  assert.deepEqual(await n('bbox=170,5,-60,20'), [strike.id, seizure.id], 'a box across the antimeridian');
  assert.deepEqual(await n('q=oil%20tanker'), [seizure.id]);
  assert.deepEqual(await n(`status=${seizure.status}&category=COERCE`), [seizure.id]);
  assert.deepEqual(await n(`doc=${f.docs[2]}`), [seizure.id]);

  const page = await getJson(f.app, '/api/events?limit=2&offset=2');
  assert.deepEqual([page.body.items.length, page.body.total], [1, 3]);
  assert.deepEqual(page.body.items[0].id, all.body.items[2].id);
  const past = await getJson(f.app, '/api/events?offset=10');
  assert.deepEqual([past.body.items.length, past.body.total], [0, 3]);
});

test("an event's dossier: the event, its documents, sentences and history", async () => {
  const [first] = (await getJson(f.app, '/api/events?category=ASSAULT&q=speedboat')).body.items;
  const { status, body } = await getJson(f.app, `/api/events/${first.id}`);
  assert.equal(status, 200);
  assert.equal(body.event.id, first.id);
  assert.ok(Object.keys(body.documents).length >= 2, 'both reports of the strike');
  assert.ok(Object.values(body.sentences).some((s) => /speedboat/.test(s as string)));
  assert.equal(body.history[0].kind, 'created');
});

test('actors, actor edges and places count the events', async () => {
  const actors = (await getJson(f.app, '/api/actors')).body;
  const us = actors.items.find((a: { code: string }) => a.code === 'USA');
  assert.ok(us.as_actor >= 1 && us.events >= 1);
  assert.equal(actors.items[0].code, 'USA', 'most frequent first');
  assert.deepEqual(
    (await getJson(f.app, '/api/actors?name=guard')).body.items.map((a: { name: string }) => a.name),
    ['Venezuelan coast guard'],
  );
  assert.equal(
    (await getJson(f.app, '/api/actors?category=COERCE')).body.items.some((a: { code: string }) => a.code === 'USA'),
    false,
  );
  const page = (await getJson(f.app, '/api/actors?limit=1&offset=1')).body;
  assert.deepEqual([page.items.length, page.total], [1, actors.total]);

  const edges = (await getJson(f.app, '/api/actors/edges?category=COERCE')).body;
  assert.deepEqual(
    edges.items.map((e: { actor_code: string; category: string }) => [e.actor_code, e.category]),
    [['VEN', 'COERCE']],
  );

  const places = (await getJson(f.app, '/api/places')).body;
  const sea = places.items.find((p: { kind: string }) => p.kind === 'sea');
  assert.equal(sea.name, 'Caribbean');
  assert.equal(typeof sea.lat, 'number');
  assert.equal(sea.events, 1);
  assert.deepEqual(
    (await getJson(f.app, '/api/places?from=2025-11-01')).body.items.map((p: { country: string }) => p.country),
    ['VEN'],
  );
});

test("tallies: a reported running count next to sitrep's own sum", async () => {
  const { body } = await getJson(f.app, '/api/tallies');
  const killed = body.items.find((t: { what: string }) => t.what === 'killed');
  assert.equal(killed.value, 40);
  assert.equal(killed.bound, 'about');
  assert.equal(killed.as_of, '2025-10-15T10:00:00Z');
  assert.deepEqual(killed.computed, { events: 1, value: 3 });
  assert.deepEqual(
    (await getJson(f.app, '/api/tallies?what=vessels')).body.items.map((t: { value: number }) => t.value),
    [9],
  );
});

test('search: ranked hits in documents and events with plain-text snippets and highlights', async () => {
  const { status, body } = await getJson(f.app, '/api/search?q=speedboat');
  assert.equal(status, 200);
  assert.ok(body.total >= 3);
  assert.deepEqual(new Set(body.items.map((h: { type: string }) => h.type)), new Set(['document', 'event']));
  for (const h of body.items) {
    assert.ok(h.highlights.length >= 1);
    for (const r of h.highlights) assert.equal(h.snippet.slice(r.start, r.end).toLowerCase(), 'speedboat');
  }
  const ranks = body.items.map((h: { rank: number }) => h.rank);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => b - a),
  );
  const events = (await getJson(f.app, '/api/search?q=speedboat&type=event')).body;
  assert.ok(events.items.every((h: { type: string }) => h.type === 'event'));
  const phrase = (await getJson(f.app, '/api/search?q=%22oil%20tanker%22%20-speedboat')).body;
  assert.ok(phrase.total >= 1 && phrase.items.every((h: { snippet: string }) => /tanker/i.test(h.snippet)));
  assert.equal((await getJson(f.app, '/api/search?q=zeppelin')).body.total, 0);
});

test('export: PLOVER JSON Lines and the JSON record', async () => {
  const res = await f.app.request('/api/export?format=plover');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /^application\/x-ndjson/);
  const lines = (await res.text())
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines[0].schema, 'sitrep.plover/1');
  assert.equal(lines.length, 4);
  const bare = (await (await f.app.request('/api/export?header=false&category=COERCE')).text()).trim().split('\n');
  assert.equal(bare.length, 1);
  assert.equal(JSON.parse(bare[0]).event, 'COERCE');

  const json = await f.app.request('/api/export?format=json');
  assert.match(json.headers.get('content-type')!, /^application\/json/);
  const record = await json.json();
  assert.equal(record.schema, 'sitrep.record/1');
  assert.equal(record.documents.length, 3);
  assert.equal(record.events.length, 3);
  const some = await (await f.app.request('/api/export?format=json&category=COERCE')).json();
  assert.deepEqual([some.events.length, some.documents.length], [1, 1]);
});

test('ETag on GET responses; If-None-Match gives 304 without a body', async () => {
  for (const path of [
    '/api/events',
    `/api/documents/${f.docs[1]}`,
    '/api/search?q=tanker',
    '/api/export',
    '/openapi.json',
  ]) {
    const first = await f.app.request(path);
    const tag = first.headers.get('etag');
    assert.ok(tag, path);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const again = await f.app.request(path, { headers: { 'If-None-Match': tag! } });
    assert.equal(again.status, 304, path);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), tag);
    const other = await f.app.request(path, { headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(other.status, 200);
  }
  const a = (await f.app.request('/api/events?limit=1')).headers.get('etag');
  const b = (await f.app.request('/api/events?limit=2')).headers.get('etag');
  assert.notEqual(a, b, 'the tag is a hash of the body');
});

test('the OpenAPI 3.1 document lists every route; /docs lists them in escaped, script-free HTML', async () => {
  const { status, body } = await getJson(f.app, '/openapi.json');
  assert.equal(status, 200);
  assert.equal(body.openapi, '3.1.0');
  const routes = Object.entries(body.paths as Record<string, object>).flatMap(([p, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
  );
  assert.deepEqual(routes.sort(), [
    'GET /api/actors',
    'GET /api/actors/edges',
    'GET /api/documents',
    'GET /api/documents/{id}',
    'GET /api/events',
    'GET /api/events/{id}',
    'GET /api/export',
    'GET /api/health',
    'GET /api/places',
    'GET /api/search',
    'GET /api/tallies',
    'POST /api/documents',
  ]);
  const events = body.paths['/api/events'].get;
  assert.ok(
    ['from', 'to', 'category', 'actor', 'place', 'bbox', 'q', 'status', 'limit', 'offset'].every((n) =>
      events.parameters.some((p: { name: string }) => p.name === n),
    ),
  );

  const docs = await f.app.request('/docs');
  assert.equal(docs.status, 200);
  assert.match(docs.headers.get('content-type')!, /^text\/html/);
  assert.match(docs.headers.get('content-security-policy')!, /default-src 'none'/);
  const html = await docs.text();
  for (const r of routes) assert.ok(html.includes(r.split(' ')[1]), r);
  assert.doesNotMatch(html, /<script|\bsrc=|https?:/i, 'nothing loads from anywhere');
});

test('CORS is off by default', async () => {
  const res = await f.app.request('/api/health', { headers: { Origin: 'https://elsewhere.example' } });
  assert.equal(res.headers.get('access-control-allow-origin'), null);
});
