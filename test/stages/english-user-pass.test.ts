// Gaps found in a user pass over English reports: labels after a judged thing, terrorist designations, coordinated
// dates, coordinated passives, temporal clauses, party non-confirmations, pronoun speakers. Sentences written for these tests.
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
const triggers = (d: Doc) => (d.layers.mentions ?? []).map((m) => `${m.trigger.text}:${m.event}`);

test('"called the raid \\"a clear act of aggression\\"": an accusation past the judged thing and the quotation marks', () => {
  const d = ann('Colombian troops raided a camp near the border on Monday.\n\nVenezuelan President Nicolás Maduro called the raid "a clear act of aggression" and said Caracas would complain to the United Nations.');
  const m = mention(d, 'called');
  assert.equal(m.event, 'ACCUSE');
  assert.equal(m.mode, 'disapprove');
  assert.equal(m.actor?.code, 'VEN');
  // The United Nations is where the complaint goes (the next predicate), not whom the accusation targets.
  assert.notEqual(m.recipient?.name, 'United Nations', JSON.stringify(m.recipient));
  assert.equal(m.recipient?.code, 'COL', JSON.stringify(m.recipient));
});

test('"called reporters to discuss the robbery" is no accusation: a verb between ends the search for a label', () => {
  const d = ann('The mayor called reporters to discuss the robbery at the port.');
  assert.ok(!(d.layers.mentions ?? []).some((m) => m.event === 'ACCUSE'), JSON.stringify(triggers(d)));
});

test('"designated the so-called X a terrorist organization": a SANCTION by the designating government, in its own clause', () => {
  const d = ann('Peru’s president on Tuesday denied that his party had links to smugglers, a week after Washington designated the so-called Tren de Aragua a terrorist organization.');
  const m = mention(d, 'designated');
  assert.equal(m.event, 'SANCTION');
  assert.equal(m.mode, 'discontinue');
  assert.equal(m.actor?.code, 'USA', JSON.stringify(m.actor));
  assert.equal(m.modality, 'asserted');
  assert.match(m.recipient?.text ?? '', /Tren de Aragua/);
  // A denial of ties is a statement (PLOVER codes no CAMEO 01 statement), not an event of its own.
  assert.ok(!(d.layers.mentions ?? []).some((x) => /^denied$/.test(x.trigger.text)), JSON.stringify(triggers(d)));
  // The trailing ", a week after …" dates the denial; the designation is not what was denied.
  const claims = (d.layers.claims ?? []).filter((c) => c.mention === m.id);
  assert.ok(!claims.some((c) => c.stance === 'denied'), JSON.stringify(claims));
  const q = (d.layers.quotes ?? []).find((x) => x.cue === 'denied');
  assert.equal(q?.text, 'his party had links to smugglers');
});

test('"the designation" names the listing back', () => {
  const d = ann('The State Department designated the gang a terrorist organization on Monday.\n\nCritics said the designation would change little.');
  const m = mention(d, 'designation');
  assert.equal(m.corefOf, mention(d, 'designated').id);
});

test('"on Tuesday and Wednesday": the events span both days', () => {
  const d = ann('The navy stopped two fishing boats off the coast on Tuesday and Wednesday and arrested six crew members, a spokesman said.', '2025-12-05');
  for (const t of ['stopped', 'arrested']) {
    const m = mention(d, t);
    assert.deepEqual(m.interval, { start: '2025-12-02', end: '2025-12-03', granularity: 'day' }, t);
    assert.equal(m.time?.text, 'Tuesday and Wednesday');
  }
  // The time layer keeps each date, as TIMEX3 does.
  assert.deepEqual((d.layers.times ?? []).map((t) => t.text), ['Tuesday', 'Wednesday']);
});

test('"on Monday, Dec. 1": a weekday and its date are not a coordinated pair', () => {
  const d = ann('The navy stopped a fishing boat on Monday, Dec. 1, a spokesman said.', '2025-12-05');
  assert.deepEqual(mention(d, 'stopped').interval, { start: '2025-12-01', end: '2025-12-01', granularity: 'day' });
});

test('"was flown to Panama City and released": the coordinated passive has no actor; the city is not where the attack was', () => {
  const d = ann('A fisherman who survived a Colombian attack on his skiff on Monday was flown to Panama City and released, officials said.');
  const released = mention(d, 'released');
  assert.equal(released.actor, null, JSON.stringify(released.actor));
  const attack = mention(d, 'attack');
  assert.equal(attack.actor?.code, 'COL');
  assert.ok(!/Panama/.test(attack.place?.name ?? ''), JSON.stringify(attack.place));
  assert.equal(attack.interval?.start, '2025-12-01');
});

test('"until the raids on its ports stop": a temporal clause keeps its own subject', () => {
  const d = ann('Peru froze fuel exports to Bolivia on Friday until the raids on its ports stop, the trade minister said.');
  const raids = mention(d, 'raids');
  assert.equal(raids.actor, null, JSON.stringify(raids.actor));
  const froze = mention(d, 'froze');
  assert.equal(froze.actor?.code, 'PER');
  assert.equal(froze.time?.text, 'Friday');
});

test('"a Colombian survivor of the same attack was handed over in Lima": neither Lima nor Colombia passes to the attack', () => {
  const d = ann('A drone struck a boat on Monday.\n\nA Colombian survivor of the same attack was handed over to the authorities in Lima.');
  const m = mention(d, 'drone struck');
  assert.equal(m.place, null, JSON.stringify(m.place));
  assert.notEqual(m.actor?.code, 'COL', JSON.stringify(m.actor));
});

test('"a claim Bogotá did not confirm": the claim is unconfirmed by that party', () => {
  const d = ann('Venezuela’s navy said it had sunk a smuggling boat near the border on Sunday, a claim Bogotá did not confirm.');
  const m = mention(d, 'sunk');
  const claims = (d.layers.claims ?? []).filter((c) => c.mention === m.id);
  assert.ok(claims.some((c) => c.stance === 'unverified' && /Bogot/.test(c.source ?? '')), JSON.stringify(claims));
  assert.ok(!claims.some((c) => c.stance === 'denied'), JSON.stringify(claims));
  // The appositive is the outlet's comment, not the navy's words.
  const q = (d.layers.quotes ?? []).find((x) => x.cue === 'said');
  assert.equal(q?.text, 'it had sunk a smuggling boat near the border on Sunday');
});

test('"images it said were of the wreck": "it" is the sentence’s own subject, not an organization named before', () => {
  const d = ann('The Pentagon declined to comment on the report.\n\nLocal television showed footage it said was of the wreck.');
  const q = (d.layers.quotes ?? []).find((x) => x.cue === 'said' && /wreck/.test(x.text));
  assert.ok(q, JSON.stringify(d.layers.quotes));
  assert.equal(q.speaker?.name, 'Local television', JSON.stringify(q.speaker));
});
