import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../src/core/types.ts';
import { tokenize } from '../../src/stages/sentences.ts';
import { findEntities } from '../../src/stages/entities.ts';

function ents(text: string): Entity[] {
  return findEntities(text, tokenize(text).tokens);
}
function one(text: string, span: string): Entity {
  const e = ents(text).find((x) => x.text === span);
  assert.ok(e, `no entity "${span}" in: ${JSON.stringify(ents(text).map((x) => x.text))}`);
  return e;
}

test('acronym and full name map to the same actor with its Wikidata id', () => {
  const text = 'The Central Intelligence Agency briefed senators, and a CIA spokesperson declined to comment.';
  for (const span of ['Central Intelligence Agency', 'CIA']) {
    const e = one(text, span);
    assert.deepEqual([e.actor?.code, e.actor?.sector, e.actor?.wikidata, e.by], ['USA', 'INTEL', 'Q37230', 'lexicon']);
  }
});

test('short acronyms are case-sensitive', () => {
  assert.equal(ents('Tell us what the cia and ap said about it.').filter((e) => e.actor).length, 0);
  assert.equal(one('Reporters for AP filed the story.', 'AP').actor?.name, 'Associated Press');
});

test('"the United States" is the USA, span without the article', () => {
  const e = one('Officials in the United States reacted quickly.', 'United States');
  assert.deepEqual([e.type, e.actor?.code, e.actor?.wikidata], ['GPE', 'USA', 'Q30']);
});

test('collective actors: US officials, Venezuelan authorities, the US military', () => {
  assert.deepEqual([one('US officials said the plan was ready.', 'US officials').actor?.sector], ['GOV']);
  const v = one('Venezuelan authorities rejected the claim.', 'Venezuelan authorities');
  assert.deepEqual([v.actor?.code, v.actor?.sector], ['VEN', 'GOV']);
  const m = one('The US military moved three ships.', 'US military');
  assert.deepEqual([m.actor?.code, m.actor?.sector], ['USA', 'MIL']);
  const c = one('Colombian lawmakers asked for a debate.', 'Colombian lawmakers');
  assert.deepEqual([c.actor?.code, c.actor?.sector], ['COL', 'LEG']);
});

test('possessives match the name', () => {
  const e = one('Trump’s envoy arrived late.', 'Trump');
  assert.equal(e.actor?.wikidata, 'Q22686');
  assert.equal(one("Maduro's allies gathered.", 'Maduro').actor?.name, 'Nicolás Maduro');
});

test('accent-insensitive matching', () => {
  assert.equal(one('Nicolas Maduro spoke on television.', 'Nicolas Maduro').actor?.wikidata, 'Q57413');
  assert.equal(one('Yvan Gil answered the note.', 'Yvan Gil').actor?.name, 'Yván Gil');
});

test('Spanish aliases', () => {
  assert.equal(one('La Casa Blanca no respondió.', 'Casa Blanca').actor?.name, 'White House');
  assert.equal(one('El Departamento de Estado emitió una alerta.', 'Departamento de Estado').actor?.name, 'State Department');
  assert.equal(one('Estados Unidos desplegó buques.', 'Estados Unidos').actor?.code, 'USA');
  assert.equal(one('Las tensiones con EE.UU. crecen.', 'EE.UU.').actor?.code, 'USA');
  assert.equal(one('El Pentágono confirmó la cifra.', 'Pentágono').actor?.sector, 'MIL');
});

test('a surname alone matches a known full name; another first name does not', () => {
  assert.equal(one('Cabello spoke for two hours.', 'Cabello').actor?.name, 'Diosdado Cabello');
  const es = ents('Ivanka Trump visited the school.');
  assert.ok(!es.some((e) => e.actor?.name === 'Donald Trump'));
  assert.ok(es.some((e) => e.text === 'Ivanka Trump' && e.type === 'PERSON'));
});

test('a shared surname resolves to the person named earlier', () => {
  const es = ents('Jorge Rodríguez opened the session. Later Rodríguez closed it.');
  assert.equal(es.find((e) => e.text === 'Rodríguez')?.actor?.name, 'Jorge Rodríguez');
});

test('"the Republican" resolves to the last Republican person', () => {
  const text = 'Donald Trump spoke in Ohio. Reporters asked the Republican about the ships.';
  const es = ents(text);
  const r = es.find((e) => e.text === 'the Republican')!;
  assert.equal(r.by, 'role');
  assert.equal(r.actor?.name, 'Donald Trump');
  assert.equal(es[r.ref!].text, 'Donald Trump');
});

test('"the newspaper" resolves to the last outlet', () => {
  const es = ents('The Washington Post reported the move. According to the newspaper, two ships left.');
  const r = es.find((e) => e.text === 'the newspaper')!;
  assert.equal(r.by, 'coref');
  assert.equal(r.actor?.name, 'The Washington Post');
  assert.equal(r.actor?.sector, 'MED');
});

test('"the agency" resolves to the last agency', () => {
  const es = ents('Reuters was first with the story. The DEA seized the cargo, the agency said.');
  assert.equal(es.find((e) => e.text === 'the agency')?.actor?.name, 'Drug Enforcement Administration');
});

test('"the agency" without an antecedent is not guessed from the context country (CIA, DEA, USAID...)', () => {
  const es = ents('The United States struck again. Three people died, according to the agency.');
  assert.equal(es.find((e) => e.text === 'the agency'), undefined);
  // One institution of its kind per country is still found: "the navy" in a Colombian story.
  const co = ents('Colombian officials met in Bogota. Later the navy seized a speedboat.');
  assert.equal(co.find((e) => e.text === 'the navy')?.actor?.name, 'Colombian Navy');
});

test('role lexicon: "the Venezuelan interior minister" without an antecedent', () => {
  const e = one('The Venezuelan interior minister called it a provocation.', 'The Venezuelan interior minister');
  assert.deepEqual([e.actor?.name, e.actor?.code, e.by, e.ref], ['Diosdado Cabello', 'VEN', 'role', null]);
});

test('"the interior minister" refers back to the person with that role', () => {
  const es = ents('Diosdado Cabello held a rally. Later the interior minister read a statement.');
  const r = es.find((e) => e.text === 'the interior minister')!;
  assert.equal(r.actor?.name, 'Diosdado Cabello');
  assert.equal(es[r.ref!].text, 'Diosdado Cabello');
});

test('apposition gives one PERSON with its role', () => {
  const es = ents('The Minister of Defense, Vladimir Padrino López, ordered exercises.');
  const p = es.filter((e) => e.type === 'PERSON');
  assert.equal(p.length, 1);
  assert.equal(p[0].text, 'Minister of Defense, Vladimir Padrino López');
  assert.deepEqual([p[0].actor?.code, p[0].actor?.sector, p[0].actor?.role], ['VEN', 'MIL', 'Minister of Defense']);
});

test('"the president" is the last-mentioned president', () => {
  const es = ents('Trump called Gustavo Petro a drug leader. The president replied on social media.');
  assert.equal(es.find((e) => e.text === 'The president')?.actor?.name, 'Gustavo Petro');
});

test('capital metonyms are actors when they act, places otherwise', () => {
  assert.equal(one('Caracas rejected the accusation.', 'Caracas').actor?.code, 'VEN');
  assert.equal(one('Protesters marched in Caracas.', 'Caracas').actor, null);
  const w = one('Washington says the boats carried drugs.', 'Washington');
  assert.deepEqual([w.actor?.code, w.actor?.sector], ['USA', 'GOV']);
});

test('administrations and governments named after leaders', () => {
  const t = one('The Trump administration announced new sanctions.', 'Trump administration');
  assert.deepEqual([t.type, t.actor?.code, t.actor?.sector], ['ORG', 'USA', 'GOV']);
  const m = one('The Maduro government denied it.', 'Maduro government');
  assert.deepEqual([m.type, m.actor?.code, m.actor?.name], ['ORG', 'VEN', 'Venezuelan Government']);
  assert.equal(one('Pressure on the Government of Nicolás Maduro grew.', 'Government of Nicolás Maduro').actor?.code, 'VEN');
});

test('negatives: weekdays, months, equipment models and sentence-initial words', () => {
  const es = ents('On Monday, the Navy flew MQ-9 Reaper drones. Tensions rose in December.');
  const texts = es.map((e) => e.text);
  for (const bad of ['Monday', 'Reaper', 'MQ-9 Reaper', 'Tensions', 'December']) assert.ok(!texts.includes(bad), `${bad} in ${texts}`);
  assert.ok(texts.includes('Navy'));
});

test('unknown proper nouns: titles make persons, a demonym gives a code', () => {
  const p = one('Mr. Carlos Pereira refused to answer.', 'Carlos Pereira');
  assert.deepEqual([p.type, p.by, p.actor], ['PERSON', 'propn-run', null]);
  const v = one('Venezuelan lawmaker Ana Salcedo denounced the arrests.', 'Ana Salcedo');
  assert.deepEqual([v.type, v.actor?.code, v.actor?.sector], ['PERSON', 'VEN', 'LEG']);
  assert.equal(one('A tanker owned by Llanos Shipping Company sailed.', 'Llanos Shipping Company').type, 'ORG');
  assert.equal(one('Police blamed the Los Pepes Cartel for the attack.', 'Los Pepes Cartel').type, 'GROUP');
});

test('armed groups and cartels', () => {
  const t = one('Members of Tren de Aragua were arrested.', 'Tren de Aragua');
  assert.deepEqual([t.type, t.actor?.code, t.actor?.sector], ['GROUP', 'VEN', 'CRM']);
  assert.equal(one('The Cártel de los Soles was designated.', 'Cártel de los Soles').actor?.name, 'Cartel de los Soles');
  assert.equal(one('The CJNG and the Sinaloa Cartel fought.', 'CJNG').actor?.code, 'MEX');
  assert.equal(one('Hezbollah fired rockets.', 'Hezbollah').actor?.wikidata, 'Q41053');
  assert.equal(one('The ELN released two hostages.', 'ELN').actor?.sector, 'REB');
});

test('international organisations and outlets', () => {
  assert.deepEqual([one('The OAS met on Friday.', 'OAS').actor?.code], ['IGO']);
  assert.equal(one('La ONU pidió calma.', 'ONU').actor?.wikidata, 'Q1065');
  assert.equal(one('She told The New York Times that she would run.', 'New York Times').actor?.wikidata, 'Q9684');
  assert.equal(one('El País published the letter.', 'El País').actor?.sector, 'MED');
  assert.equal(one('The EU called for restraint.', 'EU').actor?.wikidata, 'Q458');
});

test('every entity slices back to its text and output is deterministic', () => {
  const text = 'Marco Rubio met María Corina Machado in Panama. The secretary of state praised the opposition leader, said Reuters.';
  const a = ents(text);
  for (const e of a) assert.equal(text.slice(e.start, e.end), e.text);
  assert.deepEqual(a, ents(text));
  assert.equal(a.find((e) => e.text === 'The secretary of state')?.actor?.name, 'Marco Rubio');
  assert.equal(a.find((e) => e.text === 'the opposition leader')?.actor?.name, 'María Corina Machado');
});

test('Spanish role description resolves through the role lexicon', () => {
  const es = ents('Diosdado Cabello habló el lunes. Después, el ministro del Interior acusó a Washington.');
  assert.equal(es.find((e) => e.text === 'el ministro del Interior')?.actor?.name, 'Diosdado Cabello');
});

test('US commands and services', () => {
  assert.equal(one('Southern Command announced the strike.', 'Southern Command').actor?.sector, 'MIL');
  assert.equal(one('SOUTHCOM posted a video.', 'SOUTHCOM').actor?.name, 'United States Southern Command');
  assert.equal(one('The Coast Guard intercepted a tanker.', 'Coast Guard').actor?.wikidata, 'Q11224');
  assert.equal(one('OFAC listed six firms.', 'OFAC').actor?.code, 'USA');
});

test('seats and palaces stand for governments', () => {
  assert.equal(one('The Kremlin warned against escalation.', 'Kremlin').actor?.code, 'RUS');
  assert.equal(one('Miraflores issued a statement.', 'Miraflores').actor?.name, 'Venezuelan Government');
});

test('regions are entities without actors', () => {
  const e = one('Warships patrol the Caribbean.', 'Caribbean');
  assert.deepEqual([e.type, e.actor], ['LOC', null]);
});

test('"the Maduro government" keeps the leader as a nested entity', () => {
  const es = ents('Sanctions on the Maduro government were extended.');
  assert.ok(es.some((e) => e.text === 'Maduro' && e.actor?.name === 'Nicolás Maduro'));
  assert.ok(es.some((e) => e.text === 'Maduro government' && e.type === 'ORG'));
});
