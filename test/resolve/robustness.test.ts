import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEvents } from '../../src/resolve/resolve.ts';
import { CARIBBEAN, claim, day, docMeta, EAST_PACIFIC, input, killed, mention, place, span, USA } from './fixtures.ts';

const A = docMeta('doc_a', '2025-10-22T06:50:00Z', 'Pacific Dispatch');
const B = docMeta('doc_b', '2025-10-23T07:30:00Z', 'Harbor Wire');
const C = docMeta('doc_c', '2025-10-24T10:00:00Z', 'Atlas News Service');
const week = span('2025-10-16', '2025-10-23', 'open');

test('a later report revises an earlier official figure', () => {
  const a = mention('m0', { interval: day('2025-10-21'), place: EAST_PACIFIC, quantities: killed(3) });
  const c = mention('m0', { interval: day('2025-10-21'), place: EAST_PACIFIC, quantities: killed(4) });
  const e = resolveEvents([input(A, [a], [claim(a, { source: 'Pete Hegseth' })]), input(C, [c])]).events[0];
  assert.equal(e.fatalities!.best, 4);
  assert.deepEqual(e.revisions.map((r) => [r.old, r.new, r.doc]), [[3, 4, 'doc_c']]);
});

test('a different day and a different toll together are a different strike', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-21'), place: EAST_PACIFIC, quantities: killed(3) })]),
    input(B, [mention('m0', { interval: day('2025-10-22'), place: EAST_PACIFIC, quantities: killed(2) })]),
  ]);
  assert.equal(out.events.length, 2);
});

test('a coreference chain is compared as a unit: the anaphor lends its day and toll to the headline mention', () => {
  const headline = mention('m0', { start: 0, interval: week, place: EAST_PACIFIC, text: 'Second eastern Pacific strike' });
  const detail = mention('m1', { start: 100, interval: day('2025-10-22'), place: EAST_PACIFIC, quantities: killed(2), corefOf: 'm0', text: 'the strike on Wednesday killed two' });
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-21'), place: EAST_PACIFIC, quantities: killed(3) })]),
    input(B, [headline, detail]),
  ]);
  assert.equal(out.events.length, 2);
  const second = out.events.find((e) => e.mentions.some((m) => m.doc === 'doc_b'))!;
  assert.equal(second.date, '2025-10-22');
  assert.equal(second.fatalities!.best, 2);
});

test("the actor's own country is not taken as the place of its strike", () => {
  const home = place('United States', 'country', 'USA', 39.76, -98.5, 1727, 'iso:USA');
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-21'), place: CARIBBEAN, actor: USA })]),
    input(B, [mention('m0', { interval: day('2025-10-21'), place: home, actor: USA })]),
  ]);
  assert.equal(out.events.length, 1);
  assert.equal(out.events[0].place!.name, 'Caribbean Sea');
});

test('an anaphor that contradicts its event on place keeps its claims but not its values', () => {
  const washington = place('Washington, D.C.', 'city', 'USA', 38.9, -77.04, 11);
  const m0 = mention('m0', { start: 0, interval: day('2025-09-02'), place: CARIBBEAN, quantities: killed(11) });
  const m1 = mention('m1', { start: 100, interval: null, place: washington, quantities: killed(12), corefOf: 'm0' });
  const e = resolveEvents([input(A, [m0, m1], [claim(m1, { source: 'officials in Washington' })])]).events[0];
  assert.equal(e.place!.name, 'Caribbean Sea');
  assert.equal(e.fatalities!.best, 11);
  assert.equal(e.sources.length, 2);
  assert.equal(e.mentions.length, 2);
});
