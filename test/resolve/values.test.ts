import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEvents } from '../../src/resolve/resolve.ts';
import { claim, day, docMeta, input, killed, mention } from './fixtures.ts';

const A = docMeta('doc_a', '2025-10-15T10:00:00Z', 'Harbor Wire');
const B = docMeta('doc_b', '2025-10-15T18:00:00Z', 'Isthmus Daily');
const C = docMeta('doc_c', '2025-10-17T09:00:00Z', 'Coastal Ledger');
const strike = (id: string, n?: number) => mention(id, { interval: day('2025-10-14'), quantities: n === undefined ? {} : killed(n) });

test('a disagreeing toll is kept as a contradiction and the lowest figure is published', () => {
  const out = resolveEvents([input(A, [strike('m0', 3)]), input(B, [strike('m0', 4)])]);
  const e = out.events[0];
  assert.deepEqual(e.fatalities, { best: 3, low: 3, high: 4 });
  const c = e.contradictions.find((x) => x.field === 'fatalities')!;
  assert.deepEqual(c.values, [{ value: 3, sources: ['doc_a'] }, { value: 4, sources: ['doc_b'] }]);
  assert.equal(c.chosen, 3);
  assert.match(String(c.rule), /lowest/);
  assert.equal(e.status, 'disputed');
  assert.equal(e.values!.fatalities!.length, 2);
});

test('an official figure beats a lower press figure', () => {
  const m = strike('m0', 4);
  const out = resolveEvents([
    input(A, [strike('m0', 3)]),
    input(B, [m], [claim(m, { source: 'Defense Secretary Pete Hegseth', sourceCode: 'USA' })]),
  ]);
  assert.equal(out.events[0].fatalities!.best, 4);
  assert.match(String(out.events[0].contradictions[0].rule), /official/);
});

test('a later report that updates the toll is a revision, not a contradiction', () => {
  const out = resolveEvents([input(A, [strike('m0', 3)]), input(C, [strike('m0', 4)])]);
  const e = out.events[0];
  assert.deepEqual(e.fatalities, { best: 4, low: 3, high: 4 });
  assert.deepEqual(e.revisions, [{ field: 'fatalities', old: 3, new: 4, at: C.published, doc: 'doc_c' }]);
  assert.equal(e.contradictions.length, 0);
});

test('fatalities are null when nobody gives a number, zero when a report says nobody died', () => {
  assert.equal(resolveEvents([input(A, [strike('m0')])]).events[0].fatalities, null);
  assert.deepEqual(resolveEvents([input(A, [strike('m0', 0)])]).events[0].fatalities, { best: 0, low: 0, high: 0 });
});

test('bound-aware figures: "more than 6" counts as 7', () => {
  const m = mention('m0', { interval: day('2025-10-14'), quantities: killed(6, 'more_than') });
  assert.deepEqual(resolveEvents([input(A, [m])]).events[0].fatalities, { best: 7, low: 7, high: 7 });
});

test('vessel counts that differ on the same day are a contradiction too', () => {
  const v = (n: number) => ({ vessels: { start: 0, end: 0, text: String(n), value: n, bound: 'exact' as const } });
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-14'), quantities: v(1) })]),
    input(B, [mention('m0', { interval: day('2025-10-14'), quantities: v(2) })]),
  ]);
  assert.deepEqual(out.events[0].vessels, { best: 1, low: 1, high: 2 });
  assert.equal(out.events[0].contradictions[0].field, 'vessels');
});

test('two outlets relaying the same newspaper are one independent source', () => {
  const a = strike('m0');
  const b = strike('m0');
  const out = resolveEvents([
    input(A, [a], [claim(a, { conveyed_by: 'The New York Times', source: 'anonymous officials' })]),
    input(B, [b], [claim(b, { conveyed_by: 'New York Times', source: 'anonymous officials' })]),
  ]);
  const e = out.events[0];
  assert.deepEqual(e.sources.map((s) => s.independent), [true, false]);
  assert.equal(e.independent_sources, 1);
  assert.equal(e.status, 'single_source');
});

test('a relay of an outlet that is itself among the sources is not independent', () => {
  const nyt = docMeta('doc_n', '2025-10-15T20:00:00Z', 'The New York Times');
  const a = strike('m0');
  const out = resolveEvents([input(A, [a], [claim(a, { conveyed_by: 'The New York Times' })]), input(nyt, [strike('m0')])]);
  const e = out.events[0];
  assert.equal(e.sources.find((s) => s.doc === 'doc_n')!.independent, true);
  assert.equal(e.sources.find((s) => s.doc === 'doc_a')!.independent, false);
});

test('status: a party confirming makes it confirmed, the actor asserting too', () => {
  const a = strike('m0');
  const confirmed = resolveEvents([input(A, [a], [claim(a, { stance: 'confirmed', source: 'President Donald Trump' })])]);
  assert.equal(confirmed.events[0].status, 'confirmed');
  const own = resolveEvents([input(A, [a], [claim(a, { source: 'the United States government' })])]);
  assert.equal(own.events[0].status, 'confirmed');
});

test('status: the actor denying makes it denied, another party denying makes it disputed', () => {
  const a = strike('m0');
  const b = strike('m0');
  const byActor = resolveEvents([input(A, [a]), input(B, [b], [claim(b, { stance: 'denied', source: 'the Pentagon', sourceCode: 'USA' })])]);
  assert.equal(byActor.events[0].status, 'denied');
  const byOther = resolveEvents([input(A, [a]), input(B, [b], [claim(b, { stance: 'denied', source: 'Venezuelan government', sourceCode: 'VEN' })])]);
  assert.equal(byOther.events[0].status, 'disputed');
});

test('every value is kept with its sources', () => {
  const a = mention('m0', { interval: day('2025-10-14'), quantities: killed(3) });
  const b = mention('m0', { interval: day('2025-10-14'), quantities: killed(3) });
  const e = resolveEvents([input(A, [a]), input(B, [b])]).events[0];
  assert.equal(e.values!.fatalities!.length, 1);
  assert.deepEqual(e.values!.fatalities![0].sources.map((s) => s.doc), ['doc_a', 'doc_b']);
  assert.equal(e.values!.date!.length, 1);
  assert.equal(e.values!.actor![0].sources.length, 2);
});

test('unnamed sources a day later do not revise an official toll: the official figure stands, disputed', () => {
  const official = strike('m0', 3);
  const leak = strike('m0', 4);
  const out = resolveEvents([
    input(A, [official], [claim(official, { source: 'US Southern Command', sourceCode: 'USA' })]),
    input(C, [leak], [claim(leak, { source: 'anonymous Ecuadorian officials' })]),
  ]);
  const e = out.events[0];
  assert.deepEqual(e.fatalities, { best: 3, low: 3, high: 4 });
  assert.deepEqual(e.revisions, []);
  const c = e.contradictions.find((x) => x.field === 'fatalities')!;
  assert.deepEqual(c.values, [{ value: 3, sources: ['doc_a'] }, { value: 4, sources: ['doc_c'] }]);
  assert.equal(c.chosen, 3);
  assert.equal(e.status, 'disputed');
  // A later official figure still revises it.
  const update = strike('m0', 5);
  const out2 = resolveEvents([
    input(A, [official], [claim(official, { source: 'US Southern Command', sourceCode: 'USA' })]),
    input(C, [update], [claim(update, { source: 'the Pentagon', sourceCode: 'USA' })]),
  ]);
  assert.deepEqual(out2.events[0].revisions.map((r) => [r.old, r.new]), [[3, 5]]);
});
