import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/stages/quotes.ts';
import { mkDoc, type EntSpec } from './quotes-fixture.ts';

interface Want {
  text: string;
  speaker?: string | null;
  cue?: string | null;
  direct?: boolean;
  place?: string | null;
}
interface Case {
  name: string;
  text: string;
  ents?: EntSpec[];
  want: Want[];
}

const trump: EntSpec = { text: 'Donald Trump', actor: 'Donald Trump' };
const cabello: EntSpec = { text: 'Diosdado Cabello', actor: 'Diosdado Cabello' };
const maduro: EntSpec = { text: 'Nicolás Maduro', actor: 'Nicolás Maduro' };

const cases: Case[] = [
  { name: 'curly quote, reporting clause after, description resolved through ref, place with appositive',
    text: 'Donald Trump spoke late on Monday. “The blast at the pier was enormous,” the Republican told journalists at his beach club in Florida, Mar-a-Lago.',
    ents: [trump, { text: 'the Republican', ref: 'Donald Trump' }],
    want: [{ text: 'The blast at the pier was enormous', speaker: 'Donald Trump', cue: 'told', direct: true, place: 'his beach club in Florida, Mar-a-Lago' }] },
  { name: 'straight quotes, "said X" inverted',
    text: '"We will respond to every provocation," said Nicolás Maduro.',
    ents: [maduro],
    want: [{ text: 'We will respond to every provocation', speaker: 'Nicolás Maduro', cue: 'said', direct: true }] },
  { name: 'reporting clause before with colon',
    text: 'Diosdado Cabello said on state television: “Nobody will intimidate this country.”',
    ents: [cabello],
    want: [{ text: 'Nobody will intimidate this country.', speaker: 'Diosdado Cabello', cue: 'said', direct: true }] },
  { name: 'quote spanning two sentences',
    text: '“The boat was carrying cocaine. We stopped it,” Donald Trump said.',
    ents: [trump],
    want: [{ text: 'The boat was carrying cocaine. We stopped it', speaker: 'Donald Trump', cue: 'said' }] },
  { name: 'pronoun speaker resolves to the most recent person',
    text: 'Nicolás Maduro addressed supporters in the capital. “They want our oil,” he said.',
    ents: [maduro],
    want: [{ text: 'They want our oil', speaker: 'Nicolás Maduro', cue: 'said' }] },
  { name: 'pronoun skips organisations for he',
    text: 'Donald Trump met the Pentagon chiefs. “It went perfectly,” he told reporters.',
    ents: [trump, { text: 'Pentagon', type: 'ORG', actor: 'United States Department of Defense' }],
    want: [{ text: 'It went perfectly', speaker: 'Donald Trump', cue: 'told' }] },
  { name: 'according to X before a quote',
    text: 'According to Diosdado Cabello, “the drones came from the sea.”',
    ents: [cabello],
    want: [{ text: 'the drones came from the sea', speaker: 'Diosdado Cabello', cue: 'according to' }] },
  { name: 'wrote on social media',
    text: 'Donald Trump wrote on social media: “The cartels will pay.”',
    ents: [trump],
    want: [{ text: 'The cartels will pay.', speaker: 'Donald Trump', cue: 'wrote', place: null }] },
  { name: 'guillemets with Spanish dijo',
    text: '«Es una agresión imperial», dijo Diosdado Cabello.',
    ents: [cabello],
    want: [{ text: 'Es una agresión imperial', speaker: 'Diosdado Cabello', cue: 'dijo', direct: true }] },
  { name: 'Spanish afirmó with place en Caracas',
    text: '«No tenemos miedo», afirmó Diosdado Cabello en Caracas.',
    ents: [cabello],
    want: [{ text: 'No tenemos miedo', speaker: 'Diosdado Cabello', cue: 'afirmó', place: 'Caracas' }] },
  { name: 'nested single quotes stay inside the outer quote',
    text: '“They told me ‘stand down’ and I refused,” the captain said.',
    want: [{ text: 'They told me ‘stand down’ and I refused', speaker: 'captain', cue: 'said' }] },
  { name: 'apostrophes are not quotes',
    text: 'Trump’s envoy landed at the capital’s airport on the country’s coast.',
    want: [] },
  { name: 'scare quote governed by a characterising verb',
    text: 'The fleet stays offshore, which Caracas interprets as “threats” against its sovereignty.',
    ents: [{ text: 'Caracas', type: 'GPE', actor: 'Venezuela' }],
    want: [{ text: 'threats', speaker: 'Venezuela', cue: 'interprets', direct: true }] },
  { name: 'scare quote with no speaker verb has no cue',
    text: 'The so-called “narco boats” were struck at night.',
    want: [{ text: 'narco boats', speaker: null, cue: null, direct: true }] },
  { name: 'long quoted phrase after denounced',
    text: 'The Interior Minister, Diosdado Cabello, denounced a wave of “harassment, threats and attacks.”',
    ents: [cabello, { text: 'Interior Minister', by: 'role' }],
    want: [{ text: 'harassment, threats and attacks', speaker: 'Diosdado Cabello', cue: 'denounced', direct: true }] },
  { name: 'reporting clause between two halves of one quotation',
    text: '“We found no bodies,” the official said. “The pier was empty.”',
    want: [{ text: 'We found no bodies', speaker: 'official', cue: 'said' }, { text: 'The pier was empty.', speaker: null }] },
  { name: 'multi-paragraph quotation is chained to its attribution',
    text: '“The first strike hit the fuel depot.\n\n“The second one hit the pier,” the colonel told the press.',
    want: [{ text: 'The first strike hit the fuel depot.', speaker: 'colonel', cue: 'told' }, { text: 'The second one hit the pier', speaker: 'colonel', cue: 'told' }] },
  { name: 'indirect: X said that',
    text: 'Donald Trump said that the United States would strike targets on land.',
    ents: [trump],
    want: [{ text: 'the United States would strike targets on land', speaker: 'Donald Trump', cue: 'said', direct: false }] },
  { name: 'indirect: X said without that',
    text: 'Nicolás Maduro said his forces were ready.',
    ents: [maduro],
    want: [{ text: 'his forces were ready', speaker: 'Nicolás Maduro', cue: 'said', direct: false }] },
  { name: 'indirect: confirmed + weekday before that, cut at although',
    text: 'Donald Trump confirmed Monday that Washington was behind the raid, although he gave no details.',
    ents: [trump],
    want: [{ text: 'Washington was behind the raid', speaker: 'Donald Trump', cue: 'confirmed', direct: false }] },
  { name: 'indirect: has been warning that',
    text: 'For weeks, Donald Trump has been warning that land strikes would begin soon.',
    ents: [trump],
    want: [{ text: 'land strikes would begin soon', speaker: 'Donald Trump', cue: 'warning', direct: false }] },
  { name: 'indirect: told reporters that, place in between',
    text: 'Donald Trump told reporters in Palm Beach that the pier was destroyed.',
    ents: [trump],
    want: [{ text: 'the pier was destroyed', speaker: 'Donald Trump', cue: 'told', place: 'Palm Beach' }] },
  { name: 'indirect: "in a statement" is not a place',
    text: 'The ministry said in a statement that two sailors were detained.',
    ents: [{ text: 'The ministry', type: 'ORG' }],
    want: [{ text: 'two sailors were detained', speaker: 'ministry', cue: 'said', place: null }] },
  { name: 'indirect: denounced with object',
    text: 'Diosdado Cabello denounced the naval blockade of the coast.',
    ents: [cabello],
    want: [{ text: 'the naval blockade of the coast', speaker: 'Diosdado Cabello', cue: 'denounced', direct: false }] },
  { name: 'indirect: according to the newspaper resolves to the outlet named before',
    text: 'The story was first reported by The Washington Post. According to the newspaper, the drones flew from Puerto Rico.',
    want: [{ text: 'the drones flew from Puerto Rico', speaker: 'The Washington Post', cue: 'according to', direct: false }] },
  { name: 'indirect: the newspaper added (inverted) resolves through entity ref',
    text: 'Reuters first broke the news. The Navy moved two destroyers north, the newspaper added.',
    ents: [{ text: 'Reuters', type: 'ORG', actor: 'Reuters', sector: 'MED' }, { text: 'the newspaper', type: 'ORG', ref: 'Reuters' }],
    want: [{ text: 'Reuters first broke the news', speaker: null }, { text: 'The Navy moved two destroyers north', speaker: 'Reuters', cue: 'added', direct: false }].slice(1) },
  { name: 'indirect: as revealed by the outlet',
    text: 'The CIA ran a covert drone mission over the coast, as revealed by the Miami Herald.',
    want: [{ text: 'The CIA ran a covert drone mission over the coast', speaker: 'Miami Herald', cue: 'revealed', direct: false }] },
  { name: 'indirect: sources with anonymity parenthetical',
    text: 'The sources, who were granted anonymity to discuss the raid, indicated that no one was hurt.',
    want: [{ text: 'no one was hurt', speaker: 'sources', cue: 'indicated', direct: false }] },
  { name: 'indirect: US officials said',
    text: 'US officials said the vessel carried weapons.',
    want: [{ text: 'the vessel carried weapons', speaker: 'US officials', cue: 'said', direct: false }] },
  { name: 'indirect: Spanish según',
    text: 'Según el diario, la operación duró dos horas.',
    want: [{ text: 'la operación duró dos horas', speaker: 'diario', cue: 'según', direct: false }] },
  { name: 'indirect: parenthetical it claims resolves it to the organisation',
    text: 'The United States keeps ships nearby, which, it claims, deter traffickers.',
    ents: [{ text: 'The United States', type: 'GPE', actor: 'United States' }],
    want: [{ text: 'deter traffickers', speaker: 'United States', cue: 'claims', direct: false }] },
  { name: 'speaker is the noun an entity modifies ("officials in Caracas")',
    text: 'Officials in Caracas said the boat sank.',
    ents: [{ text: 'Caracas', type: 'GPE', actor: 'Venezuela' }],
    want: [{ text: 'the boat sank', speaker: 'Officials in Caracas', cue: 'said' }] },
  { name: 'determiner inside the modifier ("a spokesman for the Pentagon")',
    text: 'A spokesman for the Pentagon told CNN that two jets flew over.',
    ents: [{ text: 'Pentagon', type: 'ORG', actor: 'Department of Defense' }, { text: 'CNN', type: 'ORG', actor: 'CNN', sector: 'MED' }],
    want: [{ text: 'two jets flew over', speaker: 'A spokesman for the Pentagon', cue: 'told' }] },
  { name: 'time adverbial after the verb is not reported content',
    text: 'The army said on Tuesday it had killed five rebels.',
    want: [{ text: 'it had killed five rebels', speaker: 'army', cue: 'said' }] },
  { name: 'negated speech is not a quote',
    text: 'The embassy did not respond to questions about the tanker.',
    want: [] },
  { name: '"added" without complement is not speech',
    text: 'Washington added three shipping firms to its sanctions list.',
    want: [] },
  { name: 'passive "were reported" is not speech',
    text: 'No casualties were reported after the explosion.',
    want: [] },
  { name: 'belief verbs are not quotes',
    text: 'Officials believe the dock stored fuel.',
    want: [] },
  { name: 'the report (noun) is not a cue',
    text: 'The report from the committee was long.',
    want: [] },
  { name: 'declined to comment is not a quote',
    text: 'The embassy declined to comment on the seizure.',
    want: [] },
];

for (const c of cases) {
  test(`quotes: ${c.name}`, () => {
    const doc = mkDoc(c.text, c.ents ?? []);
    const got = findQuotes(doc);
    assert.equal(got.length, c.want.length, `found: ${JSON.stringify(got.map((q) => [q.text, q.speaker?.name, q.cue]))}`);
    c.want.forEach((w, i) => {
      const q = got[i];
      assert.equal(q.text, w.text);
      assert.equal(c.text.slice(q.start, q.end), q.text, 'span slices back to text');
      if (w.speaker !== undefined) assert.equal(q.speaker?.name ?? null, w.speaker);
      if (w.cue !== undefined) assert.equal(q.cue, w.cue);
      if (w.direct !== undefined) assert.equal(q.direct, w.direct);
      if (w.place !== undefined) assert.equal(q.place ?? null, w.place);
      if (q.speaker) assert.equal(c.text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
      if (q.cueSpan) assert.ok(c.text.slice(q.cueSpan.start, q.cueSpan.end).toLowerCase().startsWith(q.cue!.split(' ')[0]));
    });
  });
}

test('quotes: unclosed quotation adds a message, never throws', () => {
  const doc = mkDoc('“The talks are over, the minister said.\n\nNothing else followed.');
  const got = findQuotes(doc);
  assert.equal(got.filter((q) => q.direct).length, 1);
  assert.ok(doc.messages.some((m) => m.code === 'quote-unclosed'));
});

test('quotes: empty document gives no quotes', () => {
  assert.deepEqual(findQuotes(mkDoc('')), []);
});
