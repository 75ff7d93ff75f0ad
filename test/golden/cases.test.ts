// Explicit checks of the key facts of each golden case, so the .expected.json files are not the only check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Doc, Mention } from '../../src/core/types.ts';
import { ingestString } from '../../src/ingest/index.ts';
import { processInput } from '../../src/app/process.ts';

const DIR = new URL('./cases/', import.meta.url).pathname;
const cache = new Map<string, Doc>();

function run(name: string): Doc {
  let doc = cache.get(name);
  if (!doc) {
    const r = ingestString(readFileSync(DIR + name, 'utf8'), name);
    assert.ok(r.ok, 'ingest failed');
    doc = processInput(r.input);
    cache.set(name, doc);
  }
  return doc;
}

const mentions = (name: string) => run(name).layers.mentions ?? [];
/** The stated happenings: asserted and not referring back. */
const roots = (name: string) => mentions(name).filter((m) => m.modality === 'asserted' && !m.corefOf);

function byTrigger(name: string, trigger: string, nth = 0): Mention {
  const found = mentions(name).filter((m) => m.trigger.text === trigger);
  assert.ok(found[nth], `${name}: no mention triggered by "${trigger}" (have ${mentions(name).map((m) => m.trigger.text).join(', ')})`);
  return found[nth];
}

interface Fact {
  event?: string;
  mode?: string | null;
  modality?: string;
  actor?: string | null;
  recipient?: string | null;
  interval?: [string, string | null] | null;
  killed?: [number, string] | null;
  corefOf?: string | null;
  tally?: boolean;
}

function check(m: Mention, f: Fact): void {
  const label = `${m.id} "${m.trigger.text}"`;
  if (f.event !== undefined) assert.equal(m.event, f.event, label);
  if (f.mode !== undefined) assert.equal(m.mode, f.mode, label);
  if (f.modality !== undefined) assert.equal(m.modality, f.modality, label);
  if (f.actor !== undefined) assert.equal(m.actor?.code ?? null, f.actor, `${label} actor`);
  if (f.recipient !== undefined) assert.equal(m.recipient?.name ?? null, f.recipient, `${label} recipient`);
  if (f.interval !== undefined) assert.deepEqual(m.interval ? [m.interval.start, m.interval.end] : null, f.interval, `${label} interval`);
  if (f.killed !== undefined) assert.deepEqual(m.quantities.killed ? [m.quantities.killed.value, m.quantities.killed.bound] : null, f.killed, `${label} killed`);
  if (f.corefOf !== undefined) assert.equal(m.corefOf, f.corefOf, `${label} corefOf`);
  if (f.tally !== undefined) assert.equal(m.tally, f.tally, `${label} tally`);
}

test('dock-strike: "hit ... with a drone" is the drone attack on a pier used by Tren de Aragua', () => {
  const n = 'dock-strike.md';
  check(byTrigger(n, 'hit'), { event: 'ASSAULT', mode: 'drone', modality: 'asserted', actor: 'USA', recipient: 'Tren de Aragua', interval: ['2025-12-22', '2025-12-28'], killed: [0, 'exact'] });
  // "had carried out the strike" is backshifted reporting, not background.
  check(byTrigger(n, 'strike'), { modality: 'asserted', actor: 'USA', corefOf: 'm0' });
  check(byTrigger(n, 'blockade'), { event: 'SANCTION', mode: 'blockade', actor: 'USA' });
  check(byTrigger(n, 'seized'), { event: 'COERCE', mode: 'seize', actor: 'USA', tally: false });
  assert.deepEqual(roots(n).map((m) => `${m.event}/${m.mode}`).sort(), ['ACCUSE/disapprove', 'ASSAULT/destroy', 'ASSAULT/drone', 'COERCE/seize', 'MOBILIZE/weapons', 'SANCTION/blockade']);
});

test('negatives: nothing asserted; denial content negated, conditions hypothetical, 1989 historical', () => {
  const n = 'negatives.md';
  assert.deepEqual(roots(n), []);
  check(byTrigger(n, 'fired on'), { event: 'ASSAULT', modality: 'negated', actor: 'VEN', interval: null });
  assert.equal(byTrigger(n, 'fired on').recipient?.code, 'USA');
  check(byTrigger(n, 'talks'), { event: 'CONSULT', modality: 'hypothetical' });
  check(byTrigger(n, 'sanctions'), { event: 'SANCTION', modality: 'hypothetical' });
  check(byTrigger(n, 'bomb'), { modality: 'question' });
  check(byTrigger(n, 'invaded'), { modality: 'historical', interval: ['1989-01-01', '1989-12-31'] });
  check(byTrigger(n, 'seize'), { modality: 'negated' });
});

test('boat-strikes: two dated strikes with tolls, a campaign tally, no new events from questions or "declined to comment"', () => {
  const n = 'boat-strikes.md';
  check(byTrigger(n, 'struck'), { event: 'ASSAULT', modality: 'asserted', actor: 'USA', interval: ['2025-10-21', '2025-10-21'], killed: [5, 'exact'] });
  assert.equal(byTrigger(n, 'struck').quantities.vessels?.value, 2);
  // "A third strike on Sunday destroyed ...": one mention, the verb's.
  check(byTrigger(n, 'destroyed'), { event: 'ASSAULT', mode: 'destroy', interval: ['2025-10-19', '2025-10-19'], killed: [2, 'exact'], recipient: 'semi-submersible' });
  check(byTrigger(n, 'strikes'), { tally: true, actor: 'USA', killed: [35, 'more_than'], interval: ['2025-09-01', null] });
  check(byTrigger(n, 'condemned'), { event: 'ACCUSE', actor: 'COL' });
  assert.equal(roots(n).length, 4);
  assert.ok(!mentions(n).some((m) => m.sentence === 7), 'the closing question yields nothing');
});

test('toll-correction: the corrected toll (3) stays on the strike; the campaign count is a tally', () => {
  const n = 'toll-correction.md';
  check(byTrigger(n, 'strike'), { event: 'ASSAULT', modality: 'asserted', actor: 'USA', interval: ['2025-11-01', '2025-11-01'], killed: [3, 'exact'], tally: false });
  check(byTrigger(n, 'attack'), { corefOf: 'm0', killed: [4, 'exact'] });
  check(byTrigger(n, 'killed'), { tally: true, killed: [64, 'at_least'] });
  assert.equal(roots(n).length, 2);
});

test('tanker-seizure: one seizure; "violated any sanctions" and "whether more seizures" are no asserted events', () => {
  const n = 'tanker-seizure.md';
  check(byTrigger(n, 'seized'), { event: 'COERCE', mode: 'seize', modality: 'asserted', actor: 'USA', interval: ['2025-12-10', '2025-12-10'] });
  check(byTrigger(n, 'denounced'), { event: 'ACCUSE', actor: 'VEN', recipient: 'United States Armed Forces' });
  check(byTrigger(n, 'seizures'), { modality: 'hypothetical', interval: null });
  assert.ok(!mentions(n).some((m) => m.event === 'SANCTION'));
  assert.equal(roots(n).length, 2);
});

test('caracas-protests: a march on Saturday in Caracas, 20 detained, hypothetical and negated protests', () => {
  const n = 'caracas-protests.md';
  const march = byTrigger(n, 'marched');
  check(march, { event: 'PROTEST', mode: 'demo', modality: 'asserted', recipient: null, interval: ['2025-11-15', '2025-11-15'] });
  assert.equal(march.place?.name, 'Caracas');
  const det = byTrigger(n, 'detained');
  check(det, { event: 'COERCE', mode: 'arrest' });
  assert.deepEqual([det.quantities.arrested?.value, det.quantities.arrested?.bound], [20, 'at_least']);
  check(byTrigger(n, 'accused'), { event: 'ACCUSE', actor: 'VEN' });
  check(byTrigger(n, 'march'), { modality: 'hypothetical', interval: ['2025-11-24', '2025-11-30'] });
  check(byTrigger(n, 'protests'), { modality: 'negated' });
  assert.ok(!mentions(n).some((m) => m.trigger.text === 'protest'), '"to protest" is the march itself');
});

test('oil-sanctions: Treasury sanctions on Monday; 2019 is background, the EU only considering', () => {
  const n = 'oil-sanctions.md';
  check(byTrigger(n, 'sanctions'), { event: 'SANCTION', modality: 'asserted', actor: 'USA', recipient: 'four shipping companies', interval: ['2025-11-24', '2025-11-24'] });
  check(byTrigger(n, 'sanctioned'), { modality: 'historical', actor: 'USA' });
  check(byTrigger(n, 'sanctions', 1), { modality: 'hypothetical', actor: 'IGO' });
  check(byTrigger(n, 'rejected'), { event: 'REJECT', actor: 'VEN' });
  check(byTrigger(n, 'sanctions', 2), { corefOf: 'm0', modality: 'asserted' });
  assert.ok(!mentions(n).some((m) => m.trigger.text === 'accused'), '"companies accused of" describes, it reports no accusation');
});

test('prisoner-deal: release, talks, agreement; the denial touches only the sanctions relief', () => {
  const n = 'prisoner-deal.md';
  check(byTrigger(n, 'released'), { event: 'RETREAT', mode: 'release', modality: 'asserted', actor: 'VEN', recipient: 'six detained Americans' });
  check(byTrigger(n, 'met'), { event: 'CONSULT', actor: 'USA', recipient: 'Nicolás Maduro' });
  check(byTrigger(n, 'sanctions relief'), { event: 'CONCEDE', modality: 'negated' });
  check(byTrigger(n, 'agreement'), { modality: 'asserted', corefOf: byTrigger(n, 'agreed').id });
  check(byTrigger(n, 'talks', 1), { modality: 'hypothetical' });
  assert.ok(!mentions(n).some((m) => m.trigger.text === 'detained'), '"detained Americans" is a description');
});

test('catatumbo-truce: the signing on Thursday; withdrawal promised; 2021 arrests are background', () => {
  const n = 'catatumbo-truce.md';
  check(byTrigger(n, 'signed'), { event: 'AGREE', modality: 'asserted', actor: 'COL', interval: ['2025-06-12', '2025-06-12'] });
  assert.ok(!mentions(n).some((m) => m.trigger.text === 'ceasefire'), 'the ceasefire is what was signed');
  check(byTrigger(n, 'withdraw'), { event: 'RETREAT', modality: 'hypothetical' });
  check(byTrigger(n, 'rejected'), { event: 'REJECT', actor: 'COL' });
  check(byTrigger(n, 'deal'), { corefOf: 'm0' });
  check(byTrigger(n, 'arrested'), { event: 'COERCE', modality: 'historical' });
  check(byTrigger(n, 'accept'), { modality: 'question' });
});

test('es-detenciones: Spanish arrests by Colombian police of 14 Tren de Aragua members; denial and "podrían"', () => {
  const n = 'es-detenciones.md';
  const m = byTrigger(n, 'detuvo');
  check(m, { event: 'COERCE', mode: 'arrest', modality: 'asserted', actor: 'COL', recipient: 'Tren de Aragua', interval: ['2025-10-09', '2025-10-09'] });
  assert.deepEqual([m.quantities.arrested?.value, m.quantities.arrested?.bound], [14, 'exact']);
  assert.equal(m.place?.name, 'Bogotá');
  check(byTrigger(n, 'operación'), { event: 'COERCE', corefOf: m.id });
  check(byTrigger(n, 'atacado'), { event: 'ASSAULT', modality: 'negated' });
  check(byTrigger(n, 'capturas'), { event: 'COERCE', modality: 'hypothetical' });
  assert.equal(roots(n).length, 1);
});
