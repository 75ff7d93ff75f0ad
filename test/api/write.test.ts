// POST /api/documents: paste, upload, duplicates, rejected input (422), size limit (413), bad bodies (400/415).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/api/app.ts';
import type { Store } from '../../src/store/index.ts';
import { getJson, openFixture, postJson, REPORTS, type Fixture } from './fixtures.ts';

let f: Fixture;
before(async () => {
  f = await openFixture({}, [REPORTS[0]]);
});
after(async () => {
  await f?.store.close();
});

const post = (body: unknown) => postJson(f.app, '/api/documents', body);

test('a pasted report is stored, resolved, and its events listed; the events ETag changes', async () => {
  const before = (await f.app.request('/api/events')).headers.get('etag');
  const res = await post(REPORTS[1]);
  assert.equal(res.status, 201);
  const body = await res.json();
  assert.equal(body.status, 'stored');
  assert.match(body.id, /^doc_[0-9a-f]{16}$/);
  assert.ok(body.events.length >= 1);
  const dossier = await getJson(f.app, `/api/events/${body.events[0]}`);
  assert.ok(body.id in dossier.body.documents, 'the new report is a source of the event');
  const after = (await f.app.request('/api/events', { headers: { 'If-None-Match': before! } })).status;
  assert.equal(after, 200, 'the old ETag no longer matches');
});

test('the same text again is a duplicate: 200, same id, nothing changes', async () => {
  const count = (await getJson(f.app, '/api/health')).body.counts.documents;
  const res = await post({ ...REPORTS[1], outlet: 'Another Name' });
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.status, 'duplicate');
  assert.ok(body.events.length >= 1);
  assert.equal((await getJson(f.app, '/api/health')).body.counts.documents, count);
});

test('input the ingester rejects is 422 with its message', async () => {
  for (const [text, reason] of [
    ['', 'empty'],
    ['  \n\t ', 'empty'],
    ['12 34 -- 56', 'no-text'],
  ]) {
    const res = await post({ text });
    assert.equal(res.status, 422, JSON.stringify(text));
    const { error } = await res.json();
    assert.equal(error.code, 'ingest_rejected');
    assert.equal(error.details.reason, reason);
    assert.ok(error.message.length > 0);
  }
});

test('a body over the limit is 413', async () => {
  const res = await post({ text: 'word '.repeat(1_100_000) });
  assert.equal(res.status, 413);
  assert.equal((await res.json()).error.code, 'payload_too_large');
  const small = createApp(f.store, { maxUploadBytes: 1000 });
  const form = new FormData();
  form.set('file', new File(['The navy seized a ship. '.repeat(100)], 'big.txt', { type: 'text/plain' }));
  const upload = await small.request('/api/documents', { method: 'POST', body: form });
  assert.equal(upload.status, 413);
});

test('bad bodies are 400 (or 415 for an unsupported content type), never a 500', async () => {
  for (const body of [
    { text: 'A ship sank.', html: '<p>A ship sank.</p>' },
    {},
    { text: 'A ship sank.', colour: 'red' },
    { text: 'A ship sank.', published: 'last Tuesday' },
    { text: 'A ship sank.', url: 'javascript:alert(1)' },
    { text: 'A ship sank.', language: 'english please' },
    { text: 42 },
  ]) {
    const res = await post(body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.equal((await res.json()).error.code, 'invalid_parameters');
  }
  const malformed = await f.app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"text": ',
  });
  assert.equal(malformed.status, 400);
  assert.equal((await malformed.json()).error.code, 'bad_request');
  const none = await f.app.request('/api/documents', { method: 'POST' });
  assert.equal(none.status, 400);
  const plain = await f.app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'A ship sank.',
  });
  assert.equal(plain.status, 415);
  assert.equal((await plain.json()).error.code, 'unsupported_media_type');
});

test('HTML with scripts and handlers is stored as text only; responses are JSON with nosniff', async () => {
  const html =
    '<html><head><title>Raid on a depot</title><script>alert(1)</script></head><body><article>' +
    '<p>Soldiers raided a fuel depot in Maracaibo on Monday, the army said. <img src=x onerror="alert(2)"></p>' +
    '<p>Two guards were detained. <a href="javascript:alert(3)">more</a></p></article></body></html>';
  const res = await post({ html, outlet: 'Lake Daily', published: '2025-11-20' });
  assert.equal(res.status, 201);
  const { id } = await res.json();
  const doc = await f.app.request(`/api/documents/${id}`);
  assert.match(doc.headers.get('content-type')!, /^application\/json/);
  assert.equal(doc.headers.get('x-content-type-options'), 'nosniff');
  const { text, meta } = await doc.json();
  assert.match(text, /fuel depot/);
  assert.doesNotMatch(text, /alert|onerror|javascript:|<script/);
  assert.equal(meta.format, 'html');
});

test('multipart upload: a Markdown file with front matter, pasted text, and a binary file', async () => {
  const md =
    '---\ntitle: Tanker boarded\noutlet: Harbour Notes\npublished: 2025-12-02\n---\n\nUS Coast Guard officers boarded a tanker east of Aruba on Sunday, officials said.\n';
  const form = new FormData();
  form.set('file', new File([md], '../../etc/report.md', { type: 'text/markdown' }));
  const res = await f.app.request('/api/documents', { method: 'POST', body: form });
  assert.equal(res.status, 201, await res.clone().text());
  const { id } = await res.json();
  const { body } = await getJson(f.app, `/api/documents/${id}?layers=`);
  assert.deepEqual(
    [body.meta.title, body.meta.outlet, body.meta.source],
    ['Tanker boarded', 'Harbour Notes', 'upload:report.md'],
  );

  const pasted = new FormData();
  pasted.set('text', 'Protesters marched in Caracas on Saturday against the naval deployment, witnesses said.');
  pasted.set('published', '2025-12-06');
  assert.equal((await f.app.request('/api/documents', { method: 'POST', body: pasted })).status, 201);

  const binary = new FormData();
  binary.set('file', new File([new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0, 0, 3])], 'blob.txt'));
  const rejected = await f.app.request('/api/documents', { method: 'POST', body: binary });
  assert.equal(rejected.status, 422);
  assert.equal((await rejected.json()).error.details.reason, 'binary');

  const both = new FormData();
  both.set('text', 'A boat sank.');
  both.set('file', new File(['A boat sank.'], 'a.txt'));
  assert.equal((await f.app.request('/api/documents', { method: 'POST', body: both })).status, 400);
});

test('concurrent uploads are serialised: every report stored, the record consistent', async () => {
  const texts = [
    'Venezuelan troops were deployed to the border town of San Antonio del Táchira on Thursday, the defence ministry said.',
    'The United States imposed new sanctions on four shipping companies on Thursday, the Treasury said.',
    'Colombia called on both governments to hold talks on Thursday, its foreign minister said.',
  ];
  const replies = await Promise.all(texts.map((text) => post({ text, published: '2025-12-12' })));
  assert.deepEqual(
    replies.map((r) => r.status),
    [201, 201, 201],
  );
  const events = (await getJson(f.app, '/api/events?limit=500')).body;
  for (const r of replies)
    for (const e of (await r.json()).events) assert.ok(events.items.some((x: { id: string }) => x.id === e));
});

test('CORS when enabled: only the listed origin', async () => {
  const app = createApp(f.store, { corsOrigins: ['http://localhost:5173'] });
  const ok = await app.request('/api/health', { headers: { Origin: 'http://localhost:5173' } });
  assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  const other = await app.request('/api/health', { headers: { Origin: 'https://evil.example' } });
  assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
});

test('an unexpected failure is a 500 with no internals in the body', async () => {
  const broken: Store = { ...f.store, counts: async () => Promise.reject(new Error('secret connection detail')) };
  const app = createApp(broken);
  const write = process.stderr.write;
  process.stderr.write = () => true; // the handler logs the stack for the operator
  try {
    const res = await app.request('/api/health');
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.doesNotMatch(text, /secret/);
    assert.equal(JSON.parse(text).error.code, 'internal');
  } finally {
    process.stderr.write = write;
  }
});

test('cached aggregates (actors, places) follow new reports: the cache is keyed by the events version', async () => {
  const actors = async () => (await getJson(f.app, '/api/actors?limit=500')).body.items.map((a: { name: string }) => a.name) as string[];
  const places = async () => (await getJson(f.app, '/api/places?limit=500')).body.total as number;
  const [a0, p0] = [await actors(), await places()];
  assert.deepEqual(await actors(), a0, 'a second read is the same (served from the cache)');
  const res = await post({
    outlet: 'Harbour Notes',
    published: '2025-11-20',
    text: 'Colombian soldiers clashed with ELN fighters near Cúcuta on Wednesday, killing two guerrillas, the army said.',
  });
  assert.equal(res.status, 201);
  const a1 = await actors();
  assert.ok(a1.length > a0.length || a1.some((n) => !a0.includes(n)), `new actors appear: ${JSON.stringify(a1)}`);
  assert.ok((await places()) >= p0);
});
