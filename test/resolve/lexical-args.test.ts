import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argsConflict, countAgreement, dateGap, type LexArgs } from '../../src/resolve/lexical-args.ts';
import { agglomerate } from '../../src/resolve/lexical.ts';

const args = (over: Partial<LexArgs>): LexArgs => ({ dates: new Set(), weekdays: new Set(), years: new Set(), geo: [], counts: new Map(), actors: new Set(), ...over });

test('datelines a few days apart are no date conflict, a month apart is', () => {
  const a = args({ dates: new Set(['2013-05-02']) });
  assert.equal(dateGap(a, args({ dates: new Set(['2013-05-03']) })), 1);
  assert.equal(argsConflict(a, args({ dates: new Set(['2013-05-04']) })).date, false);
  assert.equal(argsConflict(a, args({ dates: new Set(['2013-06-20']) })).date, true);
  assert.equal(argsConflict(a, args({})).date, false);
});

test('places conflict only when far apart beyond their radii', () => {
  const lyon = args({ geo: [[45.76, 4.84, 15]] });
  const france = args({ geo: [[46.6, 2.2, 500]] });
  const lima = args({ geo: [[-12.05, -77.04, 20]] });
  assert.equal(argsConflict(lyon, france).far, false);
  assert.equal(argsConflict(lyon, lima).far, true);
});

test('counts of one kind agree or conflict, other kinds are ignored', () => {
  const a = args({ counts: new Map([['killed', 4]]) });
  assert.equal(countAgreement(a, args({ counts: new Map([['killed', 4]]) })), 1);
  assert.equal(countAgreement(a, args({ counts: new Map([['killed', 9]]) })), -1);
  assert.equal(countAgreement(a, args({ counts: new Map([['injured', 9]]) })), 0);
});

test('a cannot-link similarity keeps two items apart under average linkage', () => {
  const sim = (i: number, j: number) => (i + j === 2 ? -1e6 : 0.9);
  const groups = agglomerate(3, sim, 0.5).map((g) => g.sort().join());
  assert.equal(groups.length, 2);
  assert.ok(!groups.includes('0,1,2'));
});
