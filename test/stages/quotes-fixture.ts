// Hand-built documents for the quotes and claims tests: tokens from tokenize() plus hand-written entities/mentions.
import { tokenize } from '../../src/stages/sentences.ts';
import type { Doc, Entity, EntityType, Mention, PloverCategory } from '../../src/core/types.ts';

export interface EntSpec {
  text: string;
  type?: EntityType;
  /** Actor name (actor omitted when undefined). */
  actor?: string;
  sector?: string;
  /** Text of the entity this one refers to (role descriptions, pronouns). */
  ref?: string;
  nth?: number;
  by?: string;
}

function find(text: string, s: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`fixture: "${s}" #${nth} not in text`);
  }
  return at;
}

export function mkDoc(text: string, ents: EntSpec[] = [], outlet: string | null = 'Test Wire'): Doc {
  const { sentences, tokens } = tokenize(text);
  const entities: Entity[] = ents.map((e) => {
    const start = find(text, e.text, e.nth ?? 0);
    return {
      start, end: start + e.text.length, text: e.text, type: e.type ?? 'PERSON',
      actor: e.actor ? { name: e.actor, code: null, sector: e.sector ?? null, wikidata: null } : null,
      by: e.by ?? (e.ref ? 'role' : 'lexicon'), ref: null,
    };
  });
  ents.forEach((e, i) => {
    if (e.ref) entities[i].ref = ents.findIndex((o) => o.text === e.ref);
  });
  return {
    meta: { id: 'doc_test', title: null, outlet, url: null, language: 'en', published: '2025-12-30', source: null },
    text, layers: { sentences, tokens, entities }, messages: [],
  };
}

export interface MenSpec {
  trigger: string;
  event: PloverCategory;
  /** Span text (defaults to the trigger). */
  span?: string;
  nth?: number;
  corefOf?: string | null;
  tally?: boolean;
  actor?: string;
}

export function withMentions(doc: Doc, specs: MenSpec[]): Doc {
  const toks = doc.layers.tokens!;
  doc.layers.mentions = specs.map((m, i): Mention => {
    const ts = find(doc.text, m.trigger, m.nth ?? 0);
    const ss = m.span ? find(doc.text, m.span, 0) : ts;
    const se = m.span ? ss + m.span.length : ts + m.trigger.length;
    const sentence = toks.find((t) => t.start >= ts)!.sentence;
    return {
      id: `m${i}`, start: ss, end: se, text: doc.text.slice(ss, se), event: m.event, mode: null, modality: 'asserted',
      trigger: { start: ts, end: ts + m.trigger.length, text: m.trigger },
      actor: m.actor ? { start: 0, end: 0, text: m.actor, name: m.actor, code: null, sector: null, wikidata: null } : null,
      recipient: null, time: null, interval: null, intervalBy: 'unresolved', place: null, quantities: {}, context: [],
      tally: m.tally ?? false, corefOf: m.corefOf ?? null, sentence,
    };
  });
  return doc;
}
