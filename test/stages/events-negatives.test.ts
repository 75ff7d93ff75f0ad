// The negative set of the events stage: hypotheticals, negations, questions, background and non-event uses of
// trigger words. None may yield an asserted new event. Written for this project (not taken from any article);
// it guards the trigger lexicon (src/lexicons/events.ts) against false events as it grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf, MADURO, TRUMP, US, VEN, type EntitySpec, type Layout } from './events-fixture.ts';

const COLOMBIA: EntitySpec = ['Colombia', 'Colombia', 'COL', 'GOV', 'GPE', 'Q739'];
const PETRO: EntitySpec = ['Petro', 'Gustavo Petro', 'COL', 'GOV', 'PERSON', null];
const STD: Layout = { entities: [US, TRUMP, VEN, MADURO, COLOMBIA, PETRO] };

const HYPOTHETICAL = [
  'The United States could impose new tariffs on Colombian coffee next year.',
  'If the talks collapse, Colombia may recall its ambassador.',
  'Petro is considering a visit to Caracas in the spring.',
  'Officials said the navy might blockade the port if the shipments continue.',
  'Maduro could order troops to the border at any moment.',
  'Washington may cut aid to Colombia if coca production keeps rising.',
  'The government is weighing whether to lift the curfew.',
  'Analysts expect Venezuela to release more prisoners before the election.',
  'Colombia would consider sending medicine if asked.',
  'Unless the strike ends, the ministry may cancel the contracts.',
  'Trump has floated the idea of a naval blockade.',
  'The opposition hopes to stage a general strike later this month.',
  'A deal to establish diplomatic ties could be reached by March.',
  'Should the rebels disarm, the army would withdraw from the valley.',
  'Maduro might declare a state of emergency if the protests spread.',
  'Talks between Colombia and Venezuela are scheduled for Friday.',
  'The upcoming summit in Caracas will focus on trade.',
  'A second round of negotiations is set to open in Bogota next week.',
];

const NEGATED = [
  'The United States did not suspend flights to Caracas.',
  'Venezuela has not expelled any diplomats this year.',
  'Colombia denied that it had deployed troops to the frontier.',
  'The police did not disperse the demonstrators.',
  'No aid has reached the camp since August.',
  'Petro never met Maduro during the summit week.',
  'The navy did not seize the fishing boat, a spokesman said.',
  'Trump did not lift the sanctions on the oil sector.',
  'The union has not called a strike.',
  'Venezuela denied hacking the ministry servers.',
  'Caracas has not restored diplomatic relations with Bogota.',
  'The army did not blow up the bridge, residents said.',
];

const QUESTIONS = [
  'Will Washington cut aid to Bogota?',
  'Did Venezuela shut down the opposition newspaper?',
  'Is Colombia ready to extradite the suspects?',
  'Could the rebels block the highway again?',
  'Would Maduro resign under pressure?',
  'Has the United States sent warships to the Caribbean?',
];

const BACKGROUND = [
  'In 1999 Venezuela expelled the American ambassador.',
  'Decades ago Colombia imposed a curfew on the capital.',
  'In 2015 Venezuela closed its border with Colombia.',
  'In 1989 the United States invaded Panama.',
  'Back in 2002 the army briefly ousted the president.',
];

const NON_EVENTS = [
  'The minister said the video released by Washington was fake.',
  'Coffee exports declined to their lowest level in a decade.',
  'The economy is expected to improve next quarter.',
  'The bridge was closed for repairs over the weekend.',
  'The team beat its rivals two to nil on Sunday.',
  'Rock bands played in the square until midnight.',
  'The company shipped its new phones to stores in Bogota.',
  'Inflation rose again in November.',
  'The minister spoke at length about the budget.',
  'Fuel prices were cut by ten percent at the pump.',
  'Traffic moved slowly on the main highway.',
  'The central bank increased interest rates by half a point.',
  'Staff at the museum prepared a new exhibition.',
  'The foreign ministry did not respond to a request for comment.',
  'Requests for comment sent to the embassy went unanswered.',
];

const CASES: [string, string[]][] = [['hypothetical', HYPOTHETICAL], ['negated', NEGATED], ['question', QUESTIONS], ['background', BACKGROUND], ['no event', NON_EVENTS]];

for (const [kind, texts] of CASES) {
  for (const text of texts) {
    test(`negative set (${kind}): ${text}`, () => {
      const asserted = mentionsOf(text, STD).filter((m) => m.modality === 'asserted' && !m.corefOf);
      assert.deepEqual(asserted.map((m) => `${m.event}:${m.trigger.text}`), []);
    });
  }
}

test('the negative set has at least 50 sentences', () => {
  assert.ok(CASES.reduce((n, [, t]) => n + t.length, 0) >= 50);
});
