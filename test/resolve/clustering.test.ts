import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEvents } from '../../src/resolve/resolve.ts';
import { placesCompatible } from '../../src/resolve/compat.ts';
import { eventId } from '../../src/core/ids.ts';
import { actor, CARIBBEAN, claim, CIA, day, docMeta, EAST_PACIFIC, input, INTL_WATERS, killed, mention, place, span, USA, VENEZUELA } from './fixtures.ts';

const A = docMeta('doc_a', '2025-09-03T10:00:00Z', 'Harbor Wire');
const B = docMeta('doc_b', '2025-09-03T15:00:00Z', 'Isthmus Daily');
const C = docMeta('doc_c', '2025-09-05T09:00:00Z', 'Coastal Ledger');

test('two reports of the same boat strike merge into one event', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-09-02'), quantities: killed(11) })]),
    input(B, [mention('m0', { interval: day('2025-09-02'), quantities: killed(11) })]),
  ]);
  assert.equal(out.events.length, 1);
  assert.equal(out.events[0].mentions.length, 2);
  assert.equal(out.events[0].date, '2025-09-02');
  assert.equal(out.events[0].status, 'multiple_sources');
  assert.equal(out.links.length, 2);
});

test('the event id is the hash of the earliest founding mention', () => {
  const out = resolveEvents([
    input(B, [mention('m3', { interval: day('2025-09-02') })]),
    input(A, [mention('m1', { interval: day('2025-09-02') })]),
  ]);
  assert.equal(out.events[0].id, eventId('doc_a:m1'));
});

test('strikes in the same sea three days apart stay apart', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-09-02') })]),
    input(C, [mention('m0', { interval: day('2025-09-05') })]),
  ]);
  assert.equal(out.events.length, 2);
});

test('day-precise dates one day apart merge and the difference is kept as a contradiction', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-09-02') })]),
    input(B, [mention('m0', { interval: day('2025-09-03') })]),
    input(C, [mention('m0', { interval: day('2025-09-03') })]),
  ]);
  assert.equal(out.events.length, 1);
  const e = out.events[0];
  assert.equal(e.date, '2025-09-03');
  const c = e.contradictions.find((x) => x.field === 'date')!;
  assert.deepEqual(c.values.map((v) => v.value), ['2025-09-02', '2025-09-03']);
  assert.equal(c.chosen, '2025-09-03');
  assert.equal(e.status, 'disputed');
});

test('a week-long interval joins a day-precise report inside it and the day is published', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: span('2025-09-01', '2025-09-07', 'week') })]),
    input(B, [mention('m0', { interval: day('2025-09-04') })]),
  ]);
  assert.equal(out.events.length, 1);
  assert.equal(out.events[0].date, '2025-09-04');
  assert.equal(out.events[0].date_granularity, 'day');
});

test('the same day in the Caribbean and the eastern Pacific are two strikes', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-21'), place: CARIBBEAN })]),
    input(B, [mention('m0', { interval: day('2025-10-21'), place: EAST_PACIFIC })]),
  ]);
  assert.equal(out.events.length, 2);
});

test('an unknown place or international waters is compatible with a named sea', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-21'), place: CARIBBEAN })]),
    input(B, [mention('m0', { interval: day('2025-10-21'), place: INTL_WATERS })]),
    input(C, [mention('m0', { interval: day('2025-10-21'), place: null })]),
  ]);
  assert.equal(out.events.length, 1);
});

test('places in different countries never merge; a port inside the country does', () => {
  const port = place('Puerto Cabello', 'city', 'VEN', 10.47, -68.01, 10);
  const colombia = place('Colombia', 'country', 'COL', 4, -72, 600);
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-12-24'), place: VENEZUELA })]),
    input(B, [mention('m0', { interval: day('2025-12-24'), place: port })]),
    input(C, [mention('m0', { interval: day('2025-12-24'), place: colombia })]),
  ]);
  assert.equal(out.events.length, 2);
  assert.equal(out.events.find((e) => e.mentions.length === 2)!.place!.name, 'Puerto Cabello');
});

test('different categories, or incompatible modes, are different events; drone is a kind of aerial', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-12-24'), place: VENEZUELA, mode: 'aerial' })]),
    input(B, [mention('m0', { interval: day('2025-12-24'), place: VENEZUELA, mode: 'drone', actor: CIA })]),
    input(C, [
      mention('m0', { interval: day('2025-12-24'), place: VENEZUELA, mode: 'firearms' }),
      mention('m1', { interval: day('2025-12-24'), place: VENEZUELA, event: 'COERCE', mode: 'seize' }),
    ]),
  ]);
  assert.equal(out.events.length, 3);
  const air = out.events.find((e) => e.mentions.length === 2)!;
  assert.equal(air.mode, 'drone');
  assert.equal(air.actor!.name, 'Central Intelligence Agency');
});

test('actors with different codes stay apart; an unknown actor joins', () => {
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-11-10'), actor: USA })]),
    input(B, [mention('m0', { interval: day('2025-11-10'), actor: actor('Venezuelan navy', 'VEN', 'MIL') })]),
    input(C, [mention('m0', { interval: day('2025-11-10'), actor: null })]),
  ]);
  assert.equal(out.events.length, 2);
  assert.equal(out.events.find((e) => e.actor?.code === 'USA')!.mentions.length, 2);
});

test('non-asserted mentions found no event', () => {
  const out = resolveEvents([
    input(A, [
      mention('m0', { modality: 'hypothetical', event: 'THREATEN' }),
      mention('m1', { modality: 'negated', interval: day('2025-09-02') }),
      mention('m2', { modality: 'historical', interval: day('1989-12-20') }),
    ]),
  ]);
  assert.equal(out.events.length, 0);
  assert.equal(out.links.length, 0);
});

test('an anaphoric mention joins its antecedent and its claims become sources', () => {
  const m0 = mention('m0', { interval: day('2025-12-24'), place: VENEZUELA, mode: 'drone', actor: CIA, quantities: killed(0) });
  const m1 = mention('m1', { interval: null, place: null, actor: null, corefOf: 'm0', text: 'the attack' });
  const m2 = mention('m2', { interval: null, corefOf: 'm1', modality: 'hypothetical', text: 'the attack could be repeated' });
  const out = resolveEvents([
    input(A, [m0, m1, m2], [
      claim(m0, { source: 'anonymous US officials', conveyed_by: 'The New York Times' }),
      claim(m1, { source: 'Donald Trump', stance: 'confirmed', sourceCode: 'USA' }),
    ]),
  ]);
  assert.equal(out.events.length, 1);
  const e = out.events[0];
  assert.deepEqual(e.mentions.map((m) => m.mention), ['m0', 'm1']);
  assert.equal(e.sources.length, 2);
  assert.equal(e.status, 'confirmed');
  assert.deepEqual(e.fatalities, { best: 0, low: 0, high: 0 });
});

test('tally mentions never merge with single strikes; tallies merge by category and actor', () => {
  const tally1 = mention('m1', { tally: true, interval: span('2025-09-01', '2025-10-20', 'open'), quantities: killed(30, 'at_least') });
  const tally2 = mention('m1', { tally: true, interval: span('2025-09-01', '2025-11-30', 'open'), quantities: killed(80, 'more_than') });
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-20'), quantities: killed(3) }), tally1]),
    input(C, [tally2]),
  ]);
  assert.equal(out.events.length, 2);
  const t = out.events.find((e) => e.tally)!;
  assert.equal(t.mentions.length, 2);
  assert.deepEqual(t.fatalities, { best: 81, low: 81, high: 81 });
  assert.equal(t.revisions.length, 1);
  assert.equal(out.events.find((e) => !e.tally)!.fatalities!.best, 3);
});

test('two mentions of one report with different tolls are two strikes', () => {
  const out = resolveEvents([
    input(A, [
      mention('m0', { interval: day('2025-10-20'), quantities: killed(3) }),
      mention('m1', { interval: day('2025-10-20'), quantities: killed(2) }),
    ]),
  ]);
  assert.equal(out.events.length, 2);
});

test('undated mentions only meet undated mentions', () => {
  const noDate = docMeta('doc_x', null, 'Undated Post');
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-20') })]),
    input(noDate, [mention('m0', { interval: null }), mention('m1', { interval: null, start: 900 })]),
  ]);
  assert.equal(out.events.length, 2);
});

test('oceans are drawn as several circles: "off the coast of Ecuador" touches the Pacific, the Caribbean and the Gulf of Mexico do not', () => {
  const pacific = place('Pacific', 'sea', null, 0, -160, 7500, 'sea:pacific');
  const ecuadorCoast = place('off the coast of Ecuador', 'sea', 'ECU', -2, -77.5, 497);
  const venezuelaCoast = place('off the coast of Venezuela', 'sea', 'VEN', 8, -66, 700);
  const gulf = place('Gulf of Mexico', 'sea', null, 25, -90, 800, 'sea:gulf-of-mexico');
  const eastPacific = place('eastern Pacific', 'sea', null, 10, -100, 2500, 'sea:eastern-pacific'); // as in src/lexicons/seas.ts
  assert.equal(placesCompatible(pacific, ecuadorCoast), true);
  assert.equal(placesCompatible(ecuadorCoast, eastPacific), true);
  assert.equal(placesCompatible(pacific, CARIBBEAN), false);
  assert.equal(placesCompatible(pacific, gulf), false);
  assert.equal(placesCompatible(pacific, venezuelaCoast), false);
  // The same day off Ecuador and in the eastern Pacific, 3 vs 4 dead: one strike.
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-12-15'), place: eastPacific, quantities: killed(3) })]),
    input(B, [mention('m0', { interval: day('2025-12-15'), place: ecuadorCoast, quantities: killed(4) })]),
  ]);
  assert.equal(out.events.length, 1);
});

test('a country\'s offshore zone is the published place over the bare country, though its radius is wider', () => {
  const coast = place('off the coast of Venezuela', 'sea', 'VEN', 8, -66, 700);
  const out = resolveEvents([
    input(A, [mention('m0', { interval: day('2025-10-03'), place: VENEZUELA })]),
    input(B, [mention('m0', { interval: day('2025-10-03'), place: coast })]),
  ]);
  assert.equal(out.events.length, 1);
  assert.equal(out.events[0].place?.name, 'off the coast of Venezuela');
});
