// Head-word names the gazetteer lacks ("Maple Street", "Harmon Creek", "I-95"), placed at the document's town.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heads, places } from './places-fixture.ts';

test('a street in a named town is a place at that town', () => {
  const ps = places('Firefighters in Dayton, Ohio, closed Wexford Street after the blaze on Tuesday.');
  const s = ps.find((p) => p.text === 'Wexford Street');
  assert.ok(s, JSON.stringify(ps.map((p) => p.text)));
  assert.equal(s.by, 'head-word');
  assert.ok(Math.abs(s.lat! - 39.76) < 0.5 && Math.abs(s.lon! + 84.19) < 0.5, `${s.lat},${s.lon}`);
});

test('rivers, creeks, venues and road numbers are found', () => {
  assert.deepEqual(heads('Water from Harmon Creek reached the Tolliver River near Route 9 and the I-95 exit.'), ['Harmon Creek', 'Tolliver River', 'Route 9', 'I-95']);
  assert.deepEqual(heads('The crowd left Quarry Arena and walked to Lake Wendell.'), ['Quarry Arena', 'Lake Wendell']);
  assert.deepEqual(heads('Traffic on the A417 was slow.'), ['A417']);
  assert.deepEqual(heads('Crews closed County Road 43 and U.S. Highway 1 near the bridge.'), ['County Road 43', 'U.S. Highway 1']);
  assert.deepEqual(heads('Water crossed Cabin Creek Road at dawn.'), ['Cabin Creek Road']);
});

test('organisation names with a head word are not places', () => {
  assert.deepEqual(heads('The Wall Street Journal said the Pew Research Center for Policy Studies agreed.'), []);
  assert.deepEqual(heads('Officials of the Ridge Park Hotel Group met.'), []);
  assert.deepEqual(heads('An A380 landed and the B52 flew.'), []);
  assert.deepEqual(heads('He scored twice for the US 2 team.'), []);
});

test('a town that starts the name places it ("Dayton International Airport")', () => {
  const ps = places('Flights resumed at Dayton International Airport, officials in Columbus said.');
  const a = ps.find((p) => p.text === 'Dayton International Airport');
  assert.ok(a, JSON.stringify(ps.map((p) => p.text)));
  assert.ok(Math.abs(a.lat! - 39.76) < 0.5, `${a.lat},${a.lon}`);
});
