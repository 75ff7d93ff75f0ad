import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/sentences.ts';

test('sentences and tokens carry UTF-16 offsets that slice back to their text', () => {
  const text = 'Officials said the U.S. struck a boat. “It burned,” a witness told us.\n\nA new paragraph 😀 follows.';
  const { sentences, tokens } = tokenize(text);
  assert.equal(sentences.length, 3);
  assert.equal(text.slice(sentences[0].start, sentences[0].end), 'Officials said the U.S. struck a boat.');
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const struck = tokens.find((t) => t.text === 'struck')!;
  assert.equal(struck.lemma, 'strike');
  assert.equal(struck.sentence, 0);
  assert.equal(tokens.at(-1)!.sentence, 2);
});
