// Who does what to whom: actor and recipient of a trigger, from entities and noun phrases of its clause.
import type { ActorRef, Doc, Entity, Token } from '../core/types.ts';
import { countryOfDemonym } from '../geo/lookup.ts';
import { POSSESSIVE, TEMPORAL, type Clause } from './events-clauses.ts';
import { afterJoinedHyphen } from './events-triggers.ts';

export interface DocIndex {
  doc: Doc;
  tokens: Token[];
  entities: Entity[];
  /** Token index → entity index (-1 when none). */
  entityAt: Int32Array;
  /** Token index → true when inside a time expression. */
  inTime: Uint8Array;
}

const REPORTING = new Set(['say', 'tell', 'report', 'confirm', 'claim', 'add', 'state', 'announce', 'believe', 'indicate', 'note', 'reveal', 'write', 'explain', 'insist', 'argue', 'acknowledge', 'suggest', 'accord']);
const OWNER_CUES = new Set(['use', 'operate', 'run', 'own', 'control', 'belong', 'linked', 'link', 'tie', 'associate']);
/** Between an anaphor's actor and the anaphor: "X carried out the attack", "X was responsible for the attack". */
const GOVERNING = new Set(['carry', 'out', 'conduct', 'launch', 'claim', 'responsibility', 'for', 'responsible', 'behind', 'order', 'stage', 'mount', 'be', 'have', 'the', 'this', 'that', 'a', 'an', 'last', 'week', "'s"]);

export function actorRefOf(ix: DocIndex, ei: number): ActorRef | null {
  const e = ix.entities[ei];
  const a = e.actor ?? (e.ref != null && ix.entities[e.ref] ? ix.entities[e.ref].actor : null);
  if (!a) return null;
  return { start: e.start, end: e.end, text: e.text, name: a.name, code: a.code, sector: a.sector, wikidata: a.wikidata };
}

function entityStartTok(ix: DocIndex, j: number): number {
  const ei = ix.entityAt[j];
  while (j > 0 && ix.entityAt[j - 1] === ei) j--;
  return j;
}

/** True when the entity ending at token j sits in a prepositional phrase ("of the United States", "against Maduro"). */
function inPrepPhrase(ix: DocIndex, startTok: number, from: number): boolean {
  for (let k = startTok - 1; k >= from; k--) {
    const t = ix.tokens[k];
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    // "a day after Washington designated …": the subordinator that opens the clause is no preposition of its subject.
    if (k === from && TEMPORAL.has(t.normal)) return false;
    return t.pos === 'ADP' || t.normal === 'to';
  }
  return false;
}

/** Reporting verbs whose noun object is the event itself: "announced a blockade", "declared a curfew". */
const PERFORMATIVE = new Set(['announce', 'declare', 'proclaim', 'unveil']);

/** The subject whose verb is a reporting verb ("Maduro said ...") is a source, not an actor;
 * unless the verb is performative and its object is the nominal trigger at `objectAt`. */
function isReportingSubject(ix: DocIndex, endTok: number, to: number, objectAt: number): boolean {
  for (let k = endTok + 1; k < Math.min(to, endTok + 4); k++) {
    const t = ix.tokens[k];
    if (t.pos === 'VERB') return REPORTING.has(t.lemma) && !(PERFORMATIVE.has(t.lemma) && k < objectAt);
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PROPN' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** Nearest preceding subject-like actor entity in [from, i); `nominal` when i is a noun trigger in the same clause. */
export function subjectBefore(ix: DocIndex, from: number, i: number, strictAnaphor: boolean, nominal = false): ActorRef | null {
  for (let j = i - 1; j >= from; j--) {
    const ei = ix.entityAt[j];
    if (ei < 0) {
      if (strictAnaphor && !GOVERNING.has(ix.tokens[j].lemma) && !GOVERNING.has(ix.tokens[j].normal) && ix.tokens[j].pos !== 'AUX' && ix.tokens[j].pos !== 'ADV') return null;
      continue;
    }
    const s = entityStartTok(ix, j);
    const ref = actorRefOf(ix, ei);
    if (ref && !inPrepPhrase(ix, s, from) && !isReportingSubject(ix, j, ix.tokens.length, nominal ? i : -1)) return ref;
    if (strictAnaphor) return null;
    j = s;
  }
  return null;
}

/** "Trump's announcement of a blockade", "the US's seizure": the possessor of a nominal trigger. */
export function possessorOf(ix: DocIndex, from: number, i: number): ActorRef | null {
  let crossedOf = false;
  for (let j = i - 1; j >= Math.max(from, i - 6); j--) {
    const t = ix.tokens[j];
    if (t.normal === "'s" || t.normal === '’s' || t.normal === "'") {
      const ei = j > 0 ? ix.entityAt[j - 1] : -1;
      return ei >= 0 ? actorRefOf(ix, ei) : null;
    }
    if (t.pos === 'PRON' && ix.entityAt[j] >= 0) return actorRefOf(ix, ix.entityAt[j]);
    // "under US sanctions", "an American strike": an acronym or a demonym modifying the trigger is whose it is
    // (a full name is often the target instead: "the Venezuela blockade", "Iran sanctions").
    const ei = ix.entityAt[j];
    if (ei >= 0) {
      const e = ix.entities[ei];
      const text = ix.doc.text.slice(e.start, e.end);
      // "a Colombian survivor of the attack": past "of", the demonym modifies another noun, not the trigger.
      return !crossedOf && (e.type === 'NORP' || /^[A-Z](?:\.?[A-Z])+\.?$/.test(text)) && e.actor?.code ? actorRefOf(ix, ei) : null;
    }
    if (t.normal === 'of') crossedOf = true;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.normal === 'of' || t.pos === 'PUNCT' && t.text === '-') continue;
    return null;
  }
  return null;
}

/** Passive "was seized by the Coast Guard": the by-agent after the trigger. */
export function byAgent(ix: DocIndex, i: number, c: Clause): ActorRef | null {
  const prev = ix.tokens[i - 1];
  if (!prev || !/^(was|were|been|be|is|are|being)$/.test(prev.normal) && !(ix.tokens[i - 2] && /^(was|were|been)$/.test(ix.tokens[i - 2].normal))) return null;
  for (let j = i + 1; j < Math.min(c.to, i + 4); j++) {
    if (ix.tokens[j].normal !== 'by') continue;
    for (let k = j + 1; k < Math.min(c.to, j + 5); k++) if (ix.entityAt[k] >= 0) return actorRefOf(ix, ix.entityAt[k]);
  }
  // "has been accused of misusing funds, much of it embezzled, by government officials": a late by-phrase after a comma.
  for (let j = i + 4; j < c.to; j++) {
    if (ix.tokens[j].normal !== 'by' || ix.tokens[j - 1].normal !== ',') continue;
    for (let k = j + 1; k < Math.min(c.to, j + 5); k++) if (ix.entityAt[k] >= 0) return actorRefOf(ix, ix.entityAt[k]);
  }
  return null;
}

/** Prepositions that make the following entity a place, not a participant: "marched through Caracas". */
const LOCATIVE = new Set(['in', 'at', 'through', 'thru', 'across', 'near', 'outside', 'inside', 'around', 'from', 'throughout', 'within']);

/** First actor entity in [a, b) whose code differs from `notCode`, not in a locative phrase. */
export function entityAfter(ix: DocIndex, a: number, b: number, notCode: string | null): ActorRef | null {
  for (let j = a; j < b; j++) {
    const ei = ix.entityAt[j];
    if (ei < 0) continue;
    const ref = actorRefOf(ix, ei);
    // The word before the name, past an article and adjectives ("through central Caracas", "in the capital city of").
    let p = j - 1;
    while (p > a && (ix.tokens[p].normal === 'the' || ix.tokens[p].pos === 'ADJ')) p--;
    const prep = p >= 0 ? ix.tokens[p].normal : '';
    let last = j;
    while (last + 1 < ix.tokens.length && ix.entityAt[last + 1] === ei) last++;
    // "..., officials said": the speaker of the sentence is not a participant of the event it reports.
    const speaker = SAYS.test(ix.tokens[last + 1]?.normal ?? '');
    if (ref && (!notCode || ref.code !== notCode) && !LOCATIVE.has(prep) && !speaker) return ref;
    while (j + 1 < b && ix.entityAt[j + 1] === ei) j++;
  }
  return null;
}

const SAYS = /^(?:said|says|say|told|tells|added|adds|reported|reports|announced|stated|confirmed|noted|explained|wrote|dijo|dijeron|afirmó|informó|señaló|aseguró|añadió)$/;

const NP_SKIP = new Set(['against', 'on', 'of', 'at', 'targeting', 'target', 'hit', 'strike', 'struck', 'into', 'upon']);
const NP_INNER = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const TIME_NOUNS = new Set(['year', 'month', 'week', 'day', 'decade', 'century', 'season', 'weekend', 'night', 'morning', 'evening', 'afternoon', 'era']);
/** Possessive determiners open a noun phrase too: "detained its six crew members" (not for RETREAT: "withdrew its troops" names the actor's own). */
function inNounPhrase(ix: DocIndex, k: number, first: boolean): boolean {
  const t = ix.tokens[k];
  return NP_INNER.has(t.pos) || (first && POSSESSIVE.has(t.normal)) || isParticipleModifier(ix.tokens, k) || (!first && isInnerHyphen(ix.tokens, k));
}

/** The hyphen of a compound modifier: "drug-smuggling boat". */
function isInnerHyphen(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!tokens[k + 1] && afterJoinedHyphen(tokens, k + 1) && tokens[k - 1]?.end === t.start;
}

/** The patient of an ASSAULT/COERCE/SANCTION trigger: an actor entity, or a noun phrase coded from its context. */
export function patientAfter(ix: DocIndex, i: number, c: Clause, next: Clause | null, text: string, nominal: boolean, possessive = true): ActorRef | null {
  let j = i + 1;
  // "imposed sanctions on Monday on four firms": skip prepositions and time expressions before the patient.
  while (j < c.to && ((ix.tokens[j].pos !== 'NOUN' && (NP_SKIP.has(ix.tokens[j].normal) || NP_SKIP.has(ix.tokens[j].lemma))) || ix.inTime[j])) j++;
  // "designated the so-called Cartel of the Suns": the hedge before the name is no part of the patient.
  const so = ix.tokens[j]?.pos === 'DET' ? j + 1 : j;
  if (ix.tokens[so]?.normal === 'so' && ix.tokens[so + 1]?.normal === '-' && ix.tokens[so + 2]?.normal === 'called' && so + 3 < c.to) j = so + 3;
  // A noun trigger takes its patient through a preposition or "targeted": "the operation marks ..." has none.
  if (j >= c.to || (nominal && j === i + 1)) return null;
  if (ix.entityAt[j] >= 0) return actorRefOf(ix, ix.entityAt[j]);
  if (!inNounPhrase(ix, j, possessive) || ix.inTime[j]) return null;
  let head = -1;
  let k = j;
  for (; k < c.to && inNounPhrase(ix, k, k === j) && !ix.inTime[k]; k++) {
    // A demonym modifies the head ("any American aircraft"); another entity ends the phrase.
    if (ix.entityAt[k] >= 0 && k > j && !isModifierEntity(ix.entities[ix.entityAt[k]])) {
      // "any American aircraft" as one actor entity after determiners: that entity is the patient.
      if (head < 0) return actorRefOf(ix, ix.entityAt[k]);
      break;
    }
    if (ix.tokens[k].pos === 'NOUN' || (ix.entityAt[k] >= 0 && /s$/.test(ix.tokens[k].normal))) head = k; // "six detained Americans"
    else if (head >= 0 && ix.tokens[k].pos !== 'NOUN' && !isInnerHyphen(ix.tokens, k)) break;
  }
  // "the first such strike of the year": a stretch of time is no patient.
  if (head < 0 || TIME_NOUNS.has(ix.tokens[head].lemma)) return null;
  const start = ix.tokens[j].start;
  const end = ix.tokens[head].end;
  const phrase = text.slice(start, end);
  const owner = ownerIn(ix, head + 1, c.to) ?? (next && /^(that|which)$/.test(next.opener ?? '') ? ownerIn(ix, next.from, next.to) : null);
  if (owner) return owner;
  const name = phrase.replace(/^(the|a|an|one|some|this|that|these|those|its|their|his|her|our|my|your)\s+/i, '');
  return { start, end, text: phrase, name, code: codeNear(ix, j, c.to), sector: null, wikidata: null };
}

/** A demonym or an entity that is no actor ("Americans" untyped) can sit inside a noun phrase. */
function isModifierEntity(e: Entity): boolean {
  return e.type === 'NORP' || !e.actor;
}

/** "sanctioned oil tankers": a participle modifying the next noun. */
function isParticipleModifier(tokens: Token[], k: number): boolean {
  return tokens[k].pos === 'VERB' && /ed$/.test(tokens[k].normal) && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'PROPN');
}

/** "the pier was used by Tren de Aragua": a recipient noun phrase named again, definite, in [a, b) with its owner. */
export function ownerNamedLater(ix: DocIndex, head: string, a: number, b: number): ActorRef | null {
  for (let j = a + 1; j < b; j++) {
    const t = ix.tokens[j];
    if (t.lemma !== head && t.normal !== head) continue;
    if (!/^(the|this|that)$/.test(ix.tokens[j - 1].normal) && !(ix.tokens[j - 2] && /^(the|this|that)$/.test(ix.tokens[j - 2].normal))) continue;
    const owner = ownerIn(ix, j + 1, Math.min(b, j + 7));
    if (owner) return owner;
  }
  return null;
}

/** "used by Tren de Aragua", "operated by the cartel": the owner entity of a thing. */
function ownerIn(ix: DocIndex, a: number, b: number): ActorRef | null {
  for (let j = a; j < b - 1; j++) {
    if (!OWNER_CUES.has(ix.tokens[j].lemma)) continue;
    const p = ix.tokens[j + 1].normal;
    const l = ix.tokens[j].lemma;
    // "used by X", "belonging to X", "linked to X", "associated with X" (not "used to move oil").
    if (p !== 'by' && !(p === 'to' && l !== 'use' && l !== 'run') && !(p === 'with' && (l === 'associate' || l === 'link' || l === 'linked' || l === 'tie'))) continue;
    for (let k = j + 2; k < Math.min(b, j + 7); k++) if (ix.entityAt[k] >= 0) return actorRefOf(ix, ix.entityAt[k]);
  }
  return null;
}

/** A country code for a noun phrase: an actor entity or a demonym later in the clause ("ships carrying Venezuelan crude"). */
function codeNear(ix: DocIndex, a: number, b: number): string | null {
  for (let j = a; j < b; j++) {
    const ei = ix.entityAt[j];
    if (ei >= 0) {
      const ref = actorRefOf(ix, ei);
      if (ref?.code) return ref.code;
    }
    const t = ix.tokens[j];
    // "a semi-submersible off the coast of Colombia": where a thing is says nothing of whose it is.
    if (t.text === ',' || t.text === ';' || LOCATIVE.has(t.normal) || t.normal === 'off') return null;
    // "South American", "Latin American": a continent, not a country.
    if (j > 0 && /^(south|north|latin|central)$/.test(ix.tokens[j - 1].normal)) continue;
    if ((t.pos === 'PROPN' || t.pos === 'ADJ') && /^[A-Z]/.test(t.text)) {
      const code = countryOfDemonym(t.text);
      if (code) return code;
    }
  }
  return null;
}

export { REPORTING };
