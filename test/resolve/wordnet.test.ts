import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordnetKnows, wordnetRelation } from '../../src/resolve/wordnet.ts';

test('WordNet synonyms share a first sense', () => {
  assert.equal(wordnetRelation('hit', 'strike'), 3);
  assert.equal(wordnetRelation('earthquake', 'quake'), 3);
  assert.equal(wordnetRelation('injure', 'wound'), 3);
});

test('verb and noun meet through derivation; a broader verb through its hypernym', () => {
  assert.equal(wordnetRelation('die', 'death'), 2);
  assert.equal(wordnetRelation('explode', 'explosion'), 2);
  assert.ok(wordnetRelation('murder', 'kill') >= 1);
});

test('unrelated or unknown words have no relation; inflected forms are found', () => {
  assert.equal(wordnetRelation('arrest', 'earthquake'), 0);
  assert.equal(wordnetRelation('qwertyuiop', 'strike'), 0);
  assert.ok(wordnetKnows('arrested'));
  assert.ok(wordnetKnows('nominees'));
  assert.equal(wordnetRelation('quakes', 'earthquake'), 3);
});
