import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tokenize } from '../../src/stages/sentences.ts';
import { findEntities } from '../../src/stages/entities.ts';

const SEED = new URL('../../../shared/seeds/000_8eae6e480a1c01f6.txt', import.meta.url).pathname;

test('seed report: the actors of the case', { skip: !existsSync(SEED) }, () => {
  const text = readFileSync(SEED, 'utf8');
  const es = findEntities(text, tokenize(text).tokens);
  const by = (name: string) => es.filter((e) => e.actor?.name === name);
  const cia = es.find((e) => e.text === 'CIA')!;
  assert.deepEqual([cia.actor?.wikidata, cia.actor?.code, cia.actor?.sector], ['Q37230', 'USA', 'INTEL']);
  assert.ok(by('The New York Times').length >= 3 && by('The New York Times').every((e) => e.actor?.sector === 'MED'));
  const tda = by('Tren de Aragua')[0];
  assert.deepEqual([tda.actor?.code, tda.actor?.sector], ['VEN', 'CRM']);
  assert.equal(by('Donald Trump')[0].actor?.wikidata, 'Q22686');
  const rep = es.find((e) => e.text === 'the Republican')!;
  assert.equal(rep.actor?.name, 'Donald Trump');
  assert.equal(es[rep.ref!].actor?.name, 'Donald Trump');
  const cab = by('Diosdado Cabello')[0];
  assert.deepEqual([cab.actor?.code, cab.actor?.sector], ['VEN', 'GOV']);
  assert.match(cab.actor?.role ?? '', /interior/i);
  assert.equal(by('Nicolás Maduro')[0].actor?.wikidata, 'Q57413');
  const pentagon = es.find((e) => e.text === 'Pentagon')!;
  assert.deepEqual([pentagon.actor?.code, pentagon.actor?.sector], ['USA', 'MIL']);
  const gov = es.find((e) => e.text === 'Venezuelan Government')!;
  assert.deepEqual([gov.actor?.code, gov.actor?.sector], ['VEN', 'GOV']);
  assert.equal(es.find((e) => e.text === 'Washington')?.actor?.code, 'USA');
  assert.equal(es.find((e) => e.text === 'Caracas')?.actor?.code, 'VEN');
  assert.ok(es.find((e) => e.text === 'the newspaper')?.actor?.name === 'The New York Times');
  for (const bad of ['Reaper', 'MQ-9 Reaper', 'Monday', 'Tensions']) assert.ok(!es.some((e) => e.text === bad), bad);
});
