import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGeoJson } from '../../src/export/geojson.ts';
import { event, hostile, unlocated } from './events-fixture.ts';

test('a FeatureCollection of the events with a point, [lon, lat]', () => {
  const fc = toGeoJson([event(), hostile, unlocated]);
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 2, 'the unlocated event is left out');
  const [f] = fc.features;
  assert.equal(f.type, 'Feature');
  assert.equal(f.id, 'evt_000000000001');
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [-95.25, 10.5] });
  assert.equal(f.properties.event, 'ASSAULT');
  assert.equal(f.properties.radius_km, 800);
  assert.equal(f.properties.fatalities, 3);
  assert.equal(f.properties.fatalities_high, 4);
  assert.deepEqual(f.properties.outlets, ['Pacific Dispatch', 'Atlas News']);
  assert.equal(f.properties.sources, 2);
});

test('unlocated events come with geometry null when asked (RFC 7946 §3.2)', () => {
  const fc = toGeoJson([unlocated], { unlocated: true });
  assert.equal(fc.features.length, 1);
  assert.equal(fc.features[0].geometry, null);
  assert.equal(fc.features[0].properties.place, null);
});

test('the output is plain JSON that round-trips, text kept as data', () => {
  const fc = toGeoJson([hostile]);
  const back = JSON.parse(JSON.stringify(fc));
  assert.deepEqual(back, fc);
  assert.match(back.features[0].properties.event_text, /<script>/);
});

test('coordinates are finite and within range', () => {
  const bad = event({ id: 'evt_bad', place: { ...event().place!, lat: Number.NaN } });
  assert.equal(toGeoJson([bad]).features.length, 0);
  for (const f of toGeoJson([event(), hostile]).features) {
    const [lon, lat] = f.geometry!.coordinates;
    assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
  }
});
