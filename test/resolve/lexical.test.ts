import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agglomerate, markSalience, stem, type LexFeatures } from '../../src/resolve/lexical.ts';
import { FEATURE_NAMES, fitLogistic, pairFeatures } from '../../src/resolve/lexical-pairs.ts';
import { isCampaign } from '../../src/resolve/resolve.ts';
import { day, mention, span } from './fixtures.ts';

test('trigger stems meet across inflection and a few irregular forms', () => {
  assert.equal(stem('killed'), stem('killing'));
  assert.equal(stem('arrests'), stem('arrested'));
  assert.equal(stem('shot'), stem('shooting'));
  assert.notEqual(stem('fall'), stem('fell'));
});

test('average linkage merges while the mean link clears the threshold', () => {
  const sim = [
    [1, 0.9, 0.1],
    [0.9, 1, 0.2],
    [0.1, 0.2, 1],
  ];
  assert.deepEqual(agglomerate(3, (i, j) => sim[i][j], 0.5).map((c) => c.sort()), [[0, 1], [2]]);
  assert.equal(agglomerate(3, (i, j) => sim[i][j], 0.1).length, 1);
});

test('logistic fit separates a separable feature', () => {
  const xs = [[1, 0], [1, 0], [1, 1], [1, 1]];
  const w = fitLogistic(xs, [0, 0, 1, 1]);
  assert.ok(w[1] > 1);
});

test('plural triggers over an open period are campaigns; single strikes and verbs are not', () => {
  const trig = (text: string) => ({ start: 0, end: text.length, text });
  assert.ok(isCampaign(mention('m0', { trigger: trig('ataques'), interval: span('2025-09-01', null, 'open'), text: 'Desde septiembre, los ataques…' })));
  assert.ok(isCampaign(mention('m0', { trigger: trig('strikes'), interval: span('2025-09-01', '2025-11-06', 'open'), text: 'Since September, US strikes have killed…' })));
  assert.ok(!isCampaign(mention('m0', { trigger: trig('strike'), interval: day('2025-10-21') })));
  assert.ok(!isCampaign(mention('m0', { trigger: trig('seizes'), interval: span('2025-12-04', '2025-12-11', 'week'), text: 'US seizes oil tanker' })));
});

test('agglomeration stops at a minimum cluster count', () => {
  const sim = [
    [1, 0.9, 0.1, 0.1],
    [0.9, 1, 0.1, 0.1],
    [0.1, 0.1, 1, 0.8],
    [0.1, 0.1, 0.8, 1],
  ];
  assert.deepEqual(agglomerate(4, (i, j) => sim[i][j], -Infinity, 2).map((c) => c.sort()).sort(), [[0, 1], [2, 3]]);
});

test('topic-level lemma features: co-occurrence across documents, lead and first mentions', () => {
  const f = (id: string, doc: string, sentence: number, lemma: string, named: string[] = []): LexFeatures => ({
    id, doc, sentence, lemma, word: lemma, pos: 'NOUN', context: new Set(named), days: new Set(), names: new Set(), nums: new Set(),
    places: new Set(), another: false, salience: 0,
  });
  const feats = markSalience([f('a1', 'A', 1, 'dui', ['@jackson']), f('a2', 'A', 3, 'drive', ['@jackson']), f('b1', 'B', 2, 'drive', ['@jackson']), f('b2', 'B', 2, 'arrest')]);
  const x = (i: number, j: number) => Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, pairFeatures(feats[i], feats[j])[k]]));
  assert.deepEqual(feats.map((m) => [m.first, m.lead]), [[true, true], [false, false], [true, true], [false, true]]);
  const dd = x(0, 2);
  assert.equal(dd['other lemma × document co-occurrence'], 1);
  assert.equal(dd['other lemma × names/places overlap'], 1);
  assert.equal(dd['both first in document'], 1);
  assert.equal(x(0, 1)['one lead'], 1);
  assert.equal(x(2, 3)['other lemma × sentence co-occurrence'], 1);
  assert.equal(x(1, 2)['other lemma × document co-occurrence'], 0);
});
