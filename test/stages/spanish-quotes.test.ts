// Spanish quotes and attribution (our own sentences): an inverted reporting clause after a conditional, anonymous
// sources, and the speaker's own act after an accusation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEs } from './spanish-fixture.ts';

test('es quotes: "Si …, Venezuela respondería …, advirtió Cabello" quotes the clause, spoken by Cabello', () => {
  const doc = annotateEs('Si los marines desembarcan en la costa, Venezuela se defenderá con todo, advirtió Diosdado Cabello.');
  const q = (doc.layers.quotes ?? []).find((x) => x.cue === 'advirtió');
  assert.ok(q, JSON.stringify(doc.layers.quotes));
  assert.equal(q.text, 'Si los marines desembarcan en la costa, Venezuela se defenderá con todo');
  assert.equal(q.speaker?.name, 'Diosdado Cabello');
});

test('es quotes: an appositive or relative clause before ", cue" keeps the subject as speaker', () => {
  const doc = annotateEs('Dos funcionarios estadounidenses, que pidieron no ser identificados, confirmaron la operación.');
  const q = (doc.layers.quotes ?? []).find((x) => x.cue === 'confirmaron');
  assert.ok(q);
  assert.equal(q.speaker?.name, 'US officials');
});

test('es claims: "fuentes anónimas del Departamento de Defensa" are anonymous sources of the Pentagon', () => {
  const doc = annotateEs('Según fuentes anónimas del Departamento de Defensa, los aviones bombardearon un campamento en Zulia.');
  const q = (doc.layers.quotes ?? []).find((x) => x.cue === 'según');
  assert.equal(q?.speaker?.actor?.name, 'Department of Defense');
  const claim = (doc.layers.claims ?? []).find((c) => c.cue === 'según');
  assert.equal(claim?.source, 'anonymous fuentes del Departamento de Defensa');
});

test('es claims: "funcionarios … que pidieron el anonimato" are anonymous', () => {
  const doc = annotateEs('Una lancha fue hundida el domingo frente a Sucre, según funcionarios del Pentágono que pidieron el anonimato.');
  assert.ok((doc.layers.claims ?? []).some((c) => c.cue === 'según' && c.source === 'anonymous funcionarios del Pentágono'), JSON.stringify(doc.layers.claims));
  const doc2 = annotateEs('Tres funcionarios venezolanos, que hablaron bajo anonimato, dijeron que la Armada estadounidense atacó el buque.');
  assert.ok((doc2.layers.claims ?? []).some((c) => c.source?.startsWith('anonymous')), JSON.stringify(doc2.layers.claims));
});

test('es claims: "acusó a X de … y ordenó …": the order is the speaker\'s own act, asserted', () => {
  const doc = annotateEs('Petro acusó a Washington de asesinar a pescadores y ordenó el despliegue de dos fragatas en el Caribe.');
  const q = (doc.layers.quotes ?? []).find((x) => x.cue === 'acusó');
  assert.equal(q?.text, 'a Washington de asesinar a pescadores');
  const m = (doc.layers.mentions ?? []).find((x) => x.trigger.text === 'despliegue');
  assert.ok(m, JSON.stringify(doc.layers.mentions));
  const claims = (doc.layers.claims ?? []).filter((c) => c.mention === m.id);
  assert.ok(claims.length && claims.every((c) => c.stance === 'asserted' && c.cue !== 'acusó'), JSON.stringify(claims));
});

test('es quotes: a finite verb inside a "que" clause stays in the reported clause', () => {
  const doc = annotateEs('Cabello dijo que los aviones atacaron la lancha y mataron a tres pescadores.');
  const q = (doc.layers.quotes ?? []).find((x) => x.cue === 'dijo');
  assert.equal(q?.text, 'los aviones atacaron la lancha y mataron a tres pescadores');
});
