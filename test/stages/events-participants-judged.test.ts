// Participants and places the events stage must not invent: a judge is not an actor, a nationality is not a place,
// a port of departure is not where a strike happened; and headline verbs the tagger reads as nouns still count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from './pipeline-fixture.ts';

const mentions = (text: string) => annotateText(text, '2025-09-03').layers.mentions ?? [];

test('the subject of a judgement verb is not the actor of the event it judges', () => {
  // The judgement is an accusation by Caracas; no deployment is credited to Caracas.
  const ms = mentions('Caracas calls the deployment a threat aimed at toppling Maduro.');
  assert.deepEqual(ms.map((m) => [m.event, m.actor?.text ?? null]), [['ACCUSE', 'Caracas']]);
  const [m] = mentions('Caracas says the deployment is meant to topple Maduro.');
  assert.equal(m?.event, 'MOBILIZE');
  assert.equal(m.actor, null);
  const [strike] = mentions('The navy launched a strike on the boat.');
  assert.ok(strike.actor, 'a launcher is an actor'); // "launch" is no judgement
});

test('a country right before a nominal trigger says whose it is, not where', () => {
  const [m] = mentions('The tanker had been placed under US sanctions for carrying Iranian oil, officials said.');
  assert.equal(m?.event, 'SANCTION');
  assert.equal(m.place, null);
  const [b] = mentions('Trump ordered a blockade of tankers going into and out of Venezuela.');
  assert.equal(b?.place?.country, 'VEN');
});

test('a headline verb read as a noun is still a trigger; a port of departure is an origin', () => {
  const [m] = mentions('Eleven killed as US fires on boat it says left Venezuela');
  assert.equal(m?.event, 'ASSAULT');
  assert.equal(m.actor?.code, 'USA');
  assert.equal(m.mode, null); // firing on a vessel: guns or missiles
  assert.equal(m.quantities.killed?.value, 11);
  assert.notEqual(m.place?.role, 'location');
});
