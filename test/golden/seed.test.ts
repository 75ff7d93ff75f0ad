// The seed case (CODEBOOK §3): the full default pipeline on the founding report must yield its rows.
// Reads the seed from the shared folder and skips when it is absent; its sentences are never copied here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Doc, Mention } from '../../src/core/types.ts';
import { newDoc, runPipeline } from '../../src/pipeline/runner.ts';

const SEED = new URL('../../../shared/seeds/000_8eae6e480a1c01f6.txt', import.meta.url);
const skip = !existsSync(SEED);

let cached: Doc | null = null;
function seed(): Doc {
  if (cached) return cached;
  const text = readFileSync(SEED, 'utf8');
  const meta = { id: 'seed', title: null, outlet: null, url: null, language: 'en', published: '2025-12-30', source: '000_8eae6e480a1c01f6.txt' };
  return (cached = runPipeline(newDoc(meta, text)));
}
const mentions = () => seed().layers.mentions ?? [];
/** Asserted mentions that are not anaphors: the happenings the report states. */
const roots = () => mentions().filter((m) => m.modality === 'asserted' && !m.corefOf);
const cluster = (root: Mention) => mentions().filter((m) => m.id === root.id || m.corefOf === root.id);
function only(event: string, mode: string): Mention {
  const found = roots().filter((m) => m.event === event && m.mode === mode);
  assert.equal(found.length, 1, `${event}/${mode}: ${found.map((m) => m.trigger.text).join(', ')}`);
  return found[0];
}

test('seed: exactly the eight stated happenings of CODEBOOK §3', { skip }, () => {
  const got = roots().map((m) => `${m.event}/${m.mode}`).sort();
  assert.deepEqual(got, [
    'ACCUSE/disapprove', 'ASSAULT/destroy', 'ASSAULT/drone', 'COERCE/seize',
    'MOBILIZE/troops', 'MOBILIZE/weapons', 'SANCTION/blockade', 'THREATEN/violence',
  ]);
});

test('seed: ASSAULT/drone — CIA → dock used by Tren de Aragua, last week, port facility in Venezuela, no fatalities', { skip }, () => {
  const m = only('ASSAULT', 'drone');
  assert.deepEqual([m.actor?.name, m.actor?.code, m.actor?.sector, m.actor?.wikidata], ['Central Intelligence Agency', 'USA', 'INTEL', 'Q37230']);
  assert.deepEqual([m.recipient?.name, m.recipient?.code, m.recipient?.sector], ['Tren de Aragua', 'VEN', 'CRM']);
  assert.equal(m.time?.text, 'last week');
  assert.deepEqual(m.interval, { start: '2025-12-22', end: '2025-12-28', granularity: 'week' });
  assert.equal(m.intervalBy, 'time');
  assert.equal(m.place?.kind, 'facility');
  assert.equal(m.place?.country, 'VEN');
  assert.deepEqual([m.quantities.killed?.value, m.quantities.killed?.bound], [0, 'exact']);
  assert.ok(m.context.includes('drugs'));
  assert.equal(m.tally, false);
  // Anaphors: "the attack" (targeted a dock), "responsible for the attack" (actor USA), the quoted explosion, "the operation".
  const refs = cluster(m).filter((x) => x.id !== m.id);
  assert.ok(refs.length >= 3, `anaphors: ${refs.map((x) => x.trigger.text)}`);
  assert.ok(refs.some((x) => x.actor?.code === 'USA' && x.trigger.text === 'attack'), 'the confirmed "responsible for the attack" anaphor with actor USA');
  for (const x of refs) assert.equal(x.event, 'ASSAULT');
});

test('seed: drone attack claims — NYT relaying anonymous sources, confirmed by Trump on 2025-12-29', { skip }, () => {
  const m = only('ASSAULT', 'drone');
  const ids = new Set(cluster(m).map((x) => x.id));
  const claims = (seed().layers.claims ?? []).filter((c) => ids.has(c.mention));
  assert.ok(claims.some((c) => c.conveyed_by === 'The New York Times' && /anonymous/i.test(c.source ?? '')), 'NYT ← anonymous sources');
  assert.ok(claims.some((c) => c.stance === 'confirmed' && c.source === 'Donald Trump'), 'confirmed by Trump');
  assert.ok(claims.some((c) => c.stance === 'no_comment' && /Venezuelan Government/.test(c.source ?? '')), 'Venezuelan Government: no comment');
  const monday = (seed().layers.times ?? []).find((t) => t.text === 'Monday');
  assert.equal(monday?.value, '2025-12-29');
});

test('seed: ACCUSE/disapprove — Diosdado Cabello → USA, around publication, one mention for the listed nouns', { skip }, () => {
  const m = only('ACCUSE', 'disapprove');
  assert.deepEqual([m.actor?.name, m.actor?.code], ['Diosdado Cabello', 'VEN']);
  assert.equal(m.recipient?.code, 'USA');
  assert.equal(m.interval?.end, '2025-12-30');
  assert.equal(m.intervalBy, 'publication');
  // "harassment, threats and attacks" is the content of the accusation, not new events.
  assert.deepEqual(mentions().filter((x) => x.sentence === m.sentence && x.start >= m.trigger.end), []);
});

test('seed: MOBILIZE/weapons — the Pentagon deployed Reaper drones before publication', { skip }, () => {
  const m = only('MOBILIZE', 'weapons');
  assert.deepEqual([m.actor?.name, m.actor?.code, m.actor?.sector], ['Department of Defense', 'USA', 'MIL']);
  assert.equal(m.intervalBy, 'publication-ongoing');
  assert.deepEqual(m.interval, { start: '2025-07-03', end: '2025-12-30', granularity: 'open' });
});

test('seed: ASSAULT/destroy tally — USA → vessels, 30 boats and more than 100 dead, international waters', { skip }, () => {
  const m = only('ASSAULT', 'destroy');
  assert.equal(m.tally, true);
  assert.equal(m.actor?.code, 'USA');
  assert.match(m.recipient?.text ?? '', /boats/);
  assert.deepEqual([m.quantities.vessels?.value, m.quantities.vessels?.bound], [30, 'exact']);
  assert.deepEqual([m.quantities.killed?.value, m.quantities.killed?.bound], [100, 'more_than']);
  assert.equal(m.place?.name, 'international waters');
  assert.equal(m.place?.kind, 'sea');
  const hedged = (seed().layers.claims ?? []).filter((c) => c.mention === m.id);
  assert.ok(hedged.some((c) => c.hedges.includes('supposedly')), 'hedged "supposedly"');
});

test('seed: THREATEN/violence — Trump → Venezuela for several weeks; the threatened land strikes are hypothetical', { skip }, () => {
  const m = only('THREATEN', 'violence');
  assert.deepEqual([m.actor?.name, m.actor?.code], ['Donald Trump', 'USA']);
  assert.equal(m.recipient?.code, 'VEN');
  assert.equal(m.interval?.end, '2025-12-30');
  assert.equal(m.interval?.start, '2025-12-09');
  const land = mentions().find((x) => x.sentence === m.sentence && x.event === 'ASSAULT' && x.modality === 'hypothetical');
  assert.ok(land, 'hypothetical strikes on land');
  assert.equal(land.actor?.code, 'USA');
});

test('seed: MOBILIZE/troops — USA air-naval deployment in the Caribbean since mid-year (open interval)', { skip }, () => {
  const m = only('MOBILIZE', 'troops');
  assert.equal(m.actor?.code, 'USA');
  assert.equal(m.trigger.text, 'deployment');
  assert.deepEqual(m.interval, { start: '2025-07-01', end: null, granularity: 'open' });
  assert.equal(m.place?.name, 'Caribbean');
  assert.equal(m.place?.kind, 'sea');
});

test('seed: SANCTION/blockade — announced by Trump → sanctioned tankers, Venezuela', { skip }, () => {
  const m = only('SANCTION', 'blockade');
  assert.deepEqual([m.actor?.name, m.actor?.code], ['Donald Trump', 'USA']);
  assert.match(m.recipient?.text ?? '', /sanctioned oil tankers/);
  assert.equal(m.place?.country, 'VEN');
  assert.equal(m.interval?.end, '2025-12-30');
});

test('seed: COERCE/seize — USA → two ships with Venezuelan crude, in recent weeks', { skip }, () => {
  const m = only('COERCE', 'seize');
  assert.equal(m.actor?.code, 'USA');
  assert.deepEqual([m.recipient?.text, m.recipient?.code], ['two ships', 'VEN']);
  assert.deepEqual([m.quantities.vessels?.value, m.quantities.vessels?.bound], [2, 'exact']);
  assert.match(m.time?.text ?? '', /recent weeks/);
  assert.equal(m.intervalBy, 'time');
});

test('seed: negatives — no events from reporting verbs, "declined to", Caracas\'s "threats", or "combat"', { skip }, () => {
  const triggers = mentions().map((m) => m.trigger.text.toLowerCase());
  for (const word of ['said', 'told', 'confirmed', 'declined', 'comment', 'threats', 'combat', 'revealed', 'sanctioned']) {
    assert.ok(!triggers.includes(word), `no mention triggered by "${word}"`);
  }
  assert.ok(!mentions().some((m) => m.event === 'REJECT'));
});

test('seed: the explosion quote is attributed to Donald Trump (via "the Republican"), at Mar-a-Lago', { skip }, () => {
  const q = (seed().layers.quotes ?? []).find((x) => x.text.startsWith('There was a big explosion'));
  assert.ok(q, 'quote found');
  assert.equal(q.speaker?.name, 'Donald Trump');
  assert.equal(q.direct, true);
  assert.match(q.place ?? '', /Mar-a-Lago/);
});
