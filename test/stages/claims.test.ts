import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/stages/quotes.ts';
import { findClaims } from '../../src/stages/claims.ts';
import { mkDoc, withMentions, type EntSpec, type MenSpec } from './quotes-fixture.ts';
import type { Claim, Stance } from '../../src/core/types.ts';
import { annotateText } from './pipeline-fixture.ts';

interface Want {
  mention: string;
  stance: Stance;
  source?: string | null;
  conveyed_by?: string | null;
  hedges?: string[];
  cue?: string | null;
}
interface Case {
  name: string;
  text: string;
  ents?: EntSpec[];
  mentions: MenSpec[];
  want: Want[];
  /** Claims that must NOT exist. */
  absent?: Partial<Want>[];
}

const trump: EntSpec = { text: 'Donald Trump', actor: 'Donald Trump' };
const cabello: EntSpec = { text: 'Diosdado Cabello', actor: 'Diosdado Cabello' };

const cases: Case[] = [
  { name: 'plain statement is asserted by the outlet',
    text: 'A US warship seized a tanker off the coast on Friday.',
    mentions: [{ trigger: 'seized', event: 'COERCE' }],
    want: [{ mention: 'm0', stance: 'asserted', source: null, conveyed_by: null, hedges: [], cue: null }] },
  { name: 'as revealed by an outlet → conveyed_by',
    text: 'The CIA flew a drone strike against a pier, as revealed by The Washington Post.',
    mentions: [{ trigger: 'drone strike', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', conveyed_by: 'The Washington Post', cue: 'revealed' }] },
  { name: 'according to an outlet → conveyed_by',
    text: 'According to Reuters, the navy sank a speedboat.',
    mentions: [{ trigger: 'sank', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', conveyed_by: 'Reuters', cue: 'according to' }] },
  { name: 'according to the newspaper inherits the outlet named earlier',
    text: 'As first reported by The New York Times. According to the newspaper, the drones struck a warehouse.',
    mentions: [{ trigger: 'struck', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', conveyed_by: 'The New York Times' }] },
  { name: 'the newspaper added (inverted) inherits the outlet',
    text: 'The Wall Street Journal broke the story. The Pentagon moved Reaper drones to Puerto Rico, the newspaper added.',
    mentions: [{ trigger: 'moved', event: 'MOBILIZE' }],
    want: [{ mention: 'm0', stance: 'asserted', conveyed_by: 'The Wall Street Journal', cue: 'added' }] },
  { name: 'US officials said → source',
    text: 'US officials said the strike destroyed a fuel depot.',
    mentions: [{ trigger: 'strike', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', source: 'US officials', cue: 'said' }] },
  { name: 'officials believe → believed',
    text: 'Officials believe the gang stored cocaine at the dock before the raid.',
    mentions: [{ trigger: 'raid', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'believed', source: 'Officials', cue: 'believe' }] },
  { name: 'investigators suspect → believed',
    text: 'Investigators suspect that the militia planted the mine.',
    mentions: [{ trigger: 'planted', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'believed', source: 'Investigators' }] },
  { name: 'anonymous sources relayed by the outlet in context',
    text: 'The Miami Herald published the account. The sources, speaking on condition of anonymity, said the raid lasted an hour.',
    mentions: [{ trigger: 'raid', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', source: 'anonymous sources', conveyed_by: 'Miami Herald', cue: 'said' }] },
  { name: 'outlet claim without source takes the source the outlet cites later',
    text: 'The CIA hit a jetty, as revealed by The New York Times. The sources, who asked not to be named, said no one was hurt.',
    mentions: [{ trigger: 'hit', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', source: 'anonymous sources', conveyed_by: 'The New York Times' }] },
  { name: 'confirmed on an anaphoric mention is copied to the antecedent',
    text: 'A drone strike hit a pier last week. Donald Trump confirmed Monday that the US carried out the strike.',
    ents: [trump],
    mentions: [{ trigger: 'drone strike', event: 'ASSAULT' }, { trigger: 'strike', nth: 1, event: 'ASSAULT', corefOf: 'm0' }],
    want: [{ mention: 'm1', stance: 'confirmed', source: 'Donald Trump', cue: 'confirmed' }, { mention: 'm0', stance: 'confirmed', source: 'Donald Trump' }] },
  { name: 'confirmation about "the attack" without a mention attaches to the latest event',
    text: 'A drone hit a dock last week. Donald Trump confirmed that Washington was responsible for the attack.',
    ents: [trump],
    mentions: [{ trigger: 'hit', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'confirmed', source: 'Donald Trump' }] },
  { name: 'denied → denied',
    text: 'The Pentagon denied that its jets bombed the village.',
    ents: [{ text: 'The Pentagon', type: 'ORG', actor: 'United States Department of Defense' }],
    mentions: [{ trigger: 'bombed', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'denied', source: 'United States Department of Defense', cue: 'denied' }] },
  { name: 'accused → alleged',
    text: 'Diosdado Cabello accused Washington of sinking fishing boats.',
    ents: [cabello],
    mentions: [{ trigger: 'sinking', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'alleged', source: 'Diosdado Cabello', cue: 'accused' }] },
  { name: 'ACCUSE triggered by the cue: speaker is the source, alleged',
    text: 'Diosdado Cabello denounced a campaign of “harassment and attacks.”',
    ents: [cabello],
    mentions: [{ trigger: 'denounced', event: 'ACCUSE' }],
    want: [{ mention: 'm0', stance: 'alleged', source: 'Diosdado Cabello', cue: 'denounced' }] },
  { name: 'no_comment attaches to the same-sentence mention and the main event',
    text: 'A drone destroyed a dock. The government did not comment on the operation, while Diosdado Cabello denounced “constant threats.”',
    ents: [cabello, { text: 'The government', type: 'ORG', actor: 'Government of Venezuela' }],
    mentions: [{ trigger: 'destroyed', event: 'ASSAULT' }, { trigger: 'denounced', event: 'ACCUSE' }],
    want: [{ mention: 'm1', stance: 'no_comment', source: 'Government of Venezuela' }, { mention: 'm0', stance: 'no_comment', source: 'Government of Venezuela' }, { mention: 'm1', stance: 'alleged', source: 'Diosdado Cabello' }] },
  { name: 'declined to comment in its own sentence attaches to the previous sentence',
    text: 'Marines boarded a cargo ship near Aruba. The ministry declined to comment.',
    ents: [{ text: 'The ministry', type: 'ORG', actor: 'Ministry of Defence' }],
    mentions: [{ trigger: 'boarded', event: 'COERCE' }],
    want: [{ mention: 'm0', stance: 'no_comment', source: 'Ministry of Defence' }, { mention: 'm0', stance: 'asserted' }] },
  { name: 'did not respond to a request for comment',
    text: 'The coast guard detained nine fishermen. The embassy did not respond to a request for comment.',
    ents: [{ text: 'The embassy', type: 'ORG', actor: 'Embassy of Venezuela' }],
    mentions: [{ trigger: 'detained', event: 'COERCE' }],
    want: [{ mention: 'm0', stance: 'no_comment', source: 'Embassy of Venezuela' }] },
  { name: 'could not be independently verified → unverified',
    text: 'Militants said they shot down a drone. The claim could not be independently verified.',
    mentions: [{ trigger: 'shot down', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'unverified', source: null }, { mention: 'm0', stance: 'asserted', source: 'Militants' }] },
  { name: 'no evidence was provided → unverified in the same sentence',
    text: 'The army said rebels attacked the base, but no evidence was provided.',
    mentions: [{ trigger: 'attacked', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'unverified' }] },
  { name: 'hedge supposedly in the relative clause of a tally',
    text: 'The campaign has involved the destruction of thirty boats that supposedly carried drugs.',
    mentions: [{ trigger: 'destruction', event: 'ASSAULT', tally: true }],
    want: [{ mention: 'm0', stance: 'asserted', hedges: ['supposedly'] }] },
  { name: 'hedge reportedly',
    text: 'Gunmen reportedly kidnapped two engineers.',
    mentions: [{ trigger: 'kidnapped', event: 'COERCE' }],
    want: [{ mention: 'm0', stance: 'asserted', hedges: ['reportedly'] }] },
  { name: 'hedge "suspected of" and Spanish presuntamente',
    text: 'The navy struck vessels suspected of smuggling fuel. La Armada detuvo a tres hombres presuntamente armados.',
    mentions: [{ trigger: 'struck', event: 'ASSAULT' }, { trigger: 'detuvo', event: 'COERCE' }],
    want: [{ mention: 'm0', stance: 'asserted', hedges: ['suspected of'] }, { mention: 'm1', stance: 'asserted', hedges: ['presuntamente'] }] },
  { name: 'hedge in another clause does not govern',
    text: 'Police arrested the captain, while the cargo was reportedly hidden below deck.',
    mentions: [{ trigger: 'arrested', event: 'COERCE' }],
    want: [{ mention: 'm0', stance: 'asserted', hedges: [] }] },
  { name: 'parenthetical "it claims" and a characterization by Caracas',
    text: 'The United States keeps a naval deployment in the Caribbean, which, it claims, fights trafficking, but which Caracas interprets as “threats”.',
    ents: [{ text: 'The United States', type: 'GPE', actor: 'United States' }, { text: 'Caracas', type: 'GPE', actor: 'Caracas' }],
    mentions: [{ trigger: 'deployment', event: 'MOBILIZE' }],
    want: [{ mention: 'm0', stance: 'asserted', source: null, hedges: ['it claims'] }, { mention: 'm0', stance: 'alleged', source: 'Caracas', cue: 'interprets' }] },
  { name: 'direct quote: words inside quotation marks are the speaker’s',
    text: 'Donald Trump spoke at his club. “We hit the dock where they load the boats,” the Republican said.',
    ents: [trump, { text: 'the Republican', ref: 'Donald Trump' }],
    mentions: [{ trigger: 'hit', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', source: 'Donald Trump', cue: 'said' }] },
  { name: 'threat reported as a warning: speaker is the source; aside inside it is the outlet’s',
    text: 'Donald Trump has been warning that, within a campaign against Caracas, which has involved the sinking of 20 boats, strikes on land would follow.',
    ents: [trump],
    mentions: [{ trigger: 'warning', event: 'THREATEN' }, { trigger: 'sinking', event: 'ASSAULT', tally: true }],
    want: [{ mention: 'm0', stance: 'asserted', source: 'Donald Trump', cue: 'warning' }, { mention: 'm1', stance: 'asserted', source: null }],
    absent: [{ mention: 'm1', source: 'Donald Trump' }] },
  { name: 'outlet and cited source in one sentence combine',
    text: 'According to CNN, US officials think the tanker carried sanctioned crude.',
    mentions: [{ trigger: 'carried', event: 'SANCTION' }],
    want: [{ mention: 'm0', stance: 'believed', source: 'US officials', conveyed_by: 'CNN' }] },
  { name: 'Spanish según and negó',
    text: 'Según EFE, la marina hundió una lancha. El ministro negó que sus tropas dispararan.',
    mentions: [{ trigger: 'hundió', event: 'ASSAULT' }, { trigger: 'dispararan', event: 'ASSAULT' }],
    want: [{ mention: 'm0', stance: 'asserted', conveyed_by: 'EFE' }, { mention: 'm1', stance: 'denied' }] },
];

function matches(c: Claim, w: Partial<Want>): boolean {
  if (w.mention !== undefined && c.mention !== w.mention) return false;
  if (w.stance !== undefined && c.stance !== w.stance) return false;
  if (w.source !== undefined && c.source !== w.source) return false;
  if (w.conveyed_by !== undefined && c.conveyed_by !== w.conveyed_by) return false;
  if (w.cue !== undefined && c.cue !== w.cue) return false;
  if (w.hedges !== undefined && JSON.stringify(c.hedges) !== JSON.stringify(w.hedges)) return false;
  return true;
}

for (const c of cases) {
  test(`claims: ${c.name}`, () => {
    const doc = withMentions(mkDoc(c.text, c.ents ?? []), c.mentions);
    doc.layers.quotes = findQuotes(doc);
    const got = findClaims(doc);
    const show = JSON.stringify(got.map((x) => [x.mention, x.stance, x.source, x.conveyed_by, x.hedges, x.cue]));
    for (const w of c.want) assert.ok(got.some((x) => matches(x, w)), `missing ${JSON.stringify(w)} in ${show}`);
    for (const a of c.absent ?? []) assert.ok(!got.some((x) => matches(x, a)), `unexpected ${JSON.stringify(a)} in ${show}`);
    for (const m of doc.layers.mentions!) assert.ok(got.some((x) => x.mention === m.id), `mention ${m.id} has a claim`);
    for (const x of got) {
      assert.equal(x.text, c.text.slice(x.start, x.end));
      assert.equal(x.reported_by, 'Test Wire');
    }
  });
}

test('claims: no mentions → no claims; missing quotes layer does not throw', () => {
  const doc = mkDoc('Nothing happened today.');
  assert.deepEqual(findClaims(doc), []);
  withMentions(doc, [{ trigger: 'happened', event: 'ASSAULT' }]);
  assert.equal(findClaims(doc).length, 1);
});

test('trailing attribution after a title or article names the source ("..., the Pentagon said.")', async () => {
  const text =
    'A navy strike destroyed a skiff near Aruba on Friday, killing two people, Defense Secretary Pete Hegseth said. ' +
    'Five people died when the military struck a second skiff on Saturday, the Pentagon said. ' +
    'The coast guard seized a freighter on Sunday, a senior US official told reporters on Tuesday.';
  const doc = annotateText(text, '2025-10-04', 'Test Wire');
  const sources = (doc.layers.claims ?? []).map((c) => c.source);
  assert.ok(sources.includes('Pete Hegseth'), JSON.stringify(sources));
  assert.ok(sources.some((s) => s === 'Department of Defense' || s === 'Pentagon'), JSON.stringify(sources));
  assert.ok(sources.some((s) => /official/.test(s ?? '')), JSON.stringify(sources));
  const quotes = (doc.layers.quotes ?? []).map((q) => q.text);
  assert.ok(!quotes.some((q) => /^on Tuesday/.test(q)), 'a time adverbial is not reported speech');
});

test('"..., the ministry said, after ..." names the source; the adverbial clause is not reported speech', async () => {
  const text = 'Police detained at least 12 demonstrators near the palace on Sunday, the interior ministry said, after some of them threw stones at officers.';
  const doc = annotateText(text, '2025-11-03', 'Test Wire');
  const arrest = (doc.layers.mentions ?? []).find((m) => m.event === 'COERCE')!;
  assert.ok(arrest, 'the arrests are a mention');
  const claim = (doc.layers.claims ?? []).find((c) => c.mention === arrest.id)!;
  assert.match(claim.source ?? '', /ministry|Interior/i);
  assert.ok(!(doc.layers.quotes ?? []).some((q) => /^after some/.test(q.text)));
});

test('", speaking on condition of anonymity" after the reporting verb describes the speakers: the clause before is what they said', () => {
  const text =
    'Four people were killed in the raid on Monday, two officials said, speaking on condition of anonymity. ' +
    'Three people died in the strike on Tuesday, a Pentagon spokesman told the newspaper, speaking on condition of anonymity. ' +
    'The navy seized a tanker on Wednesday, two Ecuadorian officials said.';
  const doc = annotateText(text, '2025-10-04', 'Test Wire');
  const quotes = (doc.layers.quotes ?? []).map((q) => q.text);
  assert.ok(!quotes.some((q) => /speaking on condition/.test(q)), JSON.stringify(quotes));
  const sourceOf = (trigger: string) => {
    const m = (doc.layers.mentions ?? []).find((x) => x.trigger.text === trigger)!;
    return (doc.layers.claims ?? []).find((c) => c.mention === m.id)?.source ?? null;
  };
  assert.equal(sourceOf('raid'), 'two anonymous officials');
  assert.equal(sourceOf('strike'), 'anonymous Pentagon spokesman');
  assert.match(sourceOf('seized') ?? '', /Ecuador/);
});
