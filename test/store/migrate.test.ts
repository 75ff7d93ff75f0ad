// Migration files and the choice of database, without opening one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTarget, DEFAULT_DB_PATH } from '../../src/store/db.ts';
import { readMigrations } from '../../src/store/migrate.ts';

test('migrations are read in journal order and not pinned to the public schema', () => {
  const ms = readMigrations();
  assert.equal(ms[0].tag, '0000_init');
  const all = ms.flatMap((m) => m.statements).join('\n');
  for (const table of ['documents', 'mentions', 'claims', 'events', 'event_mentions', 'event_history', 'ingest_log', 'meta']) {
    assert.match(all, new RegExp(`CREATE TABLE "${table}"`));
  }
  assert.doesNotMatch(all, /"public"\./);
});

test('explicit options win over the environment, which wins over the default', () => {
  const env = { DATABASE_URL: 'postgres://u@h/db', SITREP_DB: '/data/db' };
  assert.deepEqual(chooseTarget({ url: 'postgres://x@y/z' }, env), { url: 'postgres://x@y/z' });
  assert.deepEqual(chooseTarget({ dbPath: 'memory://' }, env), { dbPath: 'memory://' });
  assert.deepEqual(chooseTarget({}, env), { url: 'postgres://u@h/db' });
  assert.deepEqual(chooseTarget({}, { SITREP_DB: '/data/db' }), { dbPath: '/data/db' });
  assert.deepEqual(chooseTarget({}, {}), { dbPath: DEFAULT_DB_PATH });
});
