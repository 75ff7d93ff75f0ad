import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWatch, watchCommand, watchStatePath } from '../../src/cli/watch.ts';
import { createProgress, progressLine } from '../../src/cli/progress.ts';
import { MEMORY, openStore } from '../../src/store/index.ts';

let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('watch --once: stores new reports and feed items, saves state; a second run finds nothing new', async () => {
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(
    join(inbox, 'quake.txt'),
    'Aftershock\n\nAn aftershock of magnitude 5.1 shook the port city on Monday, the seismic institute said.',
  );
  writeFileSync(join(inbox, 'wire.rss'), readFileSync('test/fixtures/feeds/rss2.xml'));
  const db = join(dir, 'db');
  const g = { db, quiet: true };
  const statePath = watchStatePath({}, g);
  assert.equal(statePath, `${db}.watch.json`);
  // one in-memory store for both runs: opening PGlite is the slow part
  const store = await openStore({ dbPath: MEMORY });
  try {
    await runWatch(store, [inbox], { once: true }, g);
    assert.ok(existsSync(statePath));
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    assert.deepEqual(state.seen.sort(), [
      'g:https://ledger.example.org/2025/12/rescue',
      'g:ledger-ferry-001',
      's:https://ledger.example.org/2025/12/gallery',
    ]);
    const log1 = (await store.counts()).ingestLog;
    await runWatch(store, [inbox], { once: true }, g);
    const counts = await store.counts();
    assert.equal(counts.documents, 3);
    assert.equal(counts.ingestLog, log1, 'the second run handed nothing over');
    const docs = await store.listDocuments();
    assert.deepEqual(docs.map((d) => d.format).sort(), ['feed', 'feed', 'text']);
  } finally {
    await store.close();
  }
});

test('watch: bad --interval is a usage error', async () => {
  await assert.rejects(
    watchCommand(['x'], { interval: '-3' }, { db: join(dir, 'db2') }),
    /--interval must be a positive/,
  );
});

test('progress: at most one line per interval, totals and rates, silent when disabled or short', () => {
  let t = 0;
  const lines: string[] = [];
  const p = createProgress({ enabled: true, total: 3400, now: () => t, write: (l) => lines.push(l) });
  for (let i = 0; i < 120; i++) {
    t += 1000 / 35;
    p.tick();
  }
  p.done();
  assert.ok(lines.length >= 6 && lines.length <= 8, String(lines.length));
  assert.equal(lines.at(-1), '[120/3400] 35 docs/s');
  const quiet: string[] = [];
  const q = createProgress({ enabled: false, now: () => (t += 1000), write: (l) => quiet.push(l) });
  q.tick(5);
  q.done();
  assert.deepEqual(quiet, []);
  const short: string[] = [];
  const s = createProgress({ enabled: true, now: () => 0, write: (l) => short.push(l) });
  s.tick();
  s.done();
  assert.deepEqual(short, []);
  assert.equal(progressLine(3, null, 2000), '[3] 1.5 docs/s');
});
