// Spanish time expressions (our own sentences): a set or a part of day is told by a whole word before it, not by letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from '../../src/stages/time.ts';

const REF = '2025-12-10T12:00:00Z'; // a Wednesday

function times(text: string): string[] {
  return extractTimes(text, REF, 'es').map((t) => `${t.text}=${t.value}`);
}

test('es time: a weekday after a word ending in "-cada" or "-los" is a date, not a set', () => {
  assert.deepEqual(times('La lancha fue atacada el martes.'), ['el martes=2025-12-09']);
  assert.deepEqual(times('Una embarcación fue derribada y otra abordada el lunes.'), ['el lunes=2025-12-08']);
  assert.deepEqual(times('Lo confirmó Carlos el jueves.'), ['el jueves=2025-12-04']);
});

test('es time: real sets and parts of day are still no dates', () => {
  assert.deepEqual(times('Los ataques ocurren cada lunes.'), ['cada lunes=XXXX-WXX-1']);
  assert.deepEqual(times('Patrullan los martes.'), ['los martes=XXXX-WXX-2']);
  assert.deepEqual(times('Salieron de madrugada y llegaron por la mañana.').filter((t) => t.startsWith('mañana')), []);
});

test('es time: "mañana" after a word ending in "-la" is tomorrow', () => {
  assert.deepEqual(times('Venezuela mañana presentará una queja.'), ['mañana=2025-12-11']);
});
