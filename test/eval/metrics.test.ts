import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attrPrf, geoSummary, isHeldOut, matchSpans, prf, spanCounts } from '../../src/eval/metrics.ts';
import { replaceSection } from '../../src/eval/results.ts';

test('prf: counts to precision, recall, F1; zero denominators give 0', () => {
  assert.deepEqual(prf(8, 2, 8), { p: 0.8, r: 0.5, f1: (2 * 0.8 * 0.5) / 1.3 });
  assert.deepEqual(prf(0, 0, 0), { p: 0, r: 0, f1: 0 });
  const a = attrPrf(3, 4, 6);
  assert.equal(a.p, 0.75);
  assert.equal(a.r, 0.5);
});

test('matchSpans: one-to-one, exact first, then largest overlap', () => {
  const gold = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 35 }];
  const sys = [{ start: 12, end: 14 }, { start: 9, end: 19 }, { start: 0, end: 5 }, { start: 40, end: 45 }];
  assert.deepEqual(matchSpans(gold, sys), [2, 1, -1]);
  const c = spanCounts(gold, sys);
  assert.deepEqual([c.tp, c.fp, c.fn, c.exact], [2, 2, 1, 1]);
  // one system span cannot satisfy two gold spans
  assert.deepEqual(spanCounts([{ start: 0, end: 3 }, { start: 4, end: 8 }], [{ start: 0, end: 8 }]).tp, 1);
});

test('geoSummary: accuracy@161, median, AUC bounds', () => {
  const s = geoSummary([0, 10, 100, 200, 5000]);
  assert.equal(s.acc161, 0.6);
  assert.equal(s.medianKm, 100);
  assert.equal(s.meanKm, 1062);
  assert.ok(s.auc > 0 && s.auc < 1);
  assert.equal(geoSummary([0, 0]).auc, 0);
  assert.equal(geoSummary([]).n, 0);
  assert.equal(geoSummary([1, 3]).medianKm, 2);
});

test('isHeldOut: stable and splits roughly in half', () => {
  assert.equal(isHeldOut('lgl-1'), isHeldOut('lgl-1'));
  const n = Array.from({ length: 400 }, (_, i) => isHeldOut(`doc-${i}`)).filter(Boolean).length;
  assert.ok(n > 150 && n < 250, `held out ${n} of 400`);
});

test('replaceSection: replaces only its own section, appends when absent', () => {
  const md = '# R\n\n## Time\n\nold time\n\n## Event coreference\n\ntheirs\n';
  const out = replaceSection(md, 'Time', 'new time');
  assert.match(out, /## Time\n\nnew time\n/);
  assert.match(out, /## Event coreference\n\ntheirs/);
  assert.doesNotMatch(out, /old time/);
  const added = replaceSection(out, 'Places', 'p');
  assert.match(added, /theirs\n\n## Places\n\np\n$/);
  assert.equal(replaceSection(added, 'Places', 'p'), added);
});
