// Shared attribution helpers: reporting cues, speakers (entities, role descriptions, pronouns, bare noun phrases),
// and the place named in a reporting clause. Used by the quotes and claims stages.
import type { Doc, Entity, Speaker, Token } from '../core/types.ts';
import { COMMUNICATION_NOUNS, MEDIA_NOUNS, MEDIA_OUTLETS, REPORTING_FORMS, SOURCE_NOUNS, WEAK_FORMS, type CueClass } from '../lexicons/attribution.ts';

/** Token/entity view of a document built once per stage run. */
export interface DocIndex {
  text: string;
  tokens: Token[];
  entities: Entity[];
  /** Per sentence: [first token, last token + 1). */
  sentTok: [number, number][];
  /** Per token: index of the entity covering it, or -1. */
  entityOf: Int32Array;
  /** Per token: reporting cue class (computed once), or null. */
  cue: (CueClass | null)[];
}

// Quotes and claims both index the same layers: reuse the index while tokens and entities are unchanged.
const cache = new WeakMap<Token[], { entities: Entity[]; ix: DocIndex }>();

export function buildIndex(doc: Doc): DocIndex {
  const tokens = doc.layers.tokens ?? [];
  const entities = doc.layers.entities ?? [];
  const hit = cache.get(tokens);
  if (hit && hit.entities === entities && hit.ix.text === doc.text && hit.ix.entities.length === entities.length) return hit.ix;
  const nSent = doc.layers.sentences?.length ?? 0;
  const sentTok: [number, number][] = Array.from({ length: nSent }, () => [0, 0] as [number, number]);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const s = sentTok[tokens[i].sentence];
    if (!s) continue;
    if (s[1] === 0) s[1] = i + 1;
    s[0] = i;
  }
  const entityOf = new Int32Array(tokens.length).fill(-1);
  let t = 0;
  const order = entities.map((_, i) => i).sort((a, b) => entities[a].start - entities[b].start);
  for (const ei of order) {
    const e = entities[ei];
    while (t < tokens.length && tokens[t].end <= e.start) t++;
    for (let k = t; k < tokens.length && tokens[k].start < e.end; k++) if (entityOf[k] < 0) entityOf[k] = ei;
  }
  const ix: DocIndex = { text: doc.text, tokens, entities, sentTok, entityOf, cue: [] };
  for (let i = 0; i < tokens.length; i++) ix.cue.push(cueClassAt(ix, i));
  cache.set(tokens, { entities, ix });
  return ix;
}

const DET_LIKE = new Set(['DET', 'ADJ', 'ADP', 'NUM']);

/** The stance class of a reporting cue at token i, or null when the token is not a reporting verb there. */
export function cueAt(ix: DocIndex, i: number): CueClass | null {
  return ix.cue[i] ?? null;
}

function cueClassAt(ix: DocIndex, i: number): CueClass | null {
  const t = ix.tokens[i];
  const cls = REPORTING_FORMS.get(t.normal);
  if (!cls) return null;
  const prev = ix.tokens[i - 1];
  const prevOk = !prev || prev.sentence !== t.sentence || !DET_LIKE.has(prev.pos) || prev.normal === 'to';
  if (WEAK_FORMS.has(t.normal)) return (t.pos === 'VERB' || prev?.pos === 'AUX' || prev?.pos === 'PRON') && prevOk ? cls : null;
  if (t.pos === 'ADJ' && prev?.pos === 'DET') return null; // "the said report"
  return prevOk || t.pos === 'VERB' ? cls : null;
}

const PRONOUNS_PERSON = new Set(['he', 'she', 'him', 'her', 'él', 'ella']);
const PRONOUNS_GROUP = new Set(['it', 'they', 'we', 'them', 'ellos']);

/** Follows `ref` links to the entity a description or pronoun stands for. */
export function rootEntity(ix: DocIndex, ei: number): Entity {
  let e = ix.entities[ei];
  for (let hops = 0; hops < 6 && e.ref != null && ix.entities[e.ref] && ix.entities[e.ref] !== e; hops++) e = ix.entities[e.ref];
  return e;
}

/** Canonical name of an entity: the actor's name, its antecedent's, or a known outlet's, else its text without "the". */
export function entityName(ix: DocIndex, ei: number): { name: string; actor: Entity['actor'] } {
  const own = ix.entities[ei];
  const root = rootEntity(ix, ei);
  const actor = root.actor ?? own.actor ?? null;
  const bare = stripThe(root.text);
  const outlet = MEDIA_OUTLETS.get(bare.toLowerCase());
  return { name: outlet ?? actor?.name ?? bare, actor };
}

/** Possessive determiners before a speaker noun: "their families said", "its foreign ministry". */
export const POSSESSIVE_DET = /^(?:its|their|his|her|our)$/;

export function stripThe(s: string): string {
  return s.replace(/^(?:the|The|el|El|la|La|los|Los|las|Las)\s+/, '').trim();
}

function speakerFromEntity(ix: DocIndex, ei: number): Speaker {
  const e = ix.entities[ei];
  const { name, actor } = entityName(ix, ei);
  return { text: e.text, name, start: e.start, end: e.end, actor };
}

/** Most recent PERSON (for he/she) or ORG/GPE/GROUP (for it/they) entity before `pos`, resolved through refs. */
export function resolvePronoun(ix: DocIndex, tok: Token): Speaker | null {
  const person = PRONOUNS_PERSON.has(tok.normal);
  const wanted = person ? new Set(['PERSON']) : new Set(['ORG', 'GPE', 'GROUP']);
  if (!person) {
    const own = sentenceSubject(ix, tok, wanted);
    if (own) return own;
  }
  let best = -1;
  for (let k = 0; k < ix.entities.length; k++) {
    const e = ix.entities[k];
    if (e.end > tok.start || !wanted.has(rootEntity(ix, k).type)) continue;
    if (/^(?:he|she|it|they|him|her|them)$/i.test(e.text)) continue;
    if (best < 0 || e.start > ix.entities[best].start) best = k;
  }
  if (best < 0) return null;
  const { name, actor } = entityName(ix, best);
  return { text: tok.text, name, start: tok.start, end: tok.end, actor };
}

/** "Venezuelan state television showed images it said were …": a group pronoun whose own sentence opens with a noun
 * phrase subject (no named organization or place in it) stands for that subject, not for the last organization named
 * in an earlier sentence. The number must agree ("it" → a singular head, "they" → a plural one). */
function sentenceSubject(ix: DocIndex, tok: Token, wanted: Set<string>): Speaker | null {
  const p = ix.tokens.indexOf(tok);
  if (p < 0) return null;
  let lo = p;
  while (lo > 0 && ix.tokens[lo - 1].sentence === tok.sentence) lo--;
  let v = lo;
  while (v < p && ix.tokens[v].pos !== 'VERB' && ix.tokens[v].pos !== 'AUX') {
    if (!NP_POS.has(ix.tokens[v].pos)) return null;
    v++;
  }
  if (v === lo || v >= p || ix.tokens[v - 1].pos !== 'NOUN') return null;
  for (let k = lo; k < p; k++) {
    const ei = ix.entityOf[k];
    if (ei >= 0 && wanted.has(rootEntity(ix, ei).type)) return null;
  }
  const plural = /[^s]s$/.test(ix.tokens[v - 1].normal);
  if (plural !== (tok.normal === 'they' || tok.normal === 'them')) return null;
  const start = ix.tokens[lo].start;
  const text = ix.text.slice(start, ix.tokens[v - 1].end);
  let actor: Entity['actor'] = null;
  for (let k = lo; k < v && !actor; k++) if (ix.entityOf[k] >= 0) actor = ix.entities[ix.entityOf[k]].actor ?? null;
  return { text: tok.text, name: stripThe(text), start: tok.start, end: tok.end, actor };
}

/** A speaker from the entity or noun phrase ending at token i (walking left), bounded by lo. */
function speakerEndingAt(ix: DocIndex, i: number, lo: number): Speaker | null {
  if (i < lo) return null;
  const ei = ix.entityOf[i];
  if (ei >= 0) {
    // "officials in Caracas", "a spokesman for the Pentagon": the speaker is the noun the entity modifies.
    let k = i;
    while (k > lo && ix.entityOf[k - 1] === ei) k--;
    let p = k - 1;
    if (p > lo && ix.tokens[p].pos === 'DET') p--;
    const head = ix.tokens[p - 1];
    if (p - 1 >= lo && /^(?:in|of|from|for|at)$/.test(ix.tokens[p].normal) && (head.pos === 'NOUN' || head.pos === 'PROPN') && ix.entityOf[p - 1] < 0) {
      const np = nounPhraseLeft(ix, p - 1, lo);
      if (np) {
        const text = ix.text.slice(np.start, ix.tokens[i].end);
        return { text, name: stripThe(text), start: np.start, end: ix.tokens[i].end, actor: null };
      }
    }
    // Spanish "el Ministerio de Defensa de Venezuela": the institution, qualified by its country, is the speaker.
    if (p > lo && (ix.tokens[p].normal === 'de' || ix.tokens[p].normal === 'del') && ix.entityOf[p - 1] >= 0 && ix.entityOf[p - 1] !== ei) {
      const head = ix.entities[ix.entityOf[p - 1]];
      const text = ix.text.slice(head.start, ix.tokens[i].end);
      return { text, name: stripThe(text), start: head.start, end: ix.tokens[i].end, actor: head.actor ?? null };
    }
    return speakerFromEntity(ix, ei);
  }
  const t = ix.tokens[i];
  if (t.pos === 'PRON') return PRONOUNS_PERSON.has(t.normal) || PRONOUNS_GROUP.has(t.normal) ? resolvePronoun(ix, t) : null;
  return nounPhraseLeft(ix, i, lo);
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A bare noun phrase ("the sources", "US officials") ending at token i, as a speaker without actor. */
function nounPhraseLeft(ix: DocIndex, i: number, lo: number): Speaker | null {
  const head = ix.tokens[i];
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  let j = i;
  while (j - 1 >= lo && (NP_POS.has(ix.tokens[j - 1].pos) || ix.entityOf[j - 1] >= 0)) {
    j--;
    if (ix.tokens[j].pos === 'DET') break;
  }
  const start = ix.tokens[j].start;
  const text = ix.text.slice(start, head.end);
  const bare = stripThe(text);
  const outlet = MEDIA_OUTLETS.get(bare.toLowerCase());
  return { text, name: outlet ?? bare, start, end: head.end, actor: null };
}

const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|also|then|on|last|this|week|night|morning|evening|afternoon)$/;

/** The subject of the verb at token v: walks left over auxiliaries, adverbs and parentheticals ("X, speaking ..., said"). */
export function subjectBefore(ix: DocIndex, v: number, lo: number): Speaker | null {
  let i = v - 1;
  for (let guard = 0; guard < 40 && i >= lo; guard++) {
    const t = ix.tokens[i];
    if (SKIP_BEFORE_VERB.has(t.pos) && ix.entityOf[i] < 0 && !/^(?:he|she|it|they|we)$/.test(t.normal) || TIME_WORDS.test(t.normal) && ix.entityOf[i] < 0) {
      i--;
      continue;
    }
    if (t.normal === ',' || t.normal === '—' || t.normal === '–') {
      let j = i - 1;
      while (j >= lo && j > i - 14 && ix.tokens[j].normal !== ',' && ix.tokens[j].normal !== t.normal) j--;
      if (j < lo || ix.tokens[j].normal !== ',' && ix.tokens[j].normal !== t.normal) return null;
      const first = ix.tokens[j + 1];
      const verbal = first.pos === 'VERB' || first.pos === 'ADP' || first.pos === 'SCONJ' || /ing$/.test(first.normal) || first.normal === 'who';
      if (!verbal) {
        // An appositive ("the minister, Diosdado Cabello,"): prefer a named entity inside it.
        for (let k = j + 1; k < i; k++) if (ix.entityOf[k] >= 0 && ix.entities[ix.entityOf[k]].by !== 'role') return speakerFromEntity(ix, ix.entityOf[k]);
      }
      i = j - 1;
      continue;
    }
    return speakerEndingAt(ix, i, lo);
  }
  return null;
}

/** The speaker right after token i ("said Trump", "according to the newspaper"), bounded by hi. */
export function speakerAfter(ix: DocIndex, i: number, hi: number): Speaker | null {
  const k = i;
  if (k >= hi) return null;
  const ei = ix.entityOf[k];
  if (ei >= 0) {
    // An entity that swallowed the cue word ("Según el Ministerio de Defensa" as one name): the speaker starts after it.
    const e = ix.entities[ei];
    if (k > 0 && ix.entityOf[k - 1] === ei && e.start < ix.tokens[k].start) {
      const text = ix.text.slice(ix.tokens[k].start, e.end);
      return { text, name: stripThe(text), start: ix.tokens[k].start, end: e.end, actor: e.actor ?? null };
    }
    return withCountry(ix, k, ei, hi);
  }
  if (ix.tokens[k].pos === 'PRON') {
    // "according to its foreign ministry", "their families said": the noun phrase the possessive opens.
    if (POSSESSIVE_DET.test(ix.tokens[k].normal)) {
      const np = speakerAfter(ix, k + 1, hi);
      if (np) return { ...np, text: ix.text.slice(ix.tokens[k].start, np.end), start: ix.tokens[k].start };
    }
    return speakerEndingAt(ix, k, k);
  }
  let end = k;
  while (end < hi && (NP_POS.has(ix.tokens[end].pos) || ix.entityOf[end] >= 0)) {
    if (ix.entityOf[end] >= 0) return sourcesOf(ix, k, end, hi) ?? withCountry(ix, end, ix.entityOf[end], hi);
    end++;
  }
  if (end === k) return null;
  while (end > k && ix.tokens[end - 1].pos !== 'NOUN' && ix.tokens[end - 1].pos !== 'PROPN') end--;
  if (end === k) return null;
  return nounPhraseLeft(ix, end - 1, k);
}

const DE = new Set(['de', 'del']);

/**
 * Spanish "fuentes anónimas del Departamento de Defensa", "funcionarios del Pentágono": the sources, not the
 * institution, speak (as "officials at the Pentagon" does in English); they keep the institution's actor.
 */
function sourcesOf(ix: DocIndex, k: number, at: number, hi: number): Speaker | null {
  if (!SOURCE_NOUNS.has(ix.tokens[k].normal)) return null;
  let p = at - 1;
  if (p > k && /^(?:el|la|los|las)$/.test(ix.tokens[p].normal)) p--;
  if (p <= k || !DE.has(ix.tokens[p].normal)) return null;
  for (let j = k + 1; j < p; j++) if (ix.entityOf[j] >= 0 || !/^\p{Ll}/u.test(ix.tokens[j].text)) return null;
  const ei = ix.entityOf[at];
  let last = at;
  while (last + 1 < hi && ix.entityOf[last + 1] === ei) last++;
  const start = ix.tokens[k].start;
  const end = ix.tokens[last].end;
  const text = ix.text.slice(start, end);
  return { text, name: text, start, end, actor: rootEntity(ix, ei).actor ?? ix.entities[ei].actor ?? null };
}

/** The entity ei at token k as a speaker; Spanish "el Ministerio de Defensa de Venezuela" keeps its country. */
function withCountry(ix: DocIndex, k: number, ei: number, hi: number): Speaker {
  const e = ix.entities[ei];
  let last = k;
  while (last + 1 < hi && ix.entityOf[last + 1] === ei) last++;
  const de = ix.tokens[last + 1];
  const gi = last + 2 < hi ? ix.entityOf[last + 2] : -1;
  if (de && gi >= 0 && (de.normal === 'de' || de.normal === 'del') && ix.entities[gi].type === 'GPE' && !e.actor) {
    const g = ix.entities[gi];
    const text = ix.text.slice(e.start, g.end);
    return { text, name: stripThe(text), start: e.start, end: g.end, actor: null };
  }
  return speakerFromEntity(ix, ei);
}

/** True when the speaker is a news outlet (known name, media sector, or "the newspaper"). */
export function isMedia(sp: { name: string; text: string; actor?: Entity['actor'] }): boolean {
  if (sp.actor?.sector === 'MED') return true;
  if (MEDIA_OUTLETS.has(stripThe(sp.name).toLowerCase())) return true;
  const last = sp.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return MEDIA_NOUNS.has(last);
}

const PLACE_PREPS = new Set(['at', 'in', 'from', 'en', 'desde', 'inside', 'outside', 'aboard']);
const PLACE_STOP = new Set(['.', ';', ':', '!', '?', 'on', 'where', 'while', 'after', 'before', 'when', 'that', 'as', 'during', 'to', 'and', '“', '”', '"', '«', '»']);
const TIME_HEAD = /^(?:\d{4}|week|weeks|month|months|year|years|days|day|morning|evening|afternoon|night|january|february|march|april|may|june|july|august|september|october|november|december|time|recent|past|wake|response|addition|order|part|turn|fact|particular|general)$/;
const NOT_PLACE_FIRST = /^(?:private|public|person|secret|writing|full|detail|short|total|spanish|english|tears|response)$/;

/** The place named by an "at/in/from" phrase in a reporting clause between from and hi (token indices). */
export function placeInClause(ix: DocIndex, from: number, hi: number): string | null {
  for (let i = from; i < hi; i++) {
    if (!PLACE_PREPS.has(ix.tokens[i].normal)) continue;
    let j = i + 1;
    let end = -1;
    let skip = j < hi && NOT_PLACE_FIRST.test(ix.tokens[j].normal);
    while (j < hi) {
      const t = ix.tokens[j];
      if (PLACE_STOP.has(t.normal)) break;
      if (t.normal === ',') {
        // Keep an appositive name ("his compound, Mar-a-Lago") only when a proper noun follows.
        const nxt = ix.tokens[j + 1];
        if (!nxt || j + 1 >= hi || nxt.pos !== 'PROPN') break;
      }
      if (COMMUNICATION_NOUNS.has(t.normal) || TIME_HEAD.test(t.normal) && t.pos !== 'PROPN') skip = true;
      end = j;
      j++;
    }
    if (end < 0 || skip) continue;
    const text = ix.text.slice(ix.tokens[i + 1].start, ix.tokens[end].end).replace(/[,\s]+$/, '');
    if (/[A-ZÁÉÍÓÚ]/.test(text) || /compound|residence|palace|base|headquarters|office|embassy|summit|airport/i.test(text)) return text;
  }
  return null;
}
