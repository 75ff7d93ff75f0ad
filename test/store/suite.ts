// The store test suite, run against every backend (embedded PGlite and PostgreSQL) by store.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/index.ts';
import { makeDoc, makeEvent } from './fixtures.ts';
import { readMigrations } from '../../src/store/migrate.ts';

const LATEST = readMigrations().at(-1)!.tag;

export interface Backend {
  open(): Promise<Store>;
  /** Runs after close: drops what the backend made (a schema on PostgreSQL). */
  cleanup?(): Promise<void>;
}

export function storeSuite(name: string, backend: Backend, skip: string | false = false): void {
  describe(`store on ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
      await backend.cleanup?.();
    });

    test('a fresh store is empty and migrated', async () => {
      assert.deepEqual(await store.counts(), { documents: 0, mentions: 0, claims: 0, events: 0, eventHistory: 0, ingestLog: 0 });
      assert.equal(await store.schemaVersion(), LATEST);
    });

    test('saves a document with its mentions and claims, and gives it back unchanged', async () => {
      const doc = makeDoc(1);
      assert.deepEqual(await store.saveDocument(doc), { status: 'stored', id: doc.meta.id });
      const back = await store.getDocument(doc.meta.id);
      assert.deepEqual(back, doc);
      // json columns keep key order, so re-serialising gives the same bytes
      assert.equal(JSON.stringify(back), JSON.stringify(doc));
      const c = await store.counts();
      assert.equal(c.documents, 1);
      assert.equal(c.mentions, 2);
      assert.equal(c.claims, 2);
      assert.equal(await store.getDocument('doc_missing'), null);
    });

    test('the same document twice is a duplicate and changes nothing', async () => {
      const doc = makeDoc(1);
      const before = await store.counts();
      assert.deepEqual(await store.saveDocument(doc), { status: 'duplicate', id: doc.meta.id });
      assert.deepEqual(await store.saveDocument(doc), { status: 'duplicate', id: doc.meta.id });
      const after = await store.counts();
      assert.deepEqual({ ...after, ingestLog: 0 }, { ...before, ingestLog: 0 });
      assert.equal(after.ingestLog, before.ingestLog + 2);
      assert.deepEqual((await store.ingestLog({ limit: 1 }))[0].status, 'duplicate');
    });

    test('a document whose insert fails midway leaves nothing behind', async () => {
      await store.saveDocument(makeDoc(2));
      const before = await store.counts();
      const bad = makeDoc(3);
      bad.layers.mentions![1].id = 'm0'; // duplicate mention id: the mentions insert fails after the document row
      const res = await store.saveDocument(bad);
      assert.equal(res.status, 'rejected');
      assert.equal(res.code, 'store-failed');
      assert.match(res.message ?? '', /duplicate key|unique/i);
      assert.equal(await store.getDocument(bad.meta.id), null);
      const after = await store.counts();
      assert.deepEqual({ ...after, ingestLog: 0 }, { ...before, ingestLog: 0 });
      assert.ok(await store.getDocument(makeDoc(2).meta.id), 'earlier documents are intact');
      const [last] = await store.ingestLog({ limit: 1 });
      assert.equal(last.status, 'rejected');
      assert.equal(last.docId, bad.meta.id);
      // the store is still usable after the failed transaction
      assert.equal((await store.saveDocument(makeDoc(3))).status, 'stored');
    });

    test('a document without an id is rejected and logged', async () => {
      const doc = makeDoc(4);
      doc.meta.id = '';
      assert.equal((await store.saveDocument(doc)).code, 'no-id');
    });

    test('logIngest records rejected inputs', async () => {
      await store.logIngest({ source: 'feeds/broken.xml', status: 'rejected', code: 'empty-text', message: 'no text after cleaning' });
      const [row] = await store.ingestLog({ limit: 1 });
      assert.equal(row.source, 'feeds/broken.xml');
      assert.equal(row.status, 'rejected');
      assert.equal(row.code, 'empty-text');
      assert.equal(row.docId, null);
      assert.ok(!Number.isNaN(Date.parse(row.at)));
    });

    test('lists documents with their counts, oldest publication first', async () => {
      await store.saveDocument(makeDoc(5, '2025-10-01T00:00:00Z'));
      const list = await store.listDocuments();
      assert.equal(list.length, 4);
      assert.equal(list[0].id, makeDoc(5).meta.id);
      assert.equal(list[0].mentions, 2);
      assert.equal(list[0].claims, 2);
      assert.equal(list[0].format, 'text');
      assert.equal((await store.listDocuments({ limit: 2, offset: 3 })).length, 1);
    });

    test('allMentions gives each mention with its claims and document facts', async () => {
      const all = await store.allMentions();
      assert.equal(all.length, 8);
      const first = all[0];
      assert.equal(first.doc, makeDoc(5).meta.id);
      assert.equal(first.published, '2025-10-01T00:00:00Z');
      assert.equal(first.outlet, 'The Harbour Gazette');
      assert.equal(first.url, 'https://example.org/boat-5');
      assert.equal(first.mention.id, 'm0');
      assert.deepEqual(first.mention, makeDoc(5).layers.mentions![0]);
      assert.deepEqual(first.claims, [makeDoc(5).layers.claims![0]]);
      assert.equal(all[1].claims[0].source, 'Port officials');
    });

    test('replaceEvents upserts, removes what is gone and keeps history', async () => {
      const d1 = makeDoc(1).meta.id;
      const d2 = makeDoc(2).meta.id;
      const a = makeEvent('evt_a', d1, 'm0');
      const b = makeEvent('evt_b', d2, 'm0', { event: 'COERCE', mode: 'seize', date: '2025-12-10', enddate: '2025-12-12' });
      let r = await store.replaceEvents([a, b]);
      assert.deepEqual(r, { created: ['evt_a', 'evt_b'], updated: [], unchanged: [], removed: [] });
      assert.deepEqual(await store.getEvent('evt_b'), b);

      const a2 = { ...a, status: 'multiple_sources' as const, mentions: [...a.mentions, { doc: d2, mention: 'm1', start: 0, end: 5, text: 'Port' }] };
      const c = makeEvent('evt_c', d2, 'm1', { date: '2025-11-20', enddate: null, date_granularity: 'open' });
      r = await store.replaceEvents([a2, c], undefined, [{ eventId: 'evt_a', kind: 'merged', detail: { from: ['evt_b'] } }]);
      assert.deepEqual(r, { created: ['evt_c'], updated: ['evt_a'], unchanged: [], removed: ['evt_b'] });
      assert.equal(await store.getEvent('evt_b'), null);
      assert.deepEqual(await store.getEvent('evt_a'), a2);
      assert.deepEqual((await store.eventHistory('evt_a')).map((h) => h.kind), ['created', 'merged']);
      assert.deepEqual((await store.eventHistory('evt_a'))[1].detail, { from: ['evt_b'] });
      assert.deepEqual((await store.eventHistory('evt_b')).map((h) => h.kind), ['created', 'removed']);

      r = await store.replaceEvents([a2, c]);
      assert.deepEqual(r, { created: [], updated: [], unchanged: ['evt_a', 'evt_c'], removed: [] });
      const c2 = await store.counts();
      assert.equal(c2.events, 2);
      assert.equal(c2.eventHistory, 5);
    });

    test('listEvents filters by category, dates and document', async () => {
      const ids = (evs: { id: string }[]) => evs.map((e) => e.id);
      assert.deepEqual(ids(await store.listEvents()), ['evt_a', 'evt_c']);
      assert.deepEqual(ids(await store.listEvents({ event: 'ASSAULT', status: 'multiple_sources' })), ['evt_a']);
      assert.deepEqual(ids(await store.listEvents({ from: '2025-11-10' })), ['evt_c'], 'open-ended events stay in');
      assert.deepEqual(ids(await store.listEvents({ to: '2025-11-10' })), ['evt_a']);
      assert.deepEqual(ids(await store.listEvents({ doc: makeDoc(2).meta.id })), ['evt_a', 'evt_c']);
      assert.deepEqual(ids(await store.listEvents({ doc: makeDoc(1).meta.id })), ['evt_a']);
      assert.deepEqual(ids(await store.listEvents({ limit: 1, offset: 1 })), ['evt_c']);
      assert.deepEqual(ids(await store.listEvents({ from: '2026-03-01' })), ['evt_c'], 'an open-ended event runs up to now');
    });

    test('listEvents: a bounded vague interval ("the week before publication") ends at its end date', async () => {
      const d1 = makeDoc(1).meta.id;
      const week = makeEvent('evt_w', d1, 'm0', { date: '2025-09-09', enddate: '2025-09-16', date_granularity: 'open' });
      await store.replaceEvents([week], undefined, undefined, { scope: ['evt_w'] });
      const ids = (evs: { id: string }[]) => evs.map((e) => e.id);
      assert.deepEqual(ids(await store.listEvents({ from: '2025-09-16' })).includes('evt_w'), true);
      assert.deepEqual(ids(await store.listEvents({ from: '2025-09-17' })).includes('evt_w'), false);
      await store.replaceEvents([], undefined, undefined, { scope: ['evt_w'] });
      assert.equal(await store.getEvent('evt_w'), null);
    });

    test('replaceEvents with a duplicate id throws and changes nothing', async () => {
      const before = await store.counts();
      const d = makeEvent('evt_d', makeDoc(1).meta.id, 'm0');
      await assert.rejects(store.replaceEvents([d, d]), /duplicate event id/);
      assert.deepEqual(await store.counts(), before);
      assert.equal(await store.getEvent('evt_d'), null);
    });
  });
}
