// A store made at an older schema (only the first migration), with data, opened by the current code: migrated, data intact.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openStore, type OpenOptions } from '../../src/store/index.ts';
import { MIGRATIONS_DIR, readMigrations } from '../../src/store/migrate.ts';
import { makeDoc, makeEvent } from '../store/fixtures.ts';
import { pgSandbox, postgresSkipReason, type PgSandbox } from './pg.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of drizzle/ whose journal stops after the first migration: the schema as the first release shipped it. */
function firstReleaseMigrations(): string {
  const out = join(dir, 'drizzle-v0');
  cpSync(MIGRATIONS_DIR, out, { recursive: true });
  const journalPath = join(out, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.slice(0, 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return out;
}

async function upgradeKeepsData(target: OpenOptions): Promise<void> {
  const all = readMigrations();
  assert.ok(all.length >= 2, 'there is a later migration to apply');
  const doc = makeDoc(11);
  const event = makeEvent('evt_old', doc.meta.id, 'm0');
  const old = await openStore({ ...target, migrationsDir: firstReleaseMigrations() });
  try {
    assert.equal(await old.schemaVersion(), all[0].tag);
    assert.equal((await old.saveDocument(doc)).status, 'stored');
    await old.replaceEvents([event]);
    await old.logIngest({ source: 'old.txt', status: 'rejected', code: 'empty', message: 'old.txt: empty' });
  } finally {
    await old.close();
  }
  const before = { doc, event };

  const current = await openStore(target);
  try {
    assert.equal(await current.schemaVersion(), all.at(-1)!.tag, 'migrated to the latest schema');
    assert.deepEqual(await current.getDocument(doc.meta.id), before.doc);
    assert.deepEqual(await current.getEvent('evt_old'), before.event);
    assert.deepEqual((await current.eventHistory('evt_old')).map((h) => h.kind), ['created']);
    const c = await current.counts();
    assert.deepEqual([c.documents, c.mentions, c.claims, c.events], [1, 2, 2, 1]);
    assert.equal((await current.ingestLog()).length, 2);
    const idx = await current.db.execute(sql`select 1 from pg_indexes where indexname = 'ingest_log_doc_idx' and schemaname = current_schema()`);
    assert.equal((idx as unknown as { rows: unknown[] }).rows.length, 1, 'the later migration ran');
    // and the upgraded store keeps working
    assert.equal((await current.saveDocument(makeDoc(12))).status, 'stored');
    assert.equal((await current.saveDocument(doc)).status, 'duplicate');
  } finally {
    await current.close();
  }
}

test('PGlite file store: first-release schema + data → current code migrates it, data intact', async () => {
  await upgradeKeepsData({ dbPath: join(dir, 'db') });
});

describe('PostgreSQL', { skip: await postgresSkipReason() }, () => {
  let box: PgSandbox | undefined;
  after(() => box?.drop());
  test('first-release schema + data → current code migrates it, data intact', async () => {
    box = await pgSandbox('migrate');
    await upgradeKeepsData({ url: box.url });
  });
});
