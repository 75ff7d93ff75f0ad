// Spanish counted quantities (our own sentences): body tolls, number words, bounds, zero tolls, dates that are no counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/sentences.ts';
import { findQuantitiesEs, parseNumberEs } from '../../src/stages/quantities-es.ts';

function counts(text: string): string[] {
  const { tokens } = tokenize(text);
  return findQuantitiesEs(text, tokens, 0, tokens.length).map((f) => `${f.kind} ${f.quantity.bound} ${f.quantity.value}`);
}

const cases: [string, string[]][] = [
  ['Las fuerzas estadounidenses mataron a cuatro personas en la lancha.', ['killed exact 4']],
  ['Murieron tres tripulantes tras el impacto.', ['killed exact 3']],
  ['El bombardeo dejó 11 muertos en la embarcación.', ['killed exact 11']],
  ['Hay al menos 87 fallecidos en toda la campaña.', ['killed at_least 87']],
  ['Los ataques suman más de 100 muertos.', ['killed more_than 100']],
  ['El ataque mató a once personas y dejó dos heridos.', ['killed exact 11', 'injured exact 2']],
  ['Veintidós lanchas fueron destruidas.', ['vessels exact 22']],
  ['Treinta embarcaciones y treinta y dos muertos.', ['vessels exact 30', 'killed exact 32']],
  ['Los bombardeos han matado a al menos 87 personas en 22 bombardeos.', ['killed at_least 87', 'strikes exact 22']],
  ['Un muerto en un nuevo ataque.', ['killed exact 1']],
  ['La policía detuvo el jueves a 14 presuntos miembros de la banda.', ['arrested exact 14']],
  ['Cinco personas murieron en el hundimiento.', ['killed exact 5']],
  ['No hubo víctimas en el incidente.', ['killed exact 0']],
  ['Nadie murió en el ataque.', ['killed exact 0']],
  ['El ataque no dejó heridos.', ['injured exact 0']],
  ['Decenas de personas resultaron muertas, y hay cerca de 200 heridos.', ['killed at_least 24', 'injured about 200']],
  ['Unas 1.200 personas fueron detenidas; 300 detenidos siguen presos.', ['arrested about 1200', 'arrested exact 300']],
  ['Ya son al menos 115 las personas muertas desde septiembre.', ['killed at_least 115']],
  ['La Armada detuvo en Cartagena a seis pescadores.', ['arrested exact 6']],
  ['Desde septiembre, no menos de 115 personas han muerto.', ['killed at_least 115']],
  ['Tres personas heridas y dos desaparecidas.', ['injured exact 3', 'missing exact 2']],
  ['El 2 de septiembre atacaron una lancha con 11 personas a bordo.', []],
  ['En 1989 murieron 300 soldados panameños.', ['killed exact 300']],
  ['La marcha reunió a 5.000 personas en Caracas.', []],
  ['Desde principios de septiembre han muerto al menos 76 personas en los bombardeos.', ['killed at_least 76']],
  ['Cabello anunció la captura de tres presuntos agentes extranjeros.', ['arrested exact 3']],
  ['Se confirmó la detención de 14 tripulantes.', ['arrested exact 14']],
  ['La Armada había decomisado más de una decena de lanchas rápidas.', ['vessels more_than 10']],
  ['Media docena de detenidos fueron trasladados.', ['arrested exact 6']],
];

for (const [text, want] of cases) {
  test(`es quantities: ${text}`, () => assert.deepEqual(counts(text), want));
}

test('es numbers: words, compounds, digits with thousands dots, vague plurals', () => {
  const val = (s: string) => {
    const { tokens } = tokenize(s);
    return parseNumberEs(tokens, 0, tokens.length)?.value ?? null;
  };
  assert.equal(val('veintidós'), 22);
  assert.equal(val('treinta y cinco'), 35);
  assert.equal(val('ciento veinte'), 120);
  assert.equal(val('doscientos mil'), 200000);
  assert.equal(val('1.200'), 1200);
  assert.equal(val('miles'), 2000);
  assert.equal(val('once'), 11);
  assert.equal(val('casa'), null);
});
