import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b3, ceafe, corefScores, maxAssignment, muc, pairwise } from '../../src/resolve/metrics.ts';

// The worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions".
const KEY = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
const RESPONSE = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test('MUC on the worked example: R = P = 2/5', () => {
  const s = muc(KEY, RESPONSE);
  close(s.r, 0.4);
  close(s.p, 0.4);
});

test('B³ on the worked example: R = 35/84, P = 4/8', () => {
  const s = b3(KEY, RESPONSE);
  close(s.r, 35 / 84);
  close(s.p, 0.5);
});

test('CEAF-e on the worked example: similarity 0.8 + 0.5 over 2 key and 3 response clusters', () => {
  const s = ceafe(KEY, RESPONSE);
  close(s.r, 1.3 / 2);
  close(s.p, 1.3 / 3);
});

test('a perfect response scores 1 everywhere; all singletons give MUC 0', () => {
  const s = corefScores(KEY, KEY);
  close(s.conll, 1);
  const singles = corefScores(KEY, KEY.flat().map((m) => [m]));
  close(singles.muc.f, 0);
  close(singles.b3.p, 1);
  close(singles.b3.r, (3 * (1 / 3) + 4 * (1 / 4)) / 7);
  // φ4 of a singleton with a cluster of n: 2/(n+1); best alignment takes one singleton per key cluster.
  close(singles.ceafe.r, (2 / 4 + 2 / 5) / 2);
});

test('one big response cluster: MUC recall 1, B³ precision by cluster mass', () => {
  const s = corefScores(KEY, [KEY.flat()]);
  close(s.muc.r, 1);
  close(s.muc.p, 5 / 6);
  close(s.b3.p, (9 / 7 + 16 / 7) / 7);
});

test('the Hungarian assignment finds the best one-to-one matching, also on rectangular matrices', () => {
  close(maxAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]]), 4 + 5 + 2);
  close(maxAssignment([[1, 9], [8, 1], [5, 5]]), 9 + 8);
  close(maxAssignment([[0.4, 0.8, 0.1]]), 0.8);
});

test('pairwise precision and recall count links', () => {
  const s = pairwise([['a', 'b', 'c']], [['a', 'b'], ['c']]);
  close(s.p, 1);
  close(s.r, 1 / 3);
});
