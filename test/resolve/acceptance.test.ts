// Acceptance: the case set through the real ingest → store → resolve path, in different orders and in two batches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../../src/store/index.ts';
import { ingestOne } from '../../src/app/ingest.ts';
import { resolveStore } from '../../src/app/resolve.ts';
import { ingestString } from '../../src/ingest/index.ts';
import { caseFiles, readGold, runCases, scoreCases, type CaseFile } from '../../src/eval/cases.ts';
import { resolveEvents } from '../../src/resolve/resolve.ts';
import { contradictionRows, tallyRows } from '../../src/export/json.ts';
import { docMeta, day, input, mention, killed } from './fixtures.ts';

const NOW = new Date('2026-01-01T00:00:00Z');

async function ingestAll(store: Store, files: CaseFile[]): Promise<void> {
  for (const f of files) {
    const o = await ingestOne(store, ingestString(f.content, f.name, { now: NOW }));
    assert.equal(o.status, 'stored', `${f.name}: ${o.message ?? ''}`);
  }
  await resolveStore(store);
}

/** Events as comparable facts: id, member mention keys, date and best toll. */
async function snapshot(store: Store): Promise<string[]> {
  const events = await store.listEvents({ limit: 1_000_000 });
  return events
    .map((e) => `${e.id} ${e.date} ${e.fatalities?.best ?? '-'} ${e.mentions.map((m) => `${m.doc}:${m.mention}`).sort().join(',')}`)
    .sort();
}

async function withStore<T>(fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ dbPath: 'memory://' });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

// A fixed shuffle: interleave from both ends.
function shuffled(files: CaseFile[]): CaseFile[] {
  const out: CaseFile[] = [];
  for (let i = 0, j = files.length - 1; i <= j; i++, j--) {
    out.push(files[j]);
    if (i !== j) out.push(files[i]);
  }
  return out;
}

let oneBatch: Promise<string[]> | null = null;
/** The case set ingested in one batch, in file order (shared by the tests below). */
const inOneBatch = () => (oneBatch ??= withStore(async (s) => (await ingestAll(s, caseFiles()), snapshot(s))));

test('re-ingesting the case set in another order gives the same events and ids', async () => {
  const files = caseFiles();
  assert.ok(files.length >= 40);
  const a = await inOneBatch();
  const b = await withStore(async (s) => (await ingestAll(s, shuffled(files)), snapshot(s)));
  assert.ok(a.length >= 15);
  assert.deepEqual(b, a);
});

test('adding reports in a second batch never renumbers existing events', async () => {
  const files = caseFiles();
  const first = files.filter((_, i) => i % 2 === 1);
  const second = files.filter((_, i) => i % 2 === 0);
  await withStore(async (s) => {
    await ingestAll(s, first);
    const before = await s.listEvents({ limit: 1_000_000 });
    await ingestAll(s, second);
    const after = new Map((await s.listEvents({ limit: 1_000_000 })).map((e) => [e.id, e]));
    for (const e of before) {
      const now = after.get(e.id);
      const history = (await s.eventHistory(e.id)).map((h) => h.kind);
      if (!now) {
        assert.ok(history.includes('merged'), `${e.id} vanished without a recorded merge`);
        continue;
      }
      const keys = new Set(now.mentions.map((m) => `${m.doc}:${m.mention}`));
      for (const m of e.mentions) assert.ok(keys.has(`${m.doc}:${m.mention}`) || history.includes('split'), `${e.id} lost ${m.doc}:${m.mention}`);
    }
    // The same happenings as a one-batch ingest of everything (ids differ where the first batch founded them).
    const noIds = (rows: string[]) => rows.map((r) => r.slice(r.indexOf(' ') + 1)).sort();
    assert.deepEqual(noIds(await snapshot(s)), noIds(await inOneBatch()));
  });
});

test('merges and splits are recorded in the stored history', async () => {
  const a = docMeta('doc_a', '2025-10-15T10:00:00Z', 'Harbor Wire');
  const b = docMeta('doc_b', '2025-10-15T11:00:00Z', 'Isthmus Daily');
  const items = [
    input(a, [mention('m0', { interval: day('2025-10-14') }), mention('m1', { interval: day('2025-10-20'), start: 5000 })]),
    input(b, [mention('m0', { interval: day('2025-10-14'), quantities: killed(2) })]),
  ];
  const first = resolveEvents([items[0]]);
  const withB = resolveEvents([items[1]]);
  // Previously: doc_a's two mentions were one event (a slip), doc_b's mention another.
  const previous = { [first.events[0].id]: ['doc_a:m0', 'doc_a:m1'], [withB.events[0].id]: ['doc_b:m0'] };
  const out = resolveEvents(items, previous);
  await withStore(async (s) => {
    await s.replaceEvents(out.events, out.links.map((l) => ({ eventId: l.eventId, doc: l.docId, mention: l.mentionId })), out.history.map((h) => ({ eventId: h.eventId, kind: h.kind, detail: { note: h.detail } })));
    const kinds = new Set<string>();
    for (const h of out.history) for (const row of await s.eventHistory(h.eventId)) kinds.add(row.kind);
    assert.ok(kinds.has('merged') && kinds.has('split'), [...kinds].join(','));
  });
});

test('case set: clustering, fields, contradictions, revisions and tallies', () => {
  const { report, out, docs } = runCases();
  assert.ok(report.coref.conll > 0.9, `CoNLL ${report.coref.conll}`);
  assert.ok(report.pairs.p > 0.95, `pairwise precision ${report.pairs.p}`);
  assert.equal(report.accuracy.date, 1);
  assert.equal(report.accuracy.killed, 1);
  // Order independence of the pure resolver on the same annotated documents.
  const again = scoreCases(docs, resolveEvents([...docs.values()].reverse().map((d) => ({ doc: d.meta, mentions: d.layers.mentions ?? [], claims: d.layers.claims ?? [] }))), readGold());
  assert.deepEqual(again.coref, report.coref);
  const disputed = contradictionRows(out.events).find((c) => c.field === 'fatalities');
  assert.ok(disputed && disputed.values.length >= 2 && disputed.values.every((v) => v.sources.length > 0) && disputed.rule);
  assert.ok(out.events.some((e) => e.revisions.some((r) => r.field === 'fatalities' && r.old === 2 && r.new === 3)));
  const metas = [...docs.values()].map((d) => d.meta);
  const rows = tallyRows(out.events, metas);
  const t = rows.find((r) => r.what === 'killed' && r.value === 87 && r.bound === 'at_least');
  assert.ok(t && t.as_of && t.since && t.divergence < 0 && t.why.length > 0);
});
