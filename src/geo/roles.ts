// How a text uses a place name: where something happens ("in Caracas"), an agent or metonym
// ("Washington said", "US forces", "a Venezuelan official"), or where something comes from ("from Bogotá").
import type { PlaceKind, PlaceRole, Token } from '../core/types.ts';
import { AGENT_NOUNS, LOCATION_PREPS, ORIGIN_PREPS, PASSIVE_AUX } from '../lexicons/places-roles.ts';

const ARTICLE = /^(the|el|la|los|las)$/;
const POSSESSIVE = /^['’]s?$/;
const AGENT_KINDS = new Set<PlaceKind>(['country', 'city', 'admin']);
// Verbs after a name that keep it a place ("Caracas lies", "Florida saw rain"): most verbs make it an agent.
const AGENT_ADJECTIVES = new Set(['responsible', 'ready', 'willing', 'prepared', 'determined', 'behind', 'committed', 'unwilling', 'reluctant', 'eager', 'poised', 'set', 'about', 'going', 'able', 'unable']);
const DEPART = new Set(['leave', 'left', 'depart', 'flee', 'fled', 'exit']);
const PLACE_VERBS = new Set(['lie', 'sit', 'border', 'remain', 'experience', 'see', 'suffer', 'host', 'face', 'have', 'get', 'become', 'stand']);

/** The first agent noun within two words after `j` ("US naval forces", "Venezuelan official"). */
function agentNounAfter(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== tokens[j].sentence) return false;
    if (AGENT_NOUNS.has(t.normal)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

/** Role of a demonym: people and their institutions are agents, everything else is provenance. */
export function demonymRole(tokens: Token[], i: number, j: number): PlaceRole {
  const w = tokens[j].normal;
  const people = /(ans|is|ians|ese|ers)$/.test(w) && tokens[j].pos !== 'ADJ';
  if (people || agentNounAfter(tokens, j)) return 'actor';
  const k = i > 0 && ARTICLE.test(tokens[i - 1].normal) ? i - 2 : i - 1;
  if (k >= 0 && LOCATION_PREPS.has(tokens[k].normal) && !agentNounAfter(tokens, j)) return 'location';
  return 'origin';
}

/** Role of a toponym spanning tokens i..j. */
export function toponymRole(tokens: Token[], i: number, j: number, kind: PlaceKind, embedded = false): PlaceRole {
  if (embedded) return 'actor';
  let k = i - 1;
  if (k >= 0 && ARTICLE.test(tokens[k].normal)) k--;
  const prev = k >= 0 && tokens[k].sentence === tokens[i].sentence ? tokens[k].normal : '';
  if (ORIGIN_PREPS.has(prev)) return 'origin';
  // "a boat that left Venezuela", "after departing Colombia": where it came from.
  if (k >= 0 && tokens[k].sentence === tokens[i].sentence && DEPART.has(tokens[k].lemma) && tokens[k].pos === 'VERB') return 'origin';
  if (prev === 'by' || prev === 'por') return AGENT_KINDS.has(kind) ? 'actor' : 'location';
  const next = tokens[j + 1];
  const sameSentence = next && next.sentence === tokens[j].sentence;
  // "Venezuela's government" / "US forces" / "U.S. officials"
  if (sameSentence && POSSESSIVE.test(next.text) && agentNounAfter(tokens, j + 1)) return 'actor';
  if (sameSentence && agentNounAfter(tokens, j) && AGENT_KINDS.has(kind)) return 'actor';
  if (LOCATION_PREPS.has(prev)) return 'location';
  // "the intelligence agency of the United States", "the government of Venezuela" (but "the coast of Venezuela").
  if (prev === 'of' && AGENT_KINDS.has(kind) && k >= 1 && (AGENT_NOUNS.has(tokens[k - 1].normal) || tokens[k - 1].text === ')')) return 'actor';
  // "Washington said", "the United States struck", "the United States has deployed" (but "Caracas was hit").
  if (sameSentence && AGENT_KINDS.has(kind) && (next.pos === 'VERB' || next.pos === 'AUX')) {
    const after = tokens[j + 2];
    if (PASSIVE_AUX.has(next.normal)) {
      if (!after) return 'location';
      if (after.normal.endsWith('ing') || AGENT_ADJECTIVES.has(after.normal)) return 'actor';
      return 'location';
    }
    if (next.pos === 'VERB' && PLACE_VERBS.has(next.lemma)) return 'location';
    return 'actor';
  }
  return 'location';
}
