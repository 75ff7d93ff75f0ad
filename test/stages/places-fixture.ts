// Shared by the places tests: run the places stage (or the head-name finder) on a sentence of our own.
import type { Doc, Place } from '../../src/core/types.ts';
import { tokenize } from '../../src/stages/sentences.ts';
import { placesStage } from '../../src/stages/places.ts';
import { findHeadNames } from '../../src/geo/heads.ts';

export function places(text: string): Place[] {
  const doc: Doc = { meta: { id: 't', title: null, outlet: null, url: null, language: 'en', published: null, source: null }, text, layers: {}, messages: [] };
  Object.assign(doc.layers, tokenize(text));
  placesStage.run(doc, { referenceTime: null, language: 'en' });
  return doc.layers.places!;
}

/** The head-word names ("Maple Street") the finder reads in `text`. */
export function heads(text: string): string[] {
  const { tokens } = tokenize(text);
  return findHeadNames(tokens!).map((h) => text.slice(h.start, h.end));
}
