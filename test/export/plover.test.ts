import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { resolveEvents } from '../../src/resolve/resolve.ts';
import { PLOVER_SCHEMA, toPloverLines } from '../../src/export/plover.ts';
import { toJsonRecord } from '../../src/export/json.ts';
import { CIA, claim, day, docMeta, EAST_PACIFIC, input, killed, mention, span, VENEZUELA } from '../resolve/fixtures.ts';

const schema = JSON.parse(readFileSync(new URL('../../schema/plover.schema.json', import.meta.url), 'utf8'));
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const A = docMeta('doc_a', '2025-10-22T06:50:00Z', 'Pacific Dispatch');
const B = docMeta('doc_b', '2025-10-24T10:00:00Z', 'Atlas News Service');
const N = docMeta('doc_n', '2025-12-30T07:00:00Z', 'Global Desk');

function sample() {
  const a = mention('m0', { start: 0, interval: day('2025-10-21'), place: EAST_PACIFIC, quantities: killed(3) });
  const b = mention('m0', { start: 0, interval: day('2025-10-21'), place: EAST_PACIFIC, quantities: killed(4) });
  const dock = mention('m0', { start: 0, interval: span('2025-12-22', '2025-12-28', 'week'), place: VENEZUELA, mode: 'drone', actor: CIA, quantities: killed(0), context: ['drugs'] });
  const tally = mention('m1', { start: 500, tally: true, interval: span('2025-09-01', '2025-12-30', 'open'), quantities: killed(105, 'at_least'), place: null });
  const threat = mention('m2', { start: 800, event: 'THREATEN', mode: 'violence', interval: null, place: null, actor: null });
  return resolveEvents([
    input(A, [a], [claim(a, { source: 'Pete Hegseth', sourceCode: 'USA' })]),
    input(B, [b], [claim(b, { source: 'the Pentagon', sourceCode: 'USA' })]),
    input(N, [dock, tally, threat], [claim(dock, { source: 'people familiar with the operation', conveyed_by: 'The New York Times' })]),
  ]);
}

test('every plover line validates against the schema', () => {
  const lines = toPloverLines(sample().events);
  assert.equal(lines.length, 4);
  for (const line of lines) {
    const obj = JSON.parse(line);
    assert.ok(validate(obj), JSON.stringify(validate.errors));
  }
});

test('the header line names the schema and readers can skip it', () => {
  const lines = toPloverLines(sample().events, { header: true, headerExtra: { generator: 'sitrep test' } });
  const header = JSON.parse(lines[0]);
  assert.equal(header.schema, PLOVER_SCHEMA);
  assert.equal(header.events, 4);
  assert.equal(validate(header), false);
});

test('the plover line carries the CODEBOOK keys with values from the resolver', () => {
  const lines = toPloverLines(sample().events, { docLabel: (d) => `${d}.md` }).map((l) => JSON.parse(l));
  const dock = lines.find((l) => l.mode === 'drone');
  assert.deepEqual(Object.keys(dock).slice(0, 16), ['id', 'event', 'mode', 'date', 'enddate', 'date_granularity', 'actor', 'recipient', 'event_loc', 'event_text', 'context', 'fatalities', 'status', 'sources', 'mentions', 'contradictions']);
  assert.deepEqual(dock.actor, { entity_text: 'Central Intelligence Agency', code: 'USA', identifier_id: 'Q37230', sector: 'INTEL' });
  assert.equal(dock.date, '2025-12-22');
  assert.equal(dock.enddate, '2025-12-28');
  assert.equal(dock.date_granularity, 'week');
  assert.deepEqual(dock.fatalities, { best: 0, low: 0, high: 0 });
  assert.equal(dock.sources[0].conveyed_by, 'The New York Times');
  assert.equal(dock.mentions[0].doc, 'doc_n.md');
  const pacific = lines.find((l) => l.event_loc?.name === 'eastern Pacific');
  assert.equal(pacific.fatalities.best, 4);
  assert.equal(pacific.revisions[0].new, 4);
  const threat = lines.find((l) => l.event === 'THREATEN');
  assert.equal(threat.actor, null);
  assert.equal(threat.event_loc, null);
  assert.equal(threat.fatalities, null);
});

test('a line missing a required key fails validation', () => {
  const obj = JSON.parse(toPloverLines(sample().events)[0]);
  delete obj.sources;
  assert.equal(validate(obj), false);
  const bad = JSON.parse(toPloverLines(sample().events)[0]);
  bad.date = '22/12/2025';
  assert.equal(validate(bad), false);
});

test('the json record holds documents, events, claims, tallies and revisions', () => {
  const out = sample();
  const rec = toJsonRecord({ documents: [N, B, A], events: out.events, links: out.links, history: out.history });
  assert.equal(rec.schema, 'sitrep.record/1');
  assert.deepEqual(rec.documents.map((d) => d.id), ['doc_a', 'doc_b', 'doc_n']);
  assert.equal(rec.events.length, 4);
  assert.equal(rec.revisions.length, 1);
  assert.equal(rec.tallies.length, 1);
  const t = rec.tallies[0];
  assert.equal(t.value, 105);
  assert.equal(t.bound, 'at_least');
  assert.equal(t.as_of, N.published);
  assert.deepEqual(t.computed, { events: 2, value: 4 });
  assert.deepEqual(JSON.parse(JSON.stringify(rec)), rec);
});
