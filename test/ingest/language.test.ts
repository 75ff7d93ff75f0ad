import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/ingest/language.ts';

test('short Spanish sentences are told from English and Portuguese by spelling marks as well as stop words', () => {
  for (const s of ['El ejército desplegó tropas en la frontera el martes.', 'Un barco fue hundido cerca de la costa.', '¿Quién ordenó el ataque?', 'La operación terminó sin heridos.'])
    assert.equal(detectLanguage(s), 'es', s);
  for (const s of ['Os militares prenderam dois suspeitos na fronteira.', 'A polícia não confirmou as mortes.']) assert.equal(detectLanguage(s), 'pt', s);
  for (const s of ['The navy seized a tanker near the coast.', 'Officials confirmed the strike on Monday.', 'Maduro denounced the blockade.', 'Troops moved north.'])
    assert.equal(detectLanguage(s), 'en', s);
  assert.equal(detectLanguage('Die Regierung verurteilte den Angriff auf das Schiff.'), 'de');
});
