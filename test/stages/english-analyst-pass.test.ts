// An analyst's pass over the English path: datelines, trailing attributions, relative clauses, passives, ranges,
// corrected tolls, campaign totals, rejections, coordinated objects, relayed reports. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Mention } from '../../src/core/types.ts';
import { annotateText } from './pipeline-fixture.ts';

const ann = (text: string, published = '2025-12-03', outlet: string | null = 'Test Wire'): Doc => annotateText(text, published, outlet);
const mention = (d: Doc, trigger: string): Mention => {
  const m = (d.layers.mentions ?? []).find((x) => x.trigger.text === trigger);
  assert.ok(m, `no mention "${trigger}" in ${JSON.stringify((d.layers.mentions ?? []).map((x) => x.trigger.text))}`);
  return m;
};
const claimsOf = (d: Doc, m: Mention) => (d.layers.claims ?? []).filter((c) => c.mention === m.id);

test('dateline: its date and city are not the event’s, and no speaker said it', () => {
  const d = ann('PORT HARBOR, Dec. 3 (Test Wire) — A navy drone destroyed a fishing skiff in the Caribbean on Tuesday, the ministry said.');
  const m = mention(d, 'destroyed');
  assert.equal(m.interval?.start, '2025-12-02');
  assert.equal(m.place?.name, 'Caribbean');
  assert.ok(!m.text.startsWith('PORT HARBOR'), m.text);
  const q = (d.layers.quotes ?? []).find((x) => x.cue === 'said');
  assert.ok(q && q.text.startsWith('A navy drone'), q?.text);
});

test('trailing "said in a statement" / "told X on condition of anonymity": the clause before is what was said', () => {
  const d = ann('The Colombian navy detained four men near Tumaco on Saturday, the navy said in a statement.\n\nUS forces boarded a tanker off Aruba on Monday, two officials told Test Wire on condition of anonymity.');
  const quotes = d.layers.quotes ?? [];
  assert.ok(quotes.some((q) => q.text.startsWith('The Colombian navy detained')), JSON.stringify(quotes.map((q) => q.text)));
  assert.ok(quotes.some((q) => q.text.startsWith('US forces boarded')), JSON.stringify(quotes.map((q) => q.text)));
  assert.ok(!quotes.some((q) => /^(?:in a statement|on condition of anonymity)$/.test(q.text)));
  const detained = mention(d, 'detained');
  assert.ok(claimsOf(d, detained).some((c) => c.source === 'Colombian Navy'), JSON.stringify(claimsOf(d, detained)));
});

test('a cue coordinated after a quotation belongs to the subject before it', () => {
  const d = ann('Foreign Minister Yván Gil called the boarding "a theft at sea" and said the government would appeal to the courts.');
  const q = (d.layers.quotes ?? []).find((x) => x.direct);
  assert.ok(q?.speaker && /Gil/.test(q.speaker.name), JSON.stringify(q?.speaker));
});

test('possessive speakers: "their relatives said", "according to its interior ministry"', () => {
  const d = ann('Three deckhands were killed near the coast last week, their relatives said.\n\nPeru flew 30 citizens home on Sunday, according to its interior ministry.');
  const killed = mention(d, 'killed');
  assert.ok(claimsOf(d, killed).some((c) => c.source === 'relatives'), JSON.stringify(claimsOf(d, killed)));
  const quotes = d.layers.quotes ?? [];
  assert.ok(quotes.some((q) => q.cue === 'according to' && /interior ministry/.test(q.speaker?.name ?? '')), JSON.stringify(quotes.map((q) => q.speaker)));
});

test('relative clause: "X, which left Y on Sunday, was struck" — Y is no actor, Sunday no date of the strike', () => {
  const d = ann('The launch, which had sailed from Colombia on Sunday, was struck near the Guajira coast.');
  const m = mention(d, 'struck');
  assert.equal(m.actor, null);
  assert.notEqual(m.interval?.start, '2025-11-30');
});

test('passive: the subject is the patient, not the actor', () => {
  const d = ann('Two Grenadian sailors were reportedly among those killed, officials said.');
  const m = mention(d, 'killed');
  assert.equal(m.actor, null);
  assert.equal(m.recipient?.code, 'GRD');
});

test('"a second strike" is an ordinal, not a one-second duration; "a second later" still is', () => {
  const d = ann('The admiral ordered a second strike on the boat. A second later the hull burst.');
  const times = (d.layers.times ?? []).map((t) => t.text);
  assert.ok(!times.includes('a second'), JSON.stringify(times));
});

test('"between 10 and 12 strikes": a range whose sure part is at least 10', () => {
  const d = ann('Between 10 and 12 strikes have been launched in the area since September, according to a tally by Test Wire.');
  const m = mention(d, 'strikes');
  assert.equal(m.quantities.strikes?.value, 10);
  assert.equal(m.quantities.strikes?.bound, 'at_least');
  assert.match(m.quantities.strikes?.text ?? '', /^Between 10 and 12/);
});

test('corrected toll: "the number of people killed … revised to three, down from five"', () => {
  const d = ann('The number of people killed in Monday’s strike on a skiff has been revised to three, down from five, officials said.');
  const m = mention(d, 'strike');
  assert.equal(m.quantities.killed?.value, 3);
});

test('"the strikes bring the death toll from the campaign to at least 60": a campaign tally, not the last strike', () => {
  const d = ann('US forces struck two boats on Monday, killing six people.\n\nThe strikes bring the death toll from the campaign to at least 60.', '2025-10-29');
  const t = mention(d, 'strikes');
  assert.equal(t.corefOf, null);
  assert.equal(t.tally, true);
  assert.equal(t.quantities.killed?.value, 60);
  assert.equal(mention(d, 'struck').quantities.killed?.value, 6);
});

test('"rejected the sanctions as illegal" opposes them, it does not deny they were imposed; "rejected reports that" denies', () => {
  const d = ann('Washington imposed sanctions on two refineries on Friday.\n\nCaracas rejected the sanctions as illegal.', '2025-12-06');
  const first = (d.layers.mentions ?? [])[0];
  assert.ok(!(d.layers.claims ?? []).some((c) => c.mention === first.id && c.stance === 'denied'), JSON.stringify(d.layers.claims));
  const d2 = ann('The navy rejected reports that it had fired on a fishing boat.', '2025-12-06');
  assert.ok((d2.layers.claims ?? []).some((c) => c.stance === 'denied'), JSON.stringify(d2.layers.claims));
});

test('a definite anaphor names back the event of the same word', () => {
  const d = ann('The Treasury imposed sanctions on a shipping firm on Thursday. The measures freeze its assets in the US. Caracas rejected the sanctions.', '2025-12-12');
  const again = (d.layers.mentions ?? []).filter((m) => m.trigger.text === 'sanctions')[1];
  assert.equal(again?.corefOf, (d.layers.mentions ?? [])[0].id);
});

test('"shot down a drone" is an attack even when the tagger reads "shot" as a noun', () => {
  const d = ann('Venezuela shot down a surveillance drone over Zulia on Sunday.', '2025-11-10');
  const m = mention(d, 'shot down');
  assert.equal(m.event, 'ASSAULT');
  assert.equal(m.actor?.code, 'VEN');
});

test('coordinated objects of a proposal are both unreal; so is a "while" clause under "would"', () => {
  const d = ann('Mexico has proposed a truce and direct talks between the two governments.\n\nThe plan would pause all raids while envoys meet in Havana.', '2025-12-05');
  assert.equal(mention(d, 'talks').modality, 'hypothetical');
  assert.equal(mention(d, 'meet').modality, 'hypothetical');
});

test('", analysts warned": the warning is the analysts’, not the state named inside it', () => {
  const d = ann('If the talks fail, the United States could bomb targets on land, analysts warned.', '2025-12-05');
  const w = (d.layers.mentions ?? []).find((m) => m.trigger.text === 'warned');
  assert.ok(!w || w.actor?.code !== 'USA', JSON.stringify(w?.actor));
});

test('"suspended intelligence sharing" is a discontinuation', () => {
  const d = ann('Peru suspended intelligence sharing with Chile on Tuesday.', '2025-11-12');
  assert.equal(mention(d, 'suspended').event, 'SANCTION');
});

test('"as first reported by X": the outlet relays the report', () => {
  const d = ann('The ministry confirmed on Monday that a drone struck the depot, as first reported by The Washington Post.', '2025-12-02');
  const m = mention(d, 'drone struck');
  assert.ok(claimsOf(d, m).some((c) => c.conveyed_by === 'The Washington Post' || c.conveyed_by === 'Washington Post'), JSON.stringify(claimsOf(d, m)));
});

test('"Sept." in a date is no proper name', () => {
  const d = ann('The raid took place on Sept. 2 near the island.', '2025-12-02');
  assert.ok(!(d.layers.entities ?? []).some((e) => e.text === 'Sept.'));
});
