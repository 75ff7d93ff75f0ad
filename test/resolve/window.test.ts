// Window resolution (src/app/resolve.ts) gives exactly what a resolution of everything gives: the same events, records
// and ids after every batch, whatever order the batches come in; and it reads only part of the store when it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../../src/store/index.ts';
import { ingestOne } from '../../src/app/ingest.ts';
import { resolutionPending, resolveStore, type ResolveStats } from '../../src/app/resolve.ts';
import { ingestString, type IngestResult } from '../../src/ingest/index.ts';
import { caseFiles } from '../../src/eval/cases.ts';
import { generateReports } from '../../bench/corpus.ts';

const NOW = new Date('2026-01-01T00:00:00Z');

async function withStores<T>(fn: (window: Store, full: Store) => Promise<T>): Promise<T> {
  const [a, b] = [await openStore({ dbPath: 'memory://' }), await openStore({ dbPath: 'memory://' })];
  try {
    return await fn(a, b);
  } finally {
    await a.close();
    await b.close();
  }
}

/** Every stored event, whole, by id. */
async function records(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listEvents({ limit: 1_000_000 })).map((e) => [e.id, JSON.stringify(e)]));
}

/**
 * Ingests `batches` into two stores: one resolves windows (the default), the other everything after each batch.
 * Returns the window store's run stats.
 */
async function compare(batches: IngestResult[][]): Promise<ResolveStats[]> {
  return withStores(async (win, full) => {
    const stats: ResolveStats[] = [];
    for (const [i, batch] of batches.entries()) {
      for (const input of batch) {
        assert.equal((await ingestOne(win, input)).status, 'stored');
        assert.equal((await ingestOne(full, input)).status, 'stored');
      }
      assert.equal(await resolutionPending(win), true);
      stats.push(await resolveStore(win));
      await resolveStore(full, { full: true });
      assert.equal(await resolutionPending(win), false, 'nothing left to resolve');
      const [a, b] = [await records(win), await records(full)];
      assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), `batch ${i}: same event ids`);
      for (const [id, rec] of b) assert.equal(a.get(id), rec, `batch ${i}: event ${id} differs`);
    }
    return stats;
  });
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** A deterministic shuffle (LCG). */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const generated = generateReports(150, 7)
  .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0))
  .map((c) => ingestString(c.text, `${c.id}.txt`, { published: c.published, outlet: c.outlet, now: NOW }, 'text'));

test('a live feed (reports in publication order): every batch resolves a window, with the same result as a full run', async () => {
  const stats = await compare(chunk(generated, 15));
  const later = stats.slice(1);
  assert.ok(later.every((s) => s.scope === 'window'), `scopes: ${stats.map((s) => s.scope).join(' ')}`);
  // the window reads the new batch and the stored events it can reach, not the whole store
  const last = stats.at(-1)!;
  assert.ok(last.read < generated.length, `last window read ${last.read} of ${generated.length} documents`);
});

test('reports in random order and uneven batches: the same events and ids as a full run after every batch', async () => {
  const order = shuffled(generated, 11);
  await compare([order.slice(0, 40), order.slice(40, 45), order.slice(45, 100), order.slice(100, 101), order.slice(101)]);
});

test('the case set (corrections, disputes, tallies, Spanish) in two orders: window and full runs agree', async () => {
  const files = caseFiles().map((f) => ingestString(f.content, f.name, { now: NOW }));
  await compare(chunk(files, 6));
  await compare(chunk(shuffled(files, 5), 4));
});

test('a store resolved by older rules, or never indexed, is resolved whole once, then by windows', async () => {
  await withStores(async (store) => {
    for (const input of generated.slice(0, 30)) await ingestOne(store, input);
    assert.equal((await resolveStore(store)).scope, 'all', 'first run: nothing indexed yet');
    await store.setMeta('resolver_version', 'older');
    assert.equal(await resolutionPending(store), true, 'older rules: stale');
    assert.equal((await resolveStore(store)).scope, 'all');
    for (const input of generated.slice(30, 40)) await ingestOne(store, input);
    assert.equal((await resolveStore(store)).scope, 'window');
    const again = await resolveStore(store);
    assert.deepEqual([again.created, again.updated, again.removed], [[], [], []], 'nothing new: nothing changes');
  });
});
