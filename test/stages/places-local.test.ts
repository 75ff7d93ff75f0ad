// Local-news resolution: counties with their state, towns named like countries, state vs city readings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Place } from '../../src/core/types.ts';
import { tokenize } from '../../src/stages/sentences.ts';
import { placesStage } from '../../src/stages/places.ts';
import { usLocalCues, townCue } from '../../src/geo/locality.ts';
import { countiesOf } from '../../src/geo/county.ts';

function places(text: string): Place[] {
  const doc: Doc = { meta: { id: 't', title: null, outlet: null, url: null, language: 'en', published: null, source: null }, text, layers: {}, messages: [] };
  Object.assign(doc.layers, tokenize(text));
  placesStage.run(doc, { referenceTime: null, language: 'en' });
  return doc.layers.places!;
}
function place(text: string, span: string): Place {
  const p = places(text).find((x) => x.text === span);
  assert.ok(p, `no place "${span}" in: ${text}`);
  return p;
}

test('a county takes the state the document names', () => {
  const p = place('Deputies from the Walker County sheriff’s office searched a farm outside LaFayette, Georgia, on Monday.', 'Walker County');
  assert.equal(p.country, 'USA');
  assert.ok(p.lat! > 34.4 && p.lat! < 35.2 && p.lon! > -85.7 && p.lon! < -84.9, `Walker County, GA expected, got ${p.lat},${p.lon}`);
});

test('a county name is cut to the known county, not the words before it', () => {
  const ps = places('The Editorial Board Cuyahoga County report was released in Cleveland, Ohio.');
  assert.ok(ps.some((p) => p.text === 'Cuyahoga County'), JSON.stringify(ps.map((p) => p.text)));
});

test('county table holds several states for a common name', () => {
  const states = countiesOf('henry county').map((c) => c.state);
  assert.ok(states.includes('GA') && states.includes('TN') && states.length > 5);
});

test('a town named like a country, in US local news', () => {
  const text = 'The Lebanon City Council voted on Tuesday to repave two streets. Boone County commissioners and the sheriff backed the plan, and the mayor said work in Lebanon starts in May.';
  for (const p of places(text).filter((x) => x.text === 'Lebanon')) assert.equal(p.country, 'USA');
});

test('the country stays a country in world news', () => {
  assert.equal(place('Lebanon and Israel traded fire across the border overnight.', 'Lebanon').country, 'LBN');
});

test('a small US town wins over a world capital only with local evidence', () => {
  const text = 'Paris police arrested a man on Friday, the Lamar County sheriff said. A Paris man was also charged, police in Texas said, and the city council will meet on Monday.';
  for (const p of places(text).filter((x) => x.text === 'Paris')) assert.equal(p.country, 'USA');
  assert.equal(place('Ministers met in Paris to discuss the climate accord.', 'Paris').country, 'FRA');
});

test('"Town, New York" is the state; "New York" alone is the city', () => {
  assert.equal(place('The plant in Rochester, New York, will close in May.', 'New York').kind, 'admin');
  assert.equal(place('Flights from New York to Moscow resumed this week.', 'New York').kind, 'city');
  assert.equal(place('Farmers in upstate New York lost their crops.', 'New York').kind, 'admin');
});

test('a city name tagged as a verb is still a place', () => {
  const p = place('Police found the stolen car on a side street in Charleston on Monday.', 'Charleston');
  assert.equal(p.country, 'USA');
});

test('US local-news cues and town cues', () => {
  assert.equal(usLocalCues('The county sheriff told the school board that Interstate 75 reopened.'), 3);
  assert.equal(usLocalCues('Ministers met in Brussels to discuss energy prices.'), 0);
  const t = tokenize('A Jordan man was hurt.').tokens;
  const k = t.findIndex((x) => x.text === 'Jordan');
  assert.ok(townCue(t, k, k));
});
