import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEvents, type ResolveInput } from '../../src/resolve/resolve.ts';
import { eventId } from '../../src/core/ids.ts';
import { CARIBBEAN, claim, day, docMeta, EAST_PACIFIC, input, killed, mention, span } from './fixtures.ts';

function corpus(): ResolveInput[] {
  const out: ResolveInput[] = [];
  const outlets = ['Harbor Wire', 'Isthmus Daily', 'Coastal Ledger', 'Gulf Courier'];
  for (let i = 0; i < 12; i++) {
    const d = `2025-${String(9 + (i % 4)).padStart(2, '0')}-${String(2 + 2 * i).padStart(2, '0')}`;
    for (let k = 0; k < 3; k++) {
      const doc = docMeta(`doc_${i}_${k}`, `${d}T${10 + k}:00:00Z`, outlets[(i + k) % 4]);
      const m0 = mention('m0', { start: 0, interval: day(d), place: i % 2 ? CARIBBEAN : EAST_PACIFIC, quantities: killed(2 + (k === 2 && i === 5 ? 1 : 0)) });
      const m1 = mention('m1', { start: 100, corefOf: 'm0', text: 'the strike', interval: null });
      const m2 = mention('m2', { start: 200, tally: true, interval: span('2025-09-01', d, 'open'), quantities: killed(10 + 3 * i, 'at_least') });
      out.push(input(doc, [m0, m1, m2], [claim(m0, { source: k ? 'officials' : null }), claim(m1, { stance: k === 1 ? 'confirmed' : 'asserted' })]));
    }
  }
  return out;
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

test('shuffling documents and their mentions gives the same events and ids', () => {
  const base = resolveEvents(corpus());
  assert.equal(base.events.length, 13);
  for (const seed of [1, 7, 42]) {
    const items = shuffled(corpus(), seed).map((it) => ({ ...it, mentions: shuffled(it.mentions, seed + 1), claims: shuffled(it.claims, seed + 2) }));
    assert.deepEqual(resolveEvents(items), base);
  }
});

test('adding later reports never renumbers existing events', () => {
  const all = corpus();
  const first = resolveEvents(all.slice(0, 20));
  const second = resolveEvents(all);
  const ids = new Set(second.events.map((e) => e.id));
  for (const e of first.events) assert.ok(ids.has(e.id), e.id);
});

test('with a previous resolution, an earlier-published report joining a cluster keeps the old id', () => {
  const late = docMeta('doc_late', '2025-10-15T10:00:00Z', 'Harbor Wire');
  const early = docMeta('doc_early', '2025-10-14T23:00:00Z', 'Isthmus Daily');
  const one = resolveEvents([input(late, [mention('m0', { interval: day('2025-10-14') })])]);
  const previous = Object.fromEntries(one.events.map((e) => [e.id, e.mentions.map((m) => `${m.doc}:${m.mention}`)]));
  const plain = resolveEvents([input(late, [mention('m0', { interval: day('2025-10-14') })]), input(early, [mention('m0', { interval: day('2025-10-14') })])]);
  assert.equal(plain.events[0].id, eventId('doc_early:m0'));
  const kept = resolveEvents([input(late, [mention('m0', { interval: day('2025-10-14') })]), input(early, [mention('m0', { interval: day('2025-10-14') })])], previous);
  assert.equal(kept.events[0].id, one.events[0].id);
  assert.deepEqual(kept.history, []);
});

test('history records merges and splits against a previous resolution', () => {
  const a = docMeta('doc_a', '2025-10-15T10:00:00Z', 'Harbor Wire');
  const b = docMeta('doc_b', '2025-10-15T11:00:00Z', 'Isthmus Daily');
  const items = [
    input(a, [mention('m0', { interval: day('2025-10-14') }), mention('m1', { interval: day('2025-10-20'), start: 5000 })]),
    input(b, [mention('m0', { interval: day('2025-10-14') })]),
  ];
  const idA = eventId('doc_a:m0');
  const idB = eventId('doc_b:m0');
  // Earlier, doc_b's mention was its own event and doc_a:m1 was (wrongly) part of doc_a:m0's event.
  const out = resolveEvents(items, { [idA]: ['doc_a:m0', 'doc_a:m1'], [idB]: ['doc_b:m0'] });
  assert.deepEqual(out.events.map((e) => e.id).slice(0, 1), [idA]);
  const kinds = out.history.map((h) => `${h.eventId === idA ? 'A' : h.eventId === idB ? 'B' : 'new'}:${h.kind}`).sort();
  assert.deepEqual(kinds, ['A:merged', 'B:merged', 'new:split']);
  assert.match(out.history.find((h) => h.eventId === idB)!.detail, new RegExp(`merged into ${idA}`));
});

// Speed is measured in bench/resolve.ts, not asserted here: this checks a large input resolves and splits by block.
test('resolves 20k mentions with blocking', () => {
  const items: ResolveInput[] = [];
  for (let i = 0; i < 5000; i++) {
    const d = 20330 + (i % 120);
    const iso = new Date(d * 86400000).toISOString().slice(0, 10);
    const doc = docMeta(`doc_${i}`, `${iso}T12:00:00Z`, `Outlet ${i % 50}`);
    const ms = [0, 1, 2, 3].map((k) => mention(`m${k}`, { start: k * 200, interval: day(iso), place: k % 2 ? CARIBBEAN : EAST_PACIFIC, quantities: killed(k + (i % 3)), event: k === 3 ? 'COERCE' : 'ASSAULT' }));
    items.push(input(doc, ms, ms.map((m) => claim(m))));
  }
  const out = resolveEvents(items);
  assert.ok(out.events.length > 100);
  // every mention lands in exactly one event, and no event mixes categories
  assert.equal(out.links.length, 20_000);
  for (const e of out.events) assert.ok(e.mentions.length >= 1);
  assert.ok(out.events.every((e) => e.event === 'ASSAULT' || e.event === 'COERCE'));
});
