// Seed case (CODEBOOK §3): attribution of the founding report through the full default pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { newDoc, runPipeline } from '../../src/pipeline/runner.ts';
import type { Claim, Doc, Mention } from '../../src/core/types.ts';

const path = new URL('../../../shared/seeds/000_8eae6e480a1c01f6.txt', import.meta.url).pathname;
const skip = !existsSync(path);

let cached: Doc | null = null;
function seed(): Doc {
  if (cached) return cached;
  const text = readFileSync(path, 'utf8');
  const meta = { id: 'doc_seed', title: null, outlet: 'Seed Outlet', url: null, language: 'en', published: '2025-12-30', source: path };
  return (cached = runPipeline(newDoc(meta, text)));
}

const claimsOf = (doc: Doc, m: Mention | undefined): Claim[] => (m ? doc.layers.claims!.filter((c) => c.mention === m.id) : []);
const show = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.mention, c.stance, c.source, c.conveyed_by, c.hedges, c.cue]));
const firstMention = (doc: Doc, pred: (m: Mention) => boolean) => doc.layers.mentions!.find(pred);

test('seed: every mention has a claim, spans slice back, reported_by is the outlet', { skip }, () => {
  const doc = seed();
  const claims = doc.layers.claims!;
  for (const m of doc.layers.mentions!) assert.ok(claims.some((c) => c.mention === m.id), `mention ${m.id} ${m.event} has no claim`);
  for (const c of claims) {
    assert.equal(doc.text.slice(c.start, c.end), c.text);
    assert.equal(c.reported_by, 'Seed Outlet');
  }
});

test('seed: the drone attack is conveyed by the NYT from anonymous sources and confirmed by Trump', { skip }, () => {
  const doc = seed();
  const attack = firstMention(doc, (m) => m.event === 'ASSAULT' && m.mode === 'drone' && !m.corefOf);
  assert.ok(attack, 'drone attack mention');
  const cs = claimsOf(doc, attack);
  const nyt = cs.find((c) => c.conveyed_by === 'The New York Times' && c.stance === 'asserted');
  assert.ok(nyt, `NYT claim in ${show(cs)}`);
  assert.ok(nyt.source === 'anonymous sources' || nyt.source === 'US officials', `cited source: ${nyt.source}`);
  assert.equal(nyt.cue, 'revealed');
  const confirmed = cs.find((c) => c.stance === 'confirmed');
  assert.ok(confirmed, `confirmed claim in ${show(cs)}`);
  assert.equal(confirmed.source, 'Donald Trump');
  assert.equal(confirmed.cue, 'confirmed');
  assert.equal(confirmed.conveyed_by, null);
  // The government's silence is about this operation too.
  assert.ok(cs.some((c) => c.stance === 'no_comment' && c.source === 'Venezuelan Government'), show(cs));
});

test('seed: "According to the newspaper" and "the sources indicated" inherit the NYT', { skip }, () => {
  const doc = seed();
  const s2 = doc.layers.claims!.filter((c) => c.cue === 'according to');
  assert.ok(s2.length >= 1, 'according-to claims');
  for (const c of s2) assert.equal(c.conveyed_by, 'The New York Times');
  const sources = doc.layers.quotes!.find((q) => q.cue === 'indicated');
  assert.ok(sources?.speaker, 'the sources indicated');
});

test('seed: Cabello’s accusation has him as source, plus the government’s no comment', { skip }, () => {
  const doc = seed();
  const accuse = firstMention(doc, (m) => m.event === 'ACCUSE');
  const cs = claimsOf(doc, accuse);
  const own = cs.find((c) => c.source === 'Diosdado Cabello');
  assert.ok(own, `Cabello claim in ${show(cs)}`);
  assert.equal(own.stance, 'alleged');
  assert.equal(own.cue, 'denounced');
  const nc = cs.find((c) => c.stance === 'no_comment');
  assert.ok(nc, `no_comment in ${show(cs)}`);
  assert.equal(nc.source, 'Venezuelan Government');
  assert.match(nc.cue ?? '', /comment/);
});

test('seed: the MQ-9 deployment is conveyed by the NYT ("the newspaper added")', { skip }, () => {
  const doc = seed();
  const mq9 = firstMention(doc, (m) => m.event === 'MOBILIZE' && /MQ-9|Reaper|deployed/.test(m.text));
  const cs = claimsOf(doc, mq9);
  const c = cs.find((x) => x.conveyed_by === 'The New York Times');
  assert.ok(c, `NYT claim in ${show(cs)}`);
  assert.equal(c.cue, 'added');
  assert.equal(c.stance, 'asserted');
});

test('seed: the boat tally is hedged "supposedly" and is the outlet’s, not Trump’s', { skip }, () => {
  const doc = seed();
  const tally = firstMention(doc, (m) => m.tally);
  const cs = claimsOf(doc, tally);
  assert.ok(cs.length >= 1, 'tally claims');
  for (const c of cs) assert.deepEqual(c.hedges, ['supposedly']);
  assert.ok(!cs.some((c) => c.source === 'Donald Trump'), show(cs));
});

test('seed: the air-naval deployment is hedged "it claims" and contested by Caracas', { skip }, () => {
  const doc = seed();
  const dep = firstMention(doc, (m) => m.event === 'MOBILIZE' && /deployment/.test(m.trigger.text));
  const cs = claimsOf(doc, dep);
  assert.ok(cs.some((c) => c.stance === 'asserted' && c.source === null && c.hedges.includes('it claims')), show(cs));
  const caracas = cs.find((c) => c.stance === 'alleged' && c.cue === 'interprets');
  assert.ok(caracas, show(cs));
  assert.match(caracas.source ?? '', /Caracas|Venezuela/);
});

test('seed: Trump’s warning has Trump as source', { skip }, () => {
  const doc = seed();
  const threat = firstMention(doc, (m) => m.event === 'THREATEN');
  assert.ok(claimsOf(doc, threat).some((c) => c.source === 'Donald Trump' && c.cue === 'warning'));
});

test('seed: quotes — the explosion quote is Trump’s at Mar-a-Lago; scare quote “threats” is Caracas’s', { skip }, () => {
  const doc = seed();
  const quotes = doc.layers.quotes!;
  const boom = quotes.find((q) => q.direct && q.text.startsWith('There was a big explosion'));
  assert.ok(boom, 'explosion quote');
  assert.equal(boom.speaker?.name, 'Donald Trump');
  assert.equal(boom.speaker?.text, 'the Republican');
  assert.equal(boom.cue, 'told');
  assert.match(boom.place ?? '', /Mar-a-Lago/);
  assert.ok(!boom.text.endsWith(','));
  const cab = quotes.find((q) => q.direct && q.text.startsWith('harassment'));
  assert.equal(cab?.speaker?.name, 'Diosdado Cabello');
  assert.equal(cab?.cue, 'denounced');
  const threats = quotes.find((q) => q.direct && q.text === 'threats');
  assert.equal(threats?.cue, 'interprets');
  assert.match(threats?.speaker?.name ?? '', /Caracas|Venezuela/);
  for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  assert.equal(quotes.filter((q) => q.direct).length, 3);
});
