// The ingest queue and workers on PostgreSQL: duplicates are safe, failures retried a bounded number of times, then logged.
import { after, before, describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type SaveResult, type Store } from '../../src/store/index.ts';
import { openQueue, type Queue } from '../../src/store/queue.ts';
import { enqueuePaths } from '../../src/app/queue-jobs.ts';
import { runWorker } from '../../src/app/worker.ts';
import { resolutionPending } from '../../src/app/resolve.ts';
import { pgSandbox, postgresSkipReason, type PgSandbox } from '../reliability/pg.ts';
import { reportText, writeReports } from '../reliability/reports.ts';

const fast = { idleMs: 100, debounceMs: 200, drain: true } as const;
const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname;

test('ingest --queue and worker on the embedded store say PostgreSQL is needed', () => {
  const r = spawnSync(process.execPath, [BIN, '--db', join(tmpdir(), 'sitrep-no-queue'), 'ingest', '--queue', 'x.txt'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /sitrep ingest --queue needs PostgreSQL: set DATABASE_URL=/);
});

describe('queue and workers on PostgreSQL', { skip: await postgresSkipReason() }, () => {
  let box: PgSandbox;
  let store: Store;
  let queue: Queue;
  let dir = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-queue-'));
    box = await pgSandbox('queue');
    store = await openStore({ url: box.url, poolSize: 6 });
    queue = await openQueue({ url: box.url, schema: box.queueSchema, retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false, supervise: true, maintenanceIntervalSeconds: 1 });
  });
  after(async () => {
    await queue?.close();
    await store?.close();
    await box?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('ingest --queue: one job per document, duplicates queued once; two workers store each once and resolve', async () => {
    const paths = writeReports(join(dir, 'a'), 24);
    const first = await enqueuePaths(store, queue, [join(dir, 'a')], {});
    assert.equal(first.filter((o) => o.status === 'queued').length, 24);
    await enqueuePaths(store, queue, [paths[0], paths[1]], {}); // submitted again while waiting
    assert.equal(await queue.pending(), 24, 'the queue holds each document once');

    const totals = await Promise.all([runWorker({ store, queue, concurrency: 2, ...fast }), runWorker({ store, queue, concurrency: 2, ...fast })]);
    assert.equal(totals[0].stored + totals[1].stored, 24);
    assert.equal((await store.counts()).documents, 24);
    assert.equal(await resolutionPending(store), false, 'events resolved after the last document');
    assert.ok((await store.counts()).events > 0);

    const again = await enqueuePaths(store, queue, [paths[0]], {});
    assert.deepEqual(again.map((o) => o.status), ['duplicate'], 'stored documents are not queued again');
    assert.equal(await queue.pending(), 0);
  });

  test('a duplicate that reaches a worker anyway is recorded as a duplicate, not stored twice', async () => {
    const job = jobFor(8000);
    await queue.enqueue([job]);
    await runWorker({ store, queue, concurrency: 1, ...fast });
    await queue.enqueue([job]); // bypassing the stored check, as a second machine racing the first might
    const t = await runWorker({ store, queue, concurrency: 1, ...fast });
    assert.deepEqual([t.stored, t.duplicate], [0, 1]);
    assert.equal((await store.counts()).documents, 25);
  });

  test('a failing save is retried, and logged once when the tries run out', async () => {
    const flaky = failingStore(store, 2); // fails twice, then works: within retryLimit 2
    const broken = failingStore(store, Infinity);
    await queue.enqueue([jobFor(9001)]);
    const t1 = await runWorker({ store: flaky.store, queue, concurrency: 1, ...fast });
    assert.deepEqual([t1.stored, t1.failed], [1, 2]);
    assert.equal(flaky.calls(), 3);

    const before = (await store.ingestLog({ limit: 1000 })).filter((r) => r.status === 'rejected').length;
    await queue.enqueue([jobFor(9002)]);
    const t2 = await runWorker({ store: broken.store, queue, concurrency: 1, ...fast });
    assert.deepEqual([t2.stored, t2.failed], [0, 3], '1 try + 2 retries');
    const rejected = (await store.ingestLog({ limit: 1000 })).filter((r) => r.status === 'rejected');
    assert.equal(rejected.length, before + 1, 'logged once, on the last try');
    assert.equal(rejected[0].code, 'store-failed');
    assert.match(rejected[0].message ?? '', /connection reset/);
    assert.equal((await queue.states()).failed, 1);
  });

  test('job data that is not a document is rejected with a clear message', async () => {
    await queue.enqueue([{ nonsense: true } as never]);
    const t = await runWorker({ store, queue, concurrency: 1, ...fast });
    assert.equal(t.rejected, 1);
    const [row] = await store.ingestLog({ limit: 1 });
    assert.equal(row.code, 'bad-job');
  });
});

function jobFor(i: number) {
  const text = reportText(i);
  return { meta: { id: `doc_${String(i).padStart(16, '0')}`, title: null, outlet: null, url: null, language: 'en', published: '2025-11-03', source: `flaky-${i}.txt` }, text, warnings: [] };
}

/** The store, with saveDocument failing like a dropped connection for the first `n` calls. */
function failingStore(store: Store, n: number): { store: Store; calls: () => number } {
  let calls = 0;
  const saveDocument: Store['saveDocument'] = async (doc, opts = {}) => {
    calls++;
    if (calls > n) return store.saveDocument(doc, opts);
    const failed: SaveResult = { status: 'rejected', id: doc.meta.id, code: 'store-failed', message: 'connection reset by peer' };
    if (opts.logFailure !== false) await store.logIngest({ source: doc.meta.source, docId: doc.meta.id, status: 'rejected', code: 'store-failed', message: failed.message });
    return failed;
  };
  return { store: { ...store, saveDocument }, calls: () => calls };
}
