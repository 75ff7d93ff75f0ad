// kill -9 mid-ingest, restart, and every committed document is in the store exactly once:
// the CLI on an embedded PGlite store, and a queue worker on PostgreSQL. Long tests (~10-30 s each), bounded by timeouts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { openStore, type Store } from '../../src/store/index.ts';
import { openQueue } from '../../src/store/queue.ts';
import { enqueuePaths } from '../../src/app/queue-jobs.ts';
import { resolutionPending } from '../../src/app/resolve.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { pgSandbox, postgresSkipReason, type PgSandbox } from './pg.ts';
import { writeReports } from './reports.ts';

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname;
const RUN_WORKER = new URL('./run-worker.ts', import.meta.url).pathname;
const N = 200;
let dir = '';
let paths: string[] = [];
let ids: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  paths = writeReports(join(dir, 'reports'), N);
  ids = [];
  for (const p of paths) {
    const r = await ingestFile(p);
    assert.ok(r.ok);
    ids.push(r.input.meta.id);
  }
  assert.equal(new Set(ids).size, N, 'distinct reports');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves once `ready()` holds (checked every 100 ms), or rejects after `ms`. */
async function until(what: string, ready: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await delay(100);
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((res) => (child.exitCode !== null || child.signalCode ? res(child.exitCode) : child.once('exit', (code) => res(code))));
}

async function storedIds(store: Store): Promise<string[]> {
  const rows = (await store.db.execute(sql`select id from documents order by id`)) as unknown as { rows: { id: string }[] };
  return rows.rows.map((r) => r.id);
}

test('CLI on PGlite: kill -9 mid-ingest, ingest again, every document once', { timeout: 120_000 }, async () => {
  const db = join(dir, 'db');
  const env = { ...process.env, DATABASE_URL: '' };
  const child = spawn(process.execPath, [BIN, '--db', db, 'ingest', join(dir, 'reports')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const reported: string[] = [];
  let buffer = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (const m of buffer.matchAll(/^stored +\S+ → (doc_[0-9a-f]+)/gm)) if (!reported.includes(m[1])) reported.push(m[1]);
  });
  await until('20 documents stored', () => reported.length >= 20 || child.exitCode !== null, 90_000);
  child.kill('SIGKILL');
  await exited(child);
  assert.ok(reported.length < N, `killed mid-ingest (after ${reported.length} of ${N})`);

  const again = spawn(process.execPath, [BIN, '--db', db, '--json', 'ingest', join(dir, 'reports')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  again.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  assert.equal(await exited(again), 0);
  const summary = JSON.parse(out);
  assert.equal(summary.stored + summary.duplicate, N);
  // everything the CLI said it stored before the kill survived it: the second run finds it already there
  const duplicates = new Set(summary.outcomes.filter((o: { status: string }) => o.status === 'duplicate').map((o: { id: string }) => o.id));
  for (const id of reported) assert.ok(duplicates.has(id), `${id}, reported stored before the kill, was still in the store`);

  const store = await openStore({ dbPath: db });
  try {
    assert.deepEqual(await storedIds(store), [...ids].sort(), 'every report exactly once');
    const c = await store.counts();
    assert.equal(c.documents, N);
    assert.ok(c.events > 0, 'resolved after the restart');
  } finally {
    await store.close();
  }
});

describe('queue worker on PostgreSQL', { skip: await postgresSkipReason() }, () => {
  let box: PgSandbox;
  before(async () => {
    box = await pgSandbox('crash');
  });
  after(() => box?.drop());

  test('kill -9 a worker mid-run, start another: every document once, events resolved', { timeout: 150_000 }, async () => {
    const store = await openStore({ url: box.url });
    // lost jobs come back after 2 s (expiry) + up to 1 s (maintenance) in the test, instead of 5 min + 30 s
    const queue = await openQueue({ url: box.url, schema: box.queueSchema, expireInSeconds: 2, retryDelaySeconds: 1 });
    try {
      // through the CLI, as an operator would
      const submit = spawn(process.execPath, [BIN, '--json', 'ingest', '--queue', join(dir, 'reports')], { env: box.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      submit.stdout!.on('data', (c: Buffer) => (out += c.toString()));
      assert.equal(await exited(submit), 0);
      assert.equal(JSON.parse(out).queued, N);
      const twice = await enqueuePaths(store, queue, [paths[0], paths[1]], {});
      assert.equal(await queue.pending(), N, `submitting again queues nothing twice (${twice.map((o) => o.status)})`);

      const env = { ...box.env, SITREP_QUEUE_MAINTENANCE_SECONDS: '1' };
      const first = spawn(process.execPath, ['--import', 'tsx', RUN_WORKER, '--quiet', '--concurrency', '2', '--batch', '4'], { env, stdio: 'ignore' });
      await until('30 documents stored', async () => (await storedIds(store)).length >= 30 || first.exitCode !== null, 90_000);
      first.kill('SIGKILL');
      await exited(first);
      const before = await storedIds(store);
      assert.ok(before.length < N, `killed mid-run (after ${before.length} of ${N})`);

      const second = spawn(process.execPath, ['--import', 'tsx', RUN_WORKER, '--quiet', '--drain', '--debounce', '200'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      second.stderr!.on('data', (c: Buffer) => (err += c.toString()));
      assert.equal(await exited(second), 0, err);

      assert.deepEqual(await storedIds(store), [...ids].sort(), 'every report exactly once');
      assert.equal(await queue.pending(), 0);
      const states = await queue.states();
      assert.equal(states.completed, N, JSON.stringify(states));
      assert.equal(await resolutionPending(store), false, 'resolved after the last document');
      assert.ok((await store.counts()).events > 0);
      const rejected = (await store.ingestLog({ limit: 1000 })).filter((r) => r.status === 'rejected');
      assert.deepEqual(rejected, [], 'no document lost to the crash');
    } finally {
      await queue.close();
      await store.close();
    }
  });
});
