// Builds documents with hand-made entities/times/places layers so the events tests do not depend on those stages.
import type { Actor, Doc, Entity, EntityType, Interval, Mention, Place, PlaceKind, TimeExpr, TimexType } from '../../src/core/types.ts';
import { tokenize } from '../../src/stages/sentences.ts';
import { extractMentions } from '../../src/stages/events.ts';

export type EntitySpec = [surface: string, name: string, code: string | null, sector: string | null, type?: EntityType, wikidata?: string | null];
export type TimeSpec = [surface: string, value: string, interval: Interval | null, type?: TimexType];
export type PlaceSpec = [surface: string, name: string, kind: PlaceKind, country: string | null];

export interface Layout {
  entities?: EntitySpec[];
  times?: TimeSpec[];
  places?: PlaceSpec[];
  published?: string | null;
}

/** Finds every occurrence of surface (whole-word) in text. */
function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const before = text[i - 1];
    const after = text[i + surface.length];
    if ((!before || !/\w/.test(before)) && (!after || !/\w/.test(after))) out.push(i);
  }
  return out;
}

export function buildDoc(text: string, layout: Layout = {}): Doc {
  const { sentences, tokens } = tokenize(text);
  const entities: Entity[] = [];
  for (const [surface, name, code, sector, type = 'ORG', wikidata = null] of layout.entities ?? []) {
    const actor: Actor = { name, code, sector, wikidata };
    for (const start of occurrences(text, surface)) entities.push({ start, end: start + surface.length, text: surface, type, actor, by: 'test' });
  }
  entities.sort((a, b) => a.start - b.start);
  const times: TimeExpr[] = [];
  for (const [surface, value, interval, type = 'DATE'] of layout.times ?? []) {
    for (const start of occurrences(text, surface)) times.push({ start, end: start + surface.length, text: surface, type, value, interval, by: 'test' });
  }
  times.sort((a, b) => a.start - b.start);
  const places: Place[] = [];
  for (const [surface, name, kind, country] of layout.places ?? []) {
    for (const start of occurrences(text, surface)) places.push({ start, end: start + surface.length, text: surface, name, kind, country, lat: null, lon: null, radius_km: 50, by: 'test' });
  }
  places.sort((a, b) => a.start - b.start);
  const published = layout.published === undefined ? '2025-12-30' : layout.published;
  return {
    meta: { id: 'doc_test', title: null, outlet: null, url: null, language: 'en', published, source: null },
    text,
    layers: { sentences, tokens, entities, times, places },
    messages: [],
  };
}

export function mentionsOf(text: string, layout: Layout = {}): Mention[] {
  return extractMentions(buildDoc(text, layout));
}

export const US: EntitySpec = ['United States', 'United States', 'USA', 'GOV', 'GPE', 'Q30'];
export const TRUMP: EntitySpec = ['Trump', 'Donald Trump', 'USA', 'GOV', 'PERSON', 'Q22686'];
export const VEN: EntitySpec = ['Venezuela', 'Venezuela', 'VEN', 'GOV', 'GPE', 'Q717'];
export const MADURO: EntitySpec = ['Maduro', 'Nicolás Maduro', 'VEN', 'GOV', 'PERSON', 'Q57413'];
