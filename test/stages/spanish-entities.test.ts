// Spanish entities (our own sentences): a country's navy as one actor, the Guardia Nacional, generic troops coded by
// the sentence's own actor, and a Venezuelan "Ministerio de Defensa" that is never the US Department of Defense.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEs } from './spanish-fixture.ts';

function entity(text: string, span: string, nth = 0) {
  const doc = annotateEs(text);
  const hits = (doc.layers.entities ?? []).filter((e) => e.text === span);
  assert.ok(hits[nth], `no entity "${span}" in ${JSON.stringify((doc.layers.entities ?? []).map((e) => e.text))}`);
  return { e: hits[nth], doc };
}

test('es entities: "la Armada de Venezuela" is one actor, the Venezuelan navy', () => {
  const { e, doc } = entity('La Armada de Venezuela retuvo a seis pescadores cerca de la península de Paraguaná.', 'Armada de Venezuela');
  assert.equal(e.actor?.name, 'Bolivarian Navy of Venezuela');
  assert.ok(!(doc.layers.entities ?? []).some((x) => x.text === 'Venezuela'), 'no separate country');
});

test('es entities: "la Armada de México" and "la Armada mexicana" are the Mexican Navy', () => {
  assert.equal(entity('Un pescador fue rescatado por la Armada de México frente a Oaxaca.', 'Armada de México').e.actor?.name, 'Mexican Navy');
  assert.equal(entity('La Armada mexicana buscó durante dos días a los desaparecidos.', 'Armada mexicana').e.actor?.code, 'MEX');
});

test('es entities: Spanish aliases of hand-written institutions ("tropas venezolanas", "Marina estadounidense")', () => {
  assert.equal(entity('Las tropas venezolanas llegaron a la frontera el martes.', 'tropas venezolanas').e.actor?.name, 'Bolivarian National Armed Forces');
  assert.equal(entity('La Marina estadounidense envió otro destructor al Caribe.', 'Marina estadounidense').e.actor?.name, 'United States Navy');
});

test('es entities: "la Guardia Nacional" in a Venezuelan story is the GNB', () => {
  const { e } = entity('En el estado Táchira, efectivos de la Guardia Nacional retuvieron un camión con combustible, dijo Maduro.', 'la Guardia Nacional');
  assert.equal(e.type, 'ORG');
  assert.equal(e.actor?.name, 'Bolivarian National Guard');
});

test('es entities: troops take the country of the actor in their sentence, not a nearby "Washington"', () => {
  const text = 'Washington volvió a acusar a Caracas de proteger a los carteles. Las tropas se movilizaron hacia la frontera por orden de Maduro. Washington no respondió.';
  assert.equal(entity(text, 'Las tropas').e.actor?.code, 'VEN');
  const text2 = 'Washington anunció nuevas sanciones. El Gobierno venezolano desplegó a los soldados en la costa de Sucre.';
  assert.equal(entity(text2, 'los soldados').e.actor?.code, 'VEN');
});

test('es entities: a "Ministerio de Defensa" in a Venezuelan story is not the US Department of Defense', () => {
  const text = 'Dos aviones estadounidenses sobrevolaron la isla de Margarita, informó el Ministerio de Defensa. Maduro pidió explicaciones a Washington.';
  const { e } = entity(text, 'el Ministerio de Defensa');
  assert.equal(e.actor?.code, 'VEN');
  assert.equal(e.actor?.name, 'Ministry of Defense of Venezuela');
});
