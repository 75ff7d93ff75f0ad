// A file-backed PGlite store keeps its data across close and reopen, and does not migrate twice.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { migrate, readMigrations } from '../../src/store/migrate.ts';
import { makeDoc, makeEvent } from './fixtures.ts';

const LATEST = readMigrations().at(-1)!.tag;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('reopening a file-backed store finds the documents and events', async () => {
  const dbPath = join(dir, 'db');
  const doc = makeDoc(7);
  const first = await openStore({ dbPath });
  try {
    assert.equal(first.kind, 'pglite');
    assert.equal(first.location, dbPath);
    assert.equal((await first.saveDocument(doc)).status, 'stored');
    await first.replaceEvents([makeEvent('evt_keep', doc.meta.id, 'm0')]);
  } finally {
    await first.close();
  }
  await first.close(); // closing twice is harmless

  const second = await openStore({ dbPath });
  try {
    assert.deepEqual(await second.getDocument(doc.meta.id), doc);
    assert.equal((await second.saveDocument(doc)).status, 'duplicate');
    assert.equal((await second.getEvent('evt_keep'))?.id, 'evt_keep');
    assert.deepEqual((await second.eventHistory('evt_keep')).map((h) => h.kind), ['created']);
    assert.equal(await second.schemaVersion(), LATEST);
    assert.deepEqual(await migrate(second.db), [], 'nothing left to migrate');
    const c = await second.counts();
    assert.equal(c.documents, 1);
    assert.equal(c.mentions, 2);
    assert.equal(c.ingestLog, 2);
  } finally {
    await second.close();
  }
});
