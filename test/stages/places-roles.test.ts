import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Place } from '../../src/core/types.ts';
import { tokenize } from '../../src/stages/sentences.ts';
import { placesStage } from '../../src/stages/places.ts';

function places(text: string): Place[] {
  const doc: Doc = { meta: { id: 't', title: null, outlet: null, url: null, language: 'en', published: null, source: null }, text, layers: {}, messages: [] };
  Object.assign(doc.layers, tokenize(text));
  placesStage.run(doc, { referenceTime: null, language: 'en' });
  return doc.layers.places!;
}
const roles = (text: string) => Object.fromEntries(places(text).map((p) => [p.text, p.role]));

test('role: agent uses of a country or capital are actors, not locations', () => {
  assert.equal(roles('The strike was carried out by the United States on Tuesday.')['United States'], 'actor');
  assert.equal(roles('Washington said the operation was lawful.').Washington, 'actor');
  assert.equal(roles('The United States struck another vessel.')['United States'], 'actor');
  assert.equal(roles('US forces sank a boat.').US, 'actor');
  assert.equal(roles("Venezuela's government denied the report.").Venezuela, 'actor');
});

test('role: after in/at/near/off the place is a location; after from an origin', () => {
  const r = roles('Flights from Bogotá to Miami were cancelled after a blast in Caracas near Maiquetía.');
  assert.equal(r['Bogotá'], 'origin');
  assert.equal(r.Caracas, 'location');
  assert.equal(roles('The boat was hit off Trinidad.')['off Trinidad'], 'location');
  assert.equal(roles('Caracas was hit by two explosions.').Caracas, 'location');
});

test('demonyms are places: officials and peoples are actors, goods are origins', () => {
  const ps = places('A Venezuelan official said Palestinians and Russian oil were discussed.');
  const by = Object.fromEntries(ps.map((p) => [p.text, p]));
  assert.equal(by.Venezuelan.country, 'VEN');
  assert.equal(by.Venezuelan.role, 'actor');
  assert.equal(by.Palestinians.role, 'actor');
  assert.equal(by.Russian.role, 'origin');
  assert.equal(places('European leaders met.')[0].kind, 'region');
  // "U.S." is a name and a demonym: one place only
  assert.equal(places('The U.S. said so.').length, 1);
});

test('local news: AP state abbreviations, counties, places inside organisation names', () => {
  const ps = places('The fire in Athens, Ga., spread into Clarke County, and the Athens Police Department closed roads.');
  const texts = ps.map((p) => p.text);
  assert.ok(texts.includes('Ga.'), texts.join('|'));
  const county = ps.find((p) => p.text === 'Clarke County');
  assert.ok(county && county.kind === 'admin' && county.country === 'USA');
  assert.ok(county.lat !== null && Math.abs(county.lat - 32.7) < 3, 'county placed in Georgia');
  const athens = ps.filter((p) => p.text === 'Athens');
  assert.equal(athens.length, 2);
  assert.ok(athens.every((p) => p.country === 'USA'));
  assert.equal(athens[1].role, 'actor');
  assert.equal(places('He was ill. Ill health kept him home.').length, 0);
});

test('demonym adjectives are places that are not locations (events skip them)', () => {
  const v = places('The Venezuelan navy issued a statement.');
  assert.deepEqual(v.map((p) => [p.text, p.country, p.role]), [['Venezuelan', 'VEN', 'actor']]);
  const s = places('Sanctions hurt the South American country badly.');
  assert.deepEqual(s.map((p) => [p.text, p.kind, p.role]), [['South American', 'region', 'origin']]);
});

test('role: a country before a craft is whose it is ("a US surveillance drone"); "the US Coast Guard" is no coast', () => {
  const drone = places('A US surveillance drone crashed on Monday.');
  assert.ok(drone.every((p) => p.role !== 'location'), JSON.stringify(drone));
  const guard = places('The US Coast Guard seized a boat near Aruba.');
  assert.ok(!guard.some((p) => /coast/i.test(p.name)), JSON.stringify(guard));
  assert.equal(guard.find((p) => p.name === 'Aruba')?.role, 'location');
  // The coast itself still is one.
  assert.ok(places('The boat sank off the Venezuelan coast.').some((p) => p.kind === 'sea'));
});

test('"east of Barbados", "200 miles north of X", "al este de Barbados": a place in that direction, near X', () => {
  const east = places('The tanker was seized in international waters east of Barbados.').find((p) => p.by === 'direction-of');
  assert.equal(east?.name, 'east of Barbados');
  assert.ok(east!.radius_km >= 300);
  const far = places('The boat sank 200 miles north of Barbados.').find((p) => p.by === 'direction-of');
  assert.equal(far?.text, '200 miles north of Barbados');
  assert.ok(far!.radius_km >= 300);
  assert.equal(places('El petrolero fue incautado al este de Barbados.').find((p) => p.by === 'direction-of')?.name, 'east of Barbados');
});

test('a name inside a dateline\'s parentheses is the outlet, not a place: "WASHINGTON (Gulf Courier) —"', () => {
  const ps = places('WASHINGTON (Gulf Courier) — The navy seized a tanker near Aruba.').map((p) => p.text);
  assert.ok(!ps.includes('Gulf'), JSON.stringify(ps));
  assert.ok(ps.includes('WASHINGTON') && ps.includes('Aruba'), JSON.stringify(ps));
});
