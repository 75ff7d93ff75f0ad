import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { IngestResult } from '../../src/ingest/result.ts';
import {
  emptyWatchState,
  loadWatchState,
  parseWatchState,
  saveWatchState,
  serialiseWatchState,
  watchLoop,
  type Handled,
  type RoundSummary,
  type WatchLoopOptions,
} from '../../src/ingest/watch.ts';

const NOW = { now: new Date('2026-01-01T00:00:00Z') };
let dir = '';
let server: Server;
let base = '';
let feedVersion = 1;
let requests = 0;

function feedXml(version: number): string {
  const items = [];
  for (let i = 1; i <= version; i++)
    items.push(
      `<item><title>Update ${i}</title><guid>upd-${i}</guid><link>https://w.example.org/${i}</link>` +
        `<description>Crews cleared ${i * 10} metres of the blocked road on day ${i}, the county said.</description></item>`,
    );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>County Wire</title>${items.join('')}</channel></rss>`;
}

/** A fake store: content ids seen, and the sources handed over (for assertions). */
function fakeStore() {
  const ids = new Set<string>();
  const handled: string[] = [];
  const handle = async (r: IngestResult): Promise<Handled> => {
    handled.push(r.ok ? r.input.meta.source! : `${r.code} ${r.source}`);
    if (!r.ok) return 'rejected';
    if (ids.has(r.input.meta.id)) return 'duplicate';
    ids.add(r.input.meta.id);
    return 'stored';
  };
  return { ids, handled, handle };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  server = createServer((req, res) => {
    requests++;
    const etag = `"v${feedVersion}"`;
    if (req.url === '/feed') {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
      return res.end(feedXml(feedVersion));
    }
    if (req.url === '/page') {
      const lm = 'Wed, 31 Dec 2025 10:00:00 GMT';
      if (req.headers['if-modified-since'] === lm) {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/plain', 'last-modified': lm });
      return res.end('Harbour update\nThe harbour reopened to small boats on Wednesday.');
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('folder: a file that appears between rounds is ingested once; unchanged files are not re-read', async () => {
  const folder = join(dir, 'inbox');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), 'Divers found the missing boat on Tuesday, police said.');
  writeFileSync(join(folder, 'notes.pdf'), '%PDF');
  const store = fakeStore();
  const summaries: RoundSummary[] = [];
  const sleeps: number[] = [];
  const totals = await watchLoop({
    sources: [folder],
    intervalMs: 300_000,
    rounds: 4,
    ingest: NOW,
    handle: store.handle,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (sleeps.length === 1) writeFileSync(join(folder, 'b.md'), '# Rescue\n\nTwo divers were rescued on Wednesday.');
    },
    afterRound: async (s) => void summaries.push({ ...s }),
  });
  assert.deepEqual(sleeps, [300_000, 300_000, 300_000]);
  assert.deepEqual(store.handled, [join(folder, 'a.txt'), join(folder, 'b.md')]);
  assert.deepEqual(
    summaries.map((s) => [s.stored, s.unchanged]),
    [
      [1, 0],
      [1, 1],
      [0, 2],
      [0, 2],
    ],
  );
  assert.equal(totals.rounds, 4);
  assert.equal(totals.stored, 2);
});

test('folder: a changed file (new mtime and size) is read again; a deleted one is forgotten', async () => {
  const folder = join(dir, 'changes');
  mkdirSync(folder);
  const file = join(folder, 'c.txt');
  writeFileSync(file, 'The shelter housed 40 people on Monday.');
  const store = fakeStore();
  const state = emptyWatchState();
  let n = 0;
  await watchLoop({
    sources: [folder],
    intervalMs: 1,
    rounds: 3,
    ingest: NOW,
    state,
    handle: store.handle,
    sleep: async () => {
      n++;
      if (n === 1) {
        writeFileSync(file, 'The shelter housed 55 people on Monday evening.');
        utimesSync(file, new Date('2025-01-01'), new Date('2025-01-02'));
      }
      if (n === 2) rmSync(file);
    },
  });
  assert.equal(store.ids.size, 2);
  assert.equal(state.files.size, 0);
});

test('feed URL: conditional GET; unchanged feed → 304 → nothing new; new items only when the feed changes', async () => {
  feedVersion = 2;
  const store = fakeStore();
  const summaries: RoundSummary[] = [];
  let n = 0;
  await watchLoop({
    sources: [`${base}/feed`],
    intervalMs: 60_000,
    rounds: 4,
    ingest: NOW,
    handle: store.handle,
    sleep: async () => {
      if (++n === 2) feedVersion = 3;
    },
    afterRound: async (s) => void summaries.push({ ...s }),
  });
  assert.deepEqual(
    summaries.map((s) => [s.stored, s.known, s.unchanged]),
    [
      [2, 0, 0],
      [0, 0, 1],
      [1, 2, 0],
      [0, 0, 1],
    ],
  );
  assert.deepEqual(store.handled, ['https://w.example.org/1', 'https://w.example.org/2', 'https://w.example.org/3']);
});

test('stored content ids are skipped before the pipeline (isKnown); Last-Modified gives 304 too', async () => {
  const store = fakeStore();
  const asked: string[] = [];
  const totals = await watchLoop({
    sources: [`${base}/page`],
    intervalMs: 1,
    rounds: 3,
    ingest: NOW,
    handle: store.handle,
    isKnown: async (id) => (asked.push(id), true),
    sleep: async () => {},
  });
  assert.equal(asked.length, 1);
  assert.equal(store.handled.length, 0);
  assert.deepEqual([totals.known, totals.unchanged], [1, 2]);
});

test('errors are handed over (once per change), a missing path is reported once', async () => {
  const store = fakeStore();
  const totals = await watchLoop({
    sources: [join(dir, 'nope'), `${base}/gone`],
    intervalMs: 1,
    rounds: 3,
    ingest: NOW,
    handle: store.handle,
    sleep: async () => {},
  });
  assert.equal(store.handled.filter((h) => h.startsWith('not-found')).length, 1);
  assert.equal(store.handled.filter((h) => h.startsWith('http-error')).length, 3);
  assert.equal(totals.rejected, 4);
});

test('abort stops the loop between rounds; files still being written wait for the next round', async () => {
  const folder = join(dir, 'settle');
  mkdirSync(folder);
  writeFileSync(join(folder, 'fresh.txt'), 'The pumps ran all night at the station.');
  const store = fakeStore();
  const ac = new AbortController();
  const totals = await watchLoop({
    sources: [folder],
    intervalMs: 1,
    ingest: NOW,
    handle: store.handle,
    settleMs: 60_000,
    signal: ac.signal,
    sleep: async () => ac.abort(),
  });
  assert.equal(totals.rounds, 1);
  assert.equal(store.handled.length, 0);
});

test('state file: round trip, atomic save, broken file starts afresh', async () => {
  const state = emptyWatchState();
  state.files.set('/x/a.txt', { sig: '1:2', round: 3 });
  state.http.set('http://h/feed', { etag: '"e"', lastModified: null });
  state.seen.add('g:upd-1');
  const path = join(dir, 'state.json');
  await saveWatchState(path, state);
  const back = await loadWatchState(path);
  assert.equal(serialiseWatchState(back), serialiseWatchState(state));
  assert.equal(parseWatchState('{not json').seen.size, 0);
  assert.equal((await loadWatchState(join(dir, 'none.json'))).files.size, 0);
});

test('memory stays flat over 200 fast-time rounds; remembered GUIDs are capped', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const folder = join(dir, 'flat');
  mkdirSync(folder);
  for (let i = 0; i < 5; i++)
    writeFileSync(join(folder, `r${i}.txt`), `Report ${i}: the river fell by ${i} cm overnight.`);
  const store = fakeStore();
  const state = emptyWatchState();
  let round = 0;
  let heapAt20 = 0;
  const opts: WatchLoopOptions = {
    sources: [folder, `${base}/feed`],
    intervalMs: 300_000,
    rounds: 220,
    ingest: NOW,
    state,
    maxSeen: 50,
    handle: async (r) => (r.ok ? 'stored' : 'rejected'),
    sleep: async () => {
      round++;
      // a new item every 3 rounds (past the GUID cap), 304s in between
      if (round % 3 === 0) feedVersion = Math.min(feedVersion + 1, 70);
      if (round === 20) {
        gc();
        heapAt20 = process.memoryUsage().heapUsed;
      }
    },
  };
  feedVersion = 1;
  const t0 = performance.now();
  const before = requests;
  const totals = await watchLoop(opts);
  gc();
  const growth = process.memoryUsage().heapUsed - heapAt20;
  assert.equal(totals.rounds, 220);
  assert.equal(requests - before, 220);
  t.diagnostic(
    `heap growth over 200 rounds: ${(growth / 1024).toFixed(0)} KB, ${(performance.now() - t0).toFixed(0)} ms`,
  );
  assert.equal(state.seen.size, 50);
  assert.equal(state.files.size, 5);
  assert.ok(growth < 4 * 1024 * 1024, `heap grew by ${(growth / 1024 / 1024).toFixed(1)} MB`);
  assert.ok(performance.now() - t0 < 8000);
  void store;
});
