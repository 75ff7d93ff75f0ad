import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorLexicon, findActor } from '../../src/stages/entities.ts';
import { tokenize } from '../../src/stages/sentences.ts';
import { findEntities } from '../../src/stages/entities.ts';

test('the lexicon is large and well-formed', () => {
  const lex = actorLexicon();
  assert.ok(lex.length >= 2000, `only ${lex.length} entries`);
  for (const e of lex) {
    if (e.wikidata) assert.match(e.wikidata, /^Q\d+$/, e.name);
    if (e.code) assert.match(e.code, /^([A-Z]{3}|IGO)$/, e.name);
  }
  const names = lex.filter((e) => e.type !== 'GPE').map((e) => e.name);
  assert.equal(new Set(names).size, names.length, 'duplicate names');
});

test('findActor looks up any alias', () => {
  assert.deepEqual([findActor('Pentagon')?.sector, findActor('Pentagon')?.wikidata], ['MIL', 'Q11209']);
  assert.equal(findActor('Department of War')?.name, 'Department of Defense');
  assert.equal(findActor('Naciones Unidas')?.code, 'IGO');
  assert.equal(findActor('Trump’s')?.wikidata, 'Q22686');
  assert.equal(findActor('the United States')?.wikidata, 'Q30');
  assert.equal(findActor('Nothing Like This Inc'), null);
});

test('every country is a GPE actor; the relevant ones carry Wikidata ids', () => {
  assert.equal(findActor('Colombia')?.wikidata, 'Q739');
  assert.equal(findActor('Trinidad and Tobago')?.wikidata, 'Q754');
  const bhutan = findActor('Bhutan');
  assert.deepEqual([bhutan?.code, bhutan?.sector, bhutan?.wikidata], ['BTN', 'GOV', 'Q917']);
  assert.ok(actorLexicon().filter((e) => e.type === 'GPE' && !e.metonym && !e.noActor).length >= 240);
});

// Its speed is in bench/README.md (pipeline stages); here: repeated calls over a long text give the same entities.
test('entities stage is deterministic across repeated calls', () => {
  const text = 'The Pentagon said US forces struck a boat. Venezuelan authorities and Caracas denied it, while Petro criticised Washington. '.repeat(8);
  const { tokens } = tokenize(text);
  const first = JSON.stringify(findEntities(text, tokens));
  for (let i = 0; i < 5; i++) assert.equal(JSON.stringify(findEntities(text, tokens)), first);
  assert.ok(findEntities(text, tokens).length >= 8 * 4);
});
