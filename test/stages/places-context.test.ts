// Issue 4, round 6: local context for head-word names, bare county names, area demonyms, possessive
// names, campuses and grounds, and a few areas. Sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../src/core/types.ts';
import { bestContext } from '../../src/geo/heads.ts';
import { heads, places } from './places-fixture.ts';
const find = (ps: Place[], text: string): Place => {
  const p = ps.find((x) => x.text === text);
  assert.ok(p, `${text} not in ${JSON.stringify(ps.map((x) => x.text))}`);
  return p;
};
const near = (p: Place, lat: number, lon: number, deg = 1) => assert.ok(Math.abs(p.lat! - lat) < deg && Math.abs(p.lon! - lon) < deg, `${p.text}: ${p.lat},${p.lon}`);

test('the local context is the cluster of nearby towns, not the first town named', () => {
  const town = (name: string, lat: number, lon: number) => ({ kind: 'city' as const, name, country: 'USA', lat, lon });
  const ctx = bestContext([town('Far Town', 39.5, -88.2), town('Alpha', 38.9, -77.3), town('Beta', 38.85, -77.3), town('Gamma', 38.8, -77.6)]);
  assert.ok(ctx && ctx.lon < -77, JSON.stringify(ctx));
});

test('a bare name beside its county is that county', () => {
  const ps = places('Suffolk County legislators met in Riverhead, New York, on Monday. Suffolk police said the roads were clear.');
  const p = find(ps, 'Suffolk');
  assert.equal(p.kind, 'admin');
  near(p, 40.9, -72.9);
});

test('a hyphenated county is one name ("Miami-Dade County")', () => {
  const p = find(places('Schools in Miami-Dade County reopened on Friday.'), 'Miami-Dade County');
  near(p, 25.8, -80.3);
});

test('a known facility that starts a longer name places it', () => {
  const p = find(places('Inspectors at the Gatwick Freight Center seized two crates.'), 'Gatwick Freight Center');
  near(p, 51.15, -0.18);
});

test('a local name "at/in" a known place, or after its possessive, is placed there', () => {
  near(find(places('The vigil was held in St Giles Chapel at Windsor Castle on Sunday.'), 'St Giles Chapel'), 51.48, -0.6);
  near(find(places('Fans queued outside Brooklyn’s Kestrel Arena before the fight.'), 'Kestrel Arena'), 40.7, -74.0);
});

test('demonyms of states and provinces stand for the area', () => {
  const ps = places('Thousands of Iowans and some Ontarians signed the petition.');
  assert.equal(find(ps, 'Iowans').name, 'Iowa');
  assert.equal(find(ps, 'Ontarians').name, 'Ontario');
  const p = find(places('A lifelong West Virginian, she ran the mill.'), 'West Virginian');
  assert.equal(p.name, 'West Virginia');
});

test('an area demonym in a newspaper or team name is not a place', () => {
  assert.deepEqual(places('The Tennessean reported the vote.').map((p) => p.text), []);
  assert.ok(!places('The Houston Texans won again.').some((p) => p.text === 'Texans'));
});

test('names with a possessive are found ("St. John\'s", "St. Peter\'s Basilica")', () => {
  const ps = places("She flew to St. John's and later prayed in St. Peter's Basilica.");
  assert.equal(find(ps, "St. John's").country, 'CAN');
  assert.equal(find(ps, "St. Peter's Basilica").country, 'VAT');
});

test('campuses, grounds, chapels and courthouses are head-word names; other clubs are not', () => {
  assert.deepEqual(heads('She taught at Marlow University and played at Ferngate Golf Club.'), ['Marlow University', 'Ferngate Golf Club']);
  assert.deepEqual(heads('He appeared at the Harbour Courthouse, then prayed in St Mary’s Chapel.'), ['Harbour Courthouse', 'St Mary’s Chapel']);
  assert.deepEqual(heads('The Hilltop Chess Club met on Tuesday.'), []);
  // "University"/"College" still end a name rather than start one.
  assert.deepEqual(heads('Cars queued on College Avenue.'), []);
});

test('islands, deltas and tribal areas from the lexicons', () => {
  assert.equal(find(places('Ministers from Trinidad met on Tuesday.'), 'Trinidad').country, 'TTO');
  assert.equal(find(places('The storm hit the U.S. Virgin Islands.'), 'U.S. Virgin Islands').country, 'VIR');
  near(find(places('Oil spills in the Niger Delta continued.'), 'Niger Delta'), 5, 6.3);
  assert.equal(find(places('Troops entered South Waziristan Agency in Pakistan.'), 'South Waziristan Agency').country, 'PAK');
  assert.equal(find(places('The FATA reforms were debated in Pakistan.'), 'FATA').country, 'PAK');
});

test('"North West" is the South African province only when the document is about South Africa', () => {
  assert.equal(find(places('Mines in the North West and Limpopo employ thousands in South Africa.'), 'North West').country, 'ZAF');
  assert.ok(!places('Rain is forecast for the North West tomorrow.').some((p) => p.country === 'ZAF'));
});
