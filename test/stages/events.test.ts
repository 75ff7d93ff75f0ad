import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, Modality, Place, PloverCategory } from '../../src/core/types.ts';
import { bestPlace } from '../../src/stages/events-anchor.ts';
import { mentionsOf, MADURO, TRUMP, US, VEN, type EntitySpec, type Layout, type PlaceSpec } from './events-fixture.ts';
import { eventsStage } from '../../src/stages/events.ts';
import { annotateText } from './pipeline-fixture.ts';

const NAVY: EntitySpec = ['US Navy', 'United States Navy', 'USA', 'MIL', 'ORG', 'Q11220'];
const CABELLO: EntitySpec = ['Cabello', 'Diosdado Cabello', 'VEN', 'GOV', 'PERSON', null];
const COLOMBIA: EntitySpec = ['Colombia', 'Colombia', 'COL', 'GOV', 'GPE', 'Q739'];
const PETRO: EntitySpec = ['Petro', 'Gustavo Petro', 'COL', 'GOV', 'PERSON', null];
const CARTEL: EntitySpec = ['Cartel of the Suns', 'Cartel of the Suns', 'VEN', 'CRM', 'GROUP', null];
const STD: Layout = { entities: [US, TRUMP, VEN, MADURO, NAVY, CABELLO, COLOMBIA, PETRO, CARTEL] };

interface Case {
  text: string;
  event: PloverCategory;
  mode?: string | null;
  modality?: Modality;
  actor?: string | null;
  recipient?: string | null;
}

// Positive cases: the first mention of the given category must match.
const POSITIVE: Case[] = [
  { text: 'The United States carried out an airstrike on a camp near the border.', event: 'ASSAULT', mode: 'aerial', actor: 'USA' },
  { text: 'The US Navy destroyed a speedboat off the coast on Tuesday.', event: 'ASSAULT', mode: 'destroy', actor: 'USA', recipient: 'speedboat' },
  { text: 'A drone strike hit a warehouse in the port.', event: 'ASSAULT', mode: 'drone', recipient: 'warehouse' },
  { text: 'Gunmen opened fire on a bus in the capital.', event: 'ASSAULT', mode: 'firearms' },
  { text: 'Venezuela attacked a Colombian outpost overnight.', event: 'ASSAULT', actor: 'VEN', recipient: 'outpost' },
  { text: 'The United States struck a vessel carrying drugs in the Pacific.', event: 'ASSAULT', actor: 'USA', recipient: 'vessel' },
  { text: 'Colombia seized a submarine loaded with cocaine.', event: 'COERCE', mode: 'seize', actor: 'COL' },
  { text: 'Police in Colombia arrested twelve members of a gang.', event: 'COERCE', mode: 'arrest' },
  { text: 'The tanker was seized by the US Navy in the Caribbean.', event: 'COERCE', mode: 'seize', actor: 'USA' },
  { text: 'The United States has deployed fighter jets to Puerto Rico.', event: 'MOBILIZE', mode: 'weapons', actor: 'USA' },
  { text: 'Venezuela mobilized thousands of troops along the coast.', event: 'MOBILIZE', mode: 'troops', actor: 'VEN' },
  { text: 'Trump threatened military strikes against Venezuela.', event: 'THREATEN', mode: 'violence', actor: 'USA', recipient: 'VEN' },
  { text: 'Trump warned that new sanctions would follow.', event: 'THREATEN', mode: 'restrict', actor: 'USA' },
  { text: 'Trump ordered a blockade of Venezuelan oil shipments.', event: 'SANCTION', mode: 'blockade', actor: 'USA' },
  { text: 'The United States imposed sanctions on Maduro last month.', event: 'SANCTION', mode: 'discontinue', actor: 'USA' },
  { text: 'Cabello condemned the United States for its aggression.', event: 'ACCUSE', mode: 'disapprove', actor: 'VEN', recipient: 'USA' },
  { text: 'Maduro accused Colombia of harboring armed groups.', event: 'ACCUSE', actor: 'VEN', recipient: 'COL' },
  { text: 'Colombia rejected the proposal from Venezuela.', event: 'REJECT', actor: 'COL' },
  { text: 'Thousands of people protested in Caracas against the government.', event: 'PROTEST', mode: 'demo' },
  { text: 'Petro urged the United States to halt the strikes.', event: 'REQUEST', actor: 'COL', recipient: 'USA' },
  { text: 'Petro met Maduro at the border on Friday.', event: 'CONSULT', actor: 'COL', recipient: 'VEN' },
  { text: 'Colombia and Venezuela signed an agreement on migration.', event: 'AGREE' },
  { text: 'Petro praised the decision of the United States.', event: 'SUPPORT', actor: 'COL' },
  { text: 'Colombia will cooperate with the United States on intelligence.', event: 'COOPERATE', modality: 'hypothetical' },
  { text: 'The United States sent humanitarian aid to Colombia.', event: 'AID', actor: 'USA' },
  { text: 'Venezuela released two American prisoners on Sunday.', event: 'RETREAT', mode: 'release', actor: 'VEN' },
  { text: 'Maduro eased restrictions on opposition rallies.', event: 'CONCEDE', actor: 'VEN' },
  { text: 'The US Navy has stationed warships near Trinidad.', event: 'MOBILIZE', mode: 'troops', actor: 'USA' },
  { text: 'The US Navy hit a speedboat near the coast with a missile on Tuesday.', event: 'ASSAULT', mode: 'aerial', actor: 'USA', recipient: 'speedboat' },
  { text: 'Trump confirmed that the United States had struck the boat.', event: 'ASSAULT', actor: 'USA' },
  { text: 'Trump announced a blockade of Venezuelan oil tankers.', event: 'SANCTION', mode: 'blockade', actor: 'USA' },
  { text: 'Venezuelan troops fired on a Colombian patrol.', event: 'ASSAULT', mode: 'firearms', recipient: 'patrol' },
];

// Non-asserted cases: a mention exists but with this modality.
const MODAL: Case[] = [
  { text: 'The United States could strike targets inside Venezuela.', event: 'ASSAULT', modality: 'hypothetical' },
  { text: 'Trump is considering an attack on cartel camps.', event: 'ASSAULT', modality: 'hypothetical' },
  { text: 'The Pentagon plans to deploy more drones to the region.', event: 'MOBILIZE', modality: 'hypothetical' },
  { text: 'The United States did not attack the port.', event: 'ASSAULT', modality: 'negated' },
  { text: 'Venezuela denied carrying out the attack on the outpost.', event: 'ASSAULT', modality: 'negated' },
  { text: 'Did the United States bomb the airstrip?', event: 'ASSAULT', modality: 'question' },
  { text: 'In 1989 the United States invaded Panama.', event: 'ASSAULT', modality: 'historical' },
  { text: 'If Maduro refuses, the United States might strike again.', event: 'ASSAULT', modality: 'hypothetical' },
  { text: 'Trump threatened to bomb the cartels.', event: 'ASSAULT', modality: 'hypothetical' },
  { text: 'There were no strikes on land this week.', event: 'ASSAULT', modality: 'negated' },
  { text: 'The campaign had long been limited to attacks at sea.', event: 'ASSAULT', modality: 'historical' },
  { text: 'Decades ago the United States bombed targets in Panama.', event: 'ASSAULT', modality: 'historical' },
  { text: 'Venezuela denied that its troops had fired on the aircraft.', event: 'ASSAULT', modality: 'negated' },
  { text: 'Cabello denied his soldiers attacked the outpost.', event: 'ASSAULT', modality: 'negated' },
  { text: 'Colombia rejected claims that it had arrested the journalists.', event: 'COERCE', modality: 'negated' },
  { text: 'If the talks fail, the United States may impose sanctions.', event: 'CONSULT', modality: 'hypothetical' },
  { text: 'Unless Maduro steps down, the blockade will stay.', event: 'SANCTION', modality: 'hypothetical' },
];

// Sentences that must yield no mention at all.
const NONE: string[] = [
  'Maduro said the country would remain calm.',
  'Cabello told reporters that he had nothing to add.',
  'The White House declined to comment on the report.',
  'The Venezuelan government did not comment.',
  'According to the newspaper, officials spoke on condition of anonymity.',
  'The ministry published a statement on its website.',
  'Oil prices rose sharply in New York.',
  'The minister refused to elaborate on the matter.',
  'Analysts described the situation as tense.',
  'Rising prices hit households in Caracas hard.',
  'The storm hit the coast of Venezuela on Monday.',
  'Trump announced that he would speak on Friday.',
];

function first(ms: Mention[], event: PloverCategory): Mention | undefined {
  return ms.find((m) => m.event === event);
}

for (const c of POSITIVE) {
  test(`positive: ${c.text}`, () => {
    const m = first(mentionsOf(c.text, STD), c.event);
    assert.ok(m, `no ${c.event} mention`);
    if (c.mode !== undefined) assert.equal(m.mode, c.mode);
    assert.equal(m.modality, c.modality ?? 'asserted');
    if (c.actor !== undefined) assert.equal(m.actor?.code ?? null, c.actor);
    if (c.recipient) assert.ok(m.recipient && (m.recipient.code === c.recipient || m.recipient.text.includes(c.recipient)), `recipient ${JSON.stringify(m.recipient)}`);
  });
}

for (const c of MODAL) {
  test(`modality ${c.modality}: ${c.text}`, () => {
    const m = first(mentionsOf(c.text, STD), c.event);
    assert.ok(m, `no ${c.event} mention`);
    assert.equal(m.modality, c.modality);
  });
}

for (const text of NONE) {
  test(`no event: ${text}`, () => {
    assert.deepEqual(mentionsOf(text, STD).map((m) => `${m.event}:${m.trigger.text}`), []);
  });
}

test('an accusation is one mention: the nouns it lists are its content', () => {
  const ms = mentionsOf('Cabello denounced a wave of harassment, threats and attacks by the United States.', STD);
  assert.deepEqual(ms.map((m) => m.event), ['ACCUSE']);
  assert.equal(ms[0].recipient?.code, 'USA');
});

test('participle modifiers are not triggers: "sanctioned tankers"', () => {
  const ms = mentionsOf('Three sanctioned tankers left the port on Monday.', STD);
  assert.deepEqual(ms, []);
});

test('a later "the attack" refers back, takes its own actor, and the first mention gains the recipient', () => {
  const text = 'A drone attack hit a dock last week. Trump confirmed that the United States was responsible for the attack. The attack targeted a warehouse used by the Cartel of the Suns.';
  const ms = mentionsOf(text, STD);
  assert.equal(ms.length, 3);
  assert.equal(ms[1].corefOf, 'm0');
  assert.equal(ms[1].actor?.code, 'USA');
  assert.equal(ms[2].corefOf, 'm0');
  assert.equal(ms[0].recipient?.name, 'Cartel of the Suns');
  assert.equal(ms[0].recipient?.sector, 'CRM');
});

test('a patient named again in the next sentence takes the owner it is given there', () => {
  const ms = mentionsOf('The US Navy hit a warehouse on the coast with a drone. Officials believe the warehouse was run by the Cartel of the Suns.', STD);
  assert.equal(ms.length, 1);
  assert.deepEqual([ms[0].mode, ms[0].recipient?.name, ms[0].recipient?.sector], ['drone', 'Cartel of the Suns', 'CRM']);
});

test('"a drone attack hit a dock" is one mention; "when the drone hit," is none', () => {
  assert.equal(mentionsOf('A drone attack hit a dock on the coast.', STD).length, 1);
  assert.deepEqual(mentionsOf('Nobody was on the dock when the drone hit, officials said.', STD), []);
});

test('statements of intent and demands: the statement is the event, the act stays hypothetical', () => {
  const pledge = mentionsOf('Venezuela said it will release the American prisoners.', STD);
  assert.deepEqual(pledge.map((m) => `${m.event}:${m.modality}:${m.actor?.code}`), ['AGREE:asserted:VEN', 'RETREAT:hypothetical:VEN']);
  const threat = mentionsOf('Trump said the United States will strike Venezuela unless Maduro steps down.', STD);
  assert.equal(threat[0].event, 'THREATEN');
  assert.equal(threat[0].mode, 'violence');
  assert.equal(threat[0].actor?.code, 'USA');
  const demand = mentionsOf('Petro said the United States must halt the strikes.', STD);
  assert.deepEqual([demand[0].event, demand[0].actor?.code, demand[0].recipient?.code], ['REQUEST', 'COL', 'USA']);
  const refusal = mentionsOf('Colombia said it would not accept the deportation flights.', STD);
  assert.deepEqual([refusal[0].event, refusal[0].actor?.code], ['REJECT', 'COL']);
  assert.deepEqual(mentionsOf('The United States could strike Venezuela.', STD).map((m) => m.event), ['ASSAULT']);
});

test('"the operation" without an antecedent is no event; with one it corefers', () => {
  assert.deepEqual(mentionsOf('The operation took three hours.', STD), []);
  const ms = mentionsOf('The US Navy struck a boat. The operation took three hours.', STD);
  assert.equal(ms[1].corefOf, 'm0');
});

test('casualties and vessels attach as quantities with bounds', () => {
  const ms = mentionsOf('US forces destroyed four boats, killing at least 14 people.', STD);
  assert.equal(ms.length, 1);
  assert.deepEqual([ms[0].quantities.vessels?.value, ms[0].quantities.vessels?.bound], [4, 'exact']);
  assert.deepEqual([ms[0].quantities.killed?.value, ms[0].quantities.killed?.bound], [14, 'at_least']);
});

test('"no one was killed" in the next sentence gives killed 0 to the attack', () => {
  const ms = mentionsOf('The United States bombed a camp on Sunday. No one was killed, officials said.', STD);
  assert.deepEqual([ms[0].quantities.killed?.value, ms[0].quantities.killed?.bound], [0, 'exact']);
});

test('a running campaign count is a tally with an ongoing interval', () => {
  const ms = mentionsOf('The campaign has involved the destruction of twenty-one vessels and the deaths of about 80 people.', STD);
  const m = first(ms, 'ASSAULT')!;
  assert.equal(m.tally, true);
  assert.equal(m.quantities.vessels?.value, 21);
  assert.deepEqual([m.quantities.killed?.value, m.quantities.killed?.bound], [80, 'about']);
  assert.equal(m.intervalBy, 'publication-ongoing');
  assert.deepEqual(m.interval, { start: '2025-07-03', end: '2025-12-30', granularity: 'open' });
});

test('time: the clause time expression governs; otherwise the publication conventions', () => {
  const week = { start: '2025-12-22', end: '2025-12-28', granularity: 'week' as const };
  const ms = mentionsOf('The United States struck a boat last week. Trump confirmed on Monday that the US Navy seized a tanker.', {
    ...STD, times: [['last week', '2025-W52', week], ['on Monday', '2025-12-29', { start: '2025-12-29', end: '2025-12-29', granularity: 'day' }]],
  });
  assert.deepEqual([ms[0].interval, ms[0].intervalBy], [week, 'time']);
  const seize = first(ms, 'COERCE')!;
  assert.equal(seize.time, null); // "Monday" dates the confirmation, not the seizure
  assert.deepEqual([seize.interval, seize.intervalBy], [{ start: '2025-12-23', end: '2025-12-30', granularity: 'open' }, 'publication']);
  const none = mentionsOf('The United States struck a boat.', { ...STD, published: null });
  assert.deepEqual([none[0].interval, none[0].intervalBy], [null, 'unresolved']);
});

test('place: the most specific place of the clause; "the country" stands for the dominant foreign country', () => {
  const ms = mentionsOf('The United States struck a dock in Maracaibo, Venezuela. Trump announced a blockade of tankers leaving the country.', {
    ...STD, places: [['Maracaibo', 'Maracaibo', 'city', 'VEN'], ['Venezuela', 'Venezuela', 'country', 'VEN']],
  });
  assert.equal(ms[0].place?.name, 'Maracaibo');
  assert.equal(ms[1].place?.country, 'VEN');
  assert.equal(ms[1].place?.by, 'events:the-country');
});

test('stage contract and ids', () => {
  assert.deepEqual(eventsStage.requires, ['tokens', 'entities', 'times', 'places']);
  assert.deepEqual(eventsStage.provides, ['mentions']);
  const ms = mentionsOf('Venezuela attacked a boat. Colombia arrested ten men. Trump threatened Maduro.', STD);
  assert.deepEqual(ms.map((m) => m.id), ['m0', 'm1', 'm2']);
  for (const m of ms) assert.equal(m.trigger.text, 'Venezuela attacked a boat. Colombia arrested ten men. Trump threatened Maduro.'.slice(m.trigger.start, m.trigger.end));
});

test('a trigger that needs an object looks only at its own noun phrase, not a later prepositional phrase', async () => {
  const run = (text: string) =>
    annotateText(text, '2025-12-30').layers.mentions ?? [];
  assert.equal(run('The president gave no details about the weapon used.').filter((m) => m.event === 'AID').length, 0);
  assert.equal(run('Germany provided Ukraine with weapons last month.').filter((m) => m.event === 'AID').length, 1);
});

test('boarding or stopping a ship is a seizure; boarding a plane or stopped talks are not', async () => {
  const run = (text: string) =>
    annotateText(text, '2025-12-18').layers.mentions ?? [];
  const seize = (text: string) => run(text).filter((m) => m.event === 'COERCE' && m.mode === 'seize');
  assert.equal(seize('The navy stopped and boarded a freighter near Aruba on Monday.').length, 1);
  assert.equal(seize('Coast guard crews boarded the tanker at dawn.').length, 1);
  assert.equal(seize('The minister boarded a plane to Havana on Monday.').length, 0);
  assert.equal(seize('The rain stopped the search on Monday.').length, 0);
});

test('a place after a locative preposition and adjectives is where it happened, not the target ("through central Caracas")', async () => {
  const text = 'Thousands of people marched through central Caracas on Sunday to protest the naval campaign.';
  const doc = annotateText(text, '2025-11-03');
  const protest = (doc.layers.mentions ?? []).find((m) => m.event === 'PROTEST')!;
  assert.ok(protest);
  assert.notEqual(protest.recipient?.name, 'Caracas');
  assert.equal(protest.place?.name, 'Caracas');
});

test('time: a duration after a superlative ("the largest in decades") measures a record, not the happening', () => {
  const ms = annotateText('The naval buildup off Venezuela is the largest in the region in decades. It was the first strike on a dock in years.', '2025-11-10').layers.mentions ?? [];
  assert.ok(ms.length >= 2);
  for (const m of ms) assert.equal(m.intervalBy, 'publication', `${m.event}: ${JSON.stringify(m.interval)}`);
  const spans = annotateText('Protesters marched in Caracas for three days.', '2025-11-10').layers.mentions ?? [];
  assert.equal(spans[0].intervalBy, 'duration');
});

test('verbs joined by "and" share the clause\'s date, whichever verb it sits next to', () => {
  const tue = { start: '2025-12-30', end: '2025-12-30', granularity: 'day' as const };
  for (const text of ['The navy boarded a trawler on Tuesday and detained its six crew members.', 'On Tuesday the navy boarded a trawler and detained its six crew members.']) {
    const ms = mentionsOf(text, { ...STD, times: [[text.includes('On Tuesday') ? 'On Tuesday' : 'on Tuesday', '2025-12-30', tue]], published: '2025-12-31' });
    assert.deepEqual(ms.map((m) => [m.trigger.text, m.interval?.start, m.intervalBy]), [['boarded', '2025-12-30', 'time'], ['detained', '2025-12-30', 'time']], text);
    // A possessive opens the patient: the crew are who was detained.
    assert.equal(ms[1].recipient?.text, 'its six crew members');
  }
  // A duration is not shared, and neither is a date across a clause boundary.
  const ms = mentionsOf('The navy seized a tanker on Tuesday, while officials said the strike killed two people.', { ...STD, times: [['on Tuesday', '2025-12-30', tue]], published: '2025-12-31' });
  const strike = ms.find((m) => m.trigger.text === 'strike');
  assert.ok(strike);
  assert.notEqual(strike.intervalBy, 'time');
});

test('"withdrew its troops": the possessive names the actor\'s own forces, not a recipient', () => {
  const ms = mentionsOf('Venezuela withdrew its troops from the border.', STD);
  assert.equal(ms[0]?.event, 'RETREAT');
  assert.equal(ms[0].recipient?.text.startsWith('its') ?? false, false);
});

test('"has kept a naval force in the Caribbean" is a deployment; "peace-keeping force" is none; "calls it a threat" accuses (one mention: what it names is its content)', () => {
  const ms = mentionsOf('The United States has kept a large air and naval force in the Caribbean. Venezuela calls the deployment a threat.', STD);
  assert.deepEqual(ms.map((m) => [m.event, m.trigger.text, m.corefOf]), [['MOBILIZE', 'kept', null], ['ACCUSE', 'calls', null]]);
  assert.equal(ms[0].actor?.code, 'USA');
  assert.equal(ms[1].actor?.code, 'VEN');
  assert.deepEqual(mentionsOf('The council kept the peace-keeping force on standby, which it called a success.', STD).map((m) => m.event), []);
});

test('an acronym or demonym before a nominal trigger is its actor ("under US sanctions"); a plural the tagger does not lemmatise still triggers', () => {
  const [m] = mentionsOf('The tanker had been placed under US sanctions for carrying oil.', { entities: [['US', 'United States', 'USA', 'GOV', 'GPE', 'Q30']] });
  assert.deepEqual([m?.event, m?.actor?.code], ['SANCTION', 'USA']);
  const [a] = mentionsOf('Airstrikes hit the port on Monday.', STD);
  assert.deepEqual([a?.event, a?.mode], ['ASSAULT', 'aerial']);
});

test('a count over an open-ended period after "this strike" is the campaign tally, not the strike; "no fewer than" is a lower bound', () => {
  const since = { start: '2025-09-01', end: null, granularity: 'open' as const };
  const ms = mentionsOf('US forces struck a boat on Monday, killing three. With this strike, no fewer than 115 people have now been killed since September.', {
    ...STD, times: [['since September', '2025-09', since]], published: '2025-12-31',
  });
  assert.equal(ms.length, 2);
  assert.deepEqual([ms[0].quantities.killed?.value, ms[0].tally], [3, false]);
  assert.deepEqual([ms[1].corefOf, ms[1].tally, ms[1].quantities.killed?.bound, ms[1].quantities.killed?.value], [null, true, 'at_least', 115]);
});

test('a hyphenated modifier stays in the patient; a stretch of time is none', () => {
  const [m] = mentionsOf('A US strike on a suspected drug-smuggling boat killed three men.', STD);
  assert.equal(m.recipient?.text, 'a suspected drug-smuggling boat');
  const [n] = mentionsOf('It was the first such strike of the new year.', STD);
  assert.equal(n?.recipient ?? null, null);
});

test('the target of an attack is where it happened: "airstrikes hit Gaza", "Russia struck Kyiv"', () => {
  const layout = { ...STD, places: [['Gaza', 'Gaza', 'city', 'PSE'], ['Kyiv', 'Kyiv', 'city', 'UKR']] as PlaceSpec[], entities: [...STD.entities!, ['Gaza', 'Gaza', 'PSE', null, 'GPE'], ['Kyiv', 'Kyiv', 'UKR', null, 'GPE'], ['Russia', 'Russia', 'RUS', 'GOV', 'GPE']] as EntitySpec[] };
  for (const [text, where] of [['Airstrikes hit Gaza on Monday.', 'Gaza'], ['Russia struck Kyiv with drones overnight.', 'Kyiv']]) {
    const [m] = mentionsOf(text, layout);
    assert.equal(m?.event, 'ASSAULT', text);
    assert.equal(m.place?.name, where, text);
  }
  // A seized thing's owner is not where a seizure happened.
  const [s] = mentionsOf('The navy seized a ship owned by Venezuela.', { ...STD, places: [['Venezuela', 'Venezuela', 'country', 'VEN']] });
  assert.equal(s?.event, 'COERCE');
  assert.notEqual(s.place?.name, 'Venezuela');
});

test('an accusation is not located by the happening it names: "condemned the strike in the Pacific"', () => {
  const layout = { ...STD, places: [['Pacific', 'Pacific', 'sea', null], ['Bogota', 'Bogotá', 'city', 'COL']] as PlaceSpec[] };
  const [m] = mentionsOf('Petro condemned the strike in the Pacific.', layout);
  assert.deepEqual([m?.event, m?.place], ['ACCUSE', null]);
  const [b] = mentionsOf('In Bogota, Petro condemned the strike.', layout);
  assert.equal(b?.place?.name, 'Bogotá');
});

test('"the third such seizure" names the seizure back, not the arrest that came after it', () => {
  const ms = mentionsOf('The navy boarded a trawler and detained its crew. It was the third such seizure this month.', STD);
  assert.deepEqual(ms.map((m) => [m.trigger.text, m.mode, m.corefOf]), [['boarded', 'seize', null], ['detained', 'arrest', null], ['seizure', 'seize', 'm0']]);
});

test('"a designated terrorist organization" and "a gang it has designated as …" are no new listing', () => {
  assert.deepEqual(mentionsOf('The vessel was operated by a designated terrorist organization.', STD).map((m) => m.event), []);
  assert.deepEqual(mentionsOf('The crew belonged to a gang the administration has designated as a terrorist organization.', STD).map((m) => m.event), []);
  const [m] = mentionsOf('The United States designated the Cartel of the Suns a terrorist organization.', STD);
  assert.deepEqual([m?.event, m?.actor?.code], ['SANCTION', 'USA']);
});

test('a place with no point ("international waters") is used only when nothing on the map is named', () => {
  const at = (name: string, kind: Place['kind'], lat: number | null, lon: number | null, start: number): Place => ({ start, end: start + name.length, text: name, name, kind, country: null, lat, lon, radius_km: lat == null ? 0 : 300, by: 'test' });
  const intl = at('international waters', 'sea', null, null, 30);
  const east = at('east of Barbados', 'region', 13.2, -59.5, 51);
  assert.equal(bestPlace([intl, east], 20)?.name, 'east of Barbados');
  assert.equal(bestPlace([intl], 20)?.name, 'international waters');
});
