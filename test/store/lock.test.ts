// The resolve lock and incremental resolution: one resolution at a time, none when nothing arrived.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../../src/store/index.ts';
import { resolveIfStale } from '../../src/app/resolve-incremental.ts';
import { resolutionPending } from '../../src/app/resolve.ts';
import { ResolveScheduler } from '../../src/app/worker.ts';
import { makeDoc } from './fixtures.ts';
import { pgSandbox, postgresSkipReason, type PgSandbox } from '../reliability/pg.ts';

/** A promise and its resolve function, to hold a lock open. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

async function lockExcludes(a: Store, b: Store): Promise<void> {
  const g = gate();
  const holding = a.withLock('resolve', () => g.wait);
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(await b.withLock('resolve', async () => 1, { wait: false }), { acquired: false }, 'busy while held');
  assert.deepEqual(await b.withLock('other', async () => 2, { wait: false }), { acquired: true, value: 2 }, 'names do not contend');
  const waiting = b.withLock('resolve', async () => 3);
  g.open();
  await holding;
  assert.deepEqual(await waiting, { acquired: true, value: 3 }, 'a waiter gets it after release');
  await assert.rejects(a.withLock('resolve', async () => { throw new Error('boom'); }), /boom/);
  assert.deepEqual(await b.withLock('resolve', async () => 4, { wait: false }), { acquired: true, value: 4 }, 'released after a throw');
}

async function incremental(store: Store): Promise<void> {
  assert.equal(await resolutionPending(store), false, 'an empty store has nothing to resolve');
  await store.saveDocument(makeDoc(20));
  assert.equal(await resolutionPending(store), true, 'never resolved');
  const first = await resolveIfStale(store);
  assert.equal(first.ran, true);
  assert.deepEqual(await resolveIfStale(store), { ran: false, reason: 'fresh' }, 'nothing new: skipped');
  await store.saveDocument(makeDoc(21));
  assert.equal(await resolutionPending(store), true);
  const [x, y] = await Promise.all([resolveIfStale(store, { wait: false }), resolveIfStale(store, { wait: false })]);
  assert.equal([x, y].filter((r) => r.ran).length, 1, `one of two concurrent runs resolves (${JSON.stringify([x.ran, y.ran])})`);
  assert.equal(await resolutionPending(store), false);
}

describe('on PGlite', () => {
  let store: Store;
  before(async () => {
    store = await openStore({ dbPath: 'memory://' });
  });
  after(() => store?.close());
  test('the in-process lock excludes, waits and releases', () => lockExcludes(store, store));
  test('resolution runs only when documents arrived, one at a time', () => incremental(store));
});

describe('on PostgreSQL', { skip: await postgresSkipReason() }, () => {
  let box: PgSandbox;
  let a: Store;
  let b: Store;
  before(async () => {
    box = await pgSandbox('lock');
    a = await openStore({ url: box.url });
    b = await openStore({ url: box.url });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await box?.drop();
  });
  test('the advisory lock excludes another connection pool, waits and releases', () => lockExcludes(a, b));
  test('resolution runs only when documents arrived, one at a time', () => incremental(a));
});

test('the scheduler resolves after a quiet spell, or after the longest wait while documents keep coming', () => {
  let now = 0;
  const s = new ResolveScheduler({} as Store, { debounceMs: 1000, maxWaitMs: 5000 }, () => now);
  now = 999;
  assert.equal(s.due(), false, 'dirty at start, not yet quiet');
  now = 1000;
  assert.equal(s.due(), true, 'a look at start, after the debounce');
  const fresh = new ResolveScheduler({} as Store, { debounceMs: 1000, maxWaitMs: 5000 }, () => now);
  (fresh as unknown as { dirtySince: number | null }).dirtySince = null;
  assert.equal(fresh.due(), false, 'clean: nothing to do');
  for (now = 1000; now < 5900; now += 300) {
    fresh.touch();
    if (now < 6000 - 300) assert.equal(fresh.due(), now - 1000 >= 5000, `at ${now}`);
  }
  now = 6000;
  assert.equal(fresh.due(), true, 'steady arrivals: resolved after maxWait');
});
