// Generic state and group nouns ("the police", "troops", "El Gobierno", "los manifestantes"): coded by context.
// Country: an explicit modifier ("Mexico's navy", "police in Caracas", "la Armada de Colombia"), else the
// sentence's place, else the document's dominant country (dateline first); null when nothing decides.
import type { Actor, EntityType } from '../core/types.ts';
import { findActor, lexicon } from '../lexicons/actors.ts';
import { stateRows } from '../lexicons/actors-states.ts';
import { type Cand, type Scan, isCapitalised, take } from './entities-scan.ts';
import { gpeCodeAt, gpeCodeEndingBefore, holderAt, isPossessive } from './entities-office.ts';

interface Generic {
  /** Display label for a country without a lexicon institution ("Police" → "Police (Colombia)"). */
  label: string;
  sector: string;
  type: EntityType;
  /** Aliases tried with the country's demonym or Spanish name, in order ("{D} Navy", "Guardia Nacional de {ES}"). */
  via: string[];
  /** May stand without a determiner ("Police said", "troops fired"). */
  bare: boolean;
  /** No US body: the United States has departments, no ministries, and no national police ("la Policía Nacional"). */
  notUS?: boolean;
}

const g = (label: string, sector: string, type: EntityType, via: string[], bare = false): Generic => ({ label, sector, type, via, bare });
const POLICE = g('Police', 'POL', 'ORG', ['{D} police'], true);
const GOV = g('Government', 'GOV', 'ORG', ['{D} government'], false);
const AUTH = g('Authorities', 'GOV', 'GROUP', ['{D} authorities', '{D} government'], true);
const ARMY = g('Army', 'MIL', 'ORG', ['{D} Army', '{D} army', '{D} military']);
const MILITARY = g('Armed Forces', 'MIL', 'ORG', ['{D} military', '{D} armed forces']);
const NAVY = g('Navy', 'MIL', 'ORG', ['{D} Navy', '{D} navy']);
const AIR = g('Air Force', 'MIL', 'ORG', ['{D} Air Force']);
const TROOPS = g('Troops', 'MIL', 'GROUP', ['{D} troops', '{D} military'], true);
const SECURITY = g('Security forces', 'POL', 'GROUP', ['{D} security forces', '{D} police'], true);
const ministry = (gen: Generic): Generic => ({ ...gen, notUS: true });
const DEF = ministry(g('Ministry of Defence', 'MIL', 'ORG', ['{D} Defense Ministry', '{D} Defence Ministry']));
const FM = ministry(g('Ministry of Foreign Affairs', 'GOV', 'ORG', ['{D} Foreign Ministry']));
const INT = ministry(g('Ministry of the Interior', 'GOV', 'ORG', ['{D} Interior Ministry']));
const MINISTRY = ministry(g('Ministry', 'GOV', 'ORG', []));
/** "la Guardia Nacional": Venezuela's GNB, Mexico's Guardia Nacional, the US National Guard. */
const GUARD = g('National Guard', 'MIL', 'ORG', ['{D} National Guard', 'Guardia Nacional de {ES}']);
const PROSECUTORS = g('Prosecutors', 'JUD', 'GROUP', [], true);
const PROSECUTION = g('Prosecutor’s Office', 'JUD', 'ORG', []);
const PARLIAMENT = g('Parliament', 'LEG', 'ORG', ['{D} parliament']);
const PROTESTERS = g('Protesters', 'CVL', 'GROUP', [], true);
const REBELS = g('Rebels', 'REB', 'GROUP', [], true);

/** Folded phrase after an optional determiner → generic actor; longest phrases are tried first. */
const PHRASES: [string, Generic][] = [
  ['police', POLICE], ['riot police', POLICE], ['police officers', POLICE], ['policemen', POLICE], ['policia', POLICE], ['policia nacional', ministry(POLICE)],
  ['government', GOV], ['administration', GOV], ['gobierno', GOV], ['authorities', AUTH], ['autoridades', AUTH], ['officials', AUTH],
  ['army', ARMY], ['ejercito', ARMY], ['military', MILITARY], ['armed forces', MILITARY], ['fuerzas armadas', MILITARY], ['fuerza armada', MILITARY], ['militares', MILITARY],
  ['navy', NAVY], ['armada', NAVY], ['marina', NAVY], ['air force', AIR], ['fuerza aerea', AIR], ['guardia nacional', GUARD],
  ['troops', TROOPS], ['soldiers', TROOPS], ['government forces', TROOPS], ['government troops', TROOPS], ['army troops', TROOPS], ['tropas', TROOPS], ['soldados', TROOPS],
  ['security forces', SECURITY], ['fuerzas de seguridad', SECURITY], ['cuerpos de seguridad', SECURITY],
  ['defense ministry', DEF], ['defence ministry', DEF], ['ministry of defense', DEF], ['ministry of defence', DEF], ['ministerio de defensa', DEF], ['ministerio de la defensa', DEF],
  ['foreign ministry', FM], ['ministry of foreign affairs', FM], ['ministerio de relaciones exteriores', FM], ['ministerio de asuntos exteriores', FM], ['cancilleria', FM],
  ['interior ministry', INT], ['ministry of the interior', INT], ['ministerio del interior', INT], ['ministry', MINISTRY], ['ministerio', MINISTRY],
  ['prosecutors', PROSECUTORS], ['fiscales', PROSECUTORS], ['fiscalia', PROSECUTION], ["prosecutor's office", PROSECUTION], ['attorney general’s office', PROSECUTION],
  ['parliament', PARLIAMENT], ['parlamento', PARLIAMENT], ['lawmakers', g('Lawmakers', 'LEG', 'GROUP', ['{D} lawmakers'], true)],
  ['protesters', PROTESTERS], ['protestors', PROTESTERS], ['demonstrators', PROTESTERS], ['manifestantes', PROTESTERS],
  ['opposition protesters', g('Opposition protesters', 'OPP', 'GROUP', [], true)], ['opposition supporters', g('Opposition supporters', 'OPP', 'GROUP', [], true)],
  ['rebels', REBELS], ['militants', REBELS], ['insurgents', REBELS], ['guerrillas', REBELS], ['guerrilleros', REBELS], ['rebeldes', REBELS], ['insurgentes', REBELS],
];
const BY_FIRST = new Map<string, [string[], Generic][]>();
for (const [p, gen] of PHRASES) {
  const words = p.split(' ');
  const list = BY_FIRST.get(words[0]) ?? [];
  list.push([words, gen]);
  BY_FIRST.set(words[0], list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

const DETS = new Set(['the', 'el', 'la', 'los', 'las']);
/** "his troops", "sus soldados": owned by an antecedent the context country cannot stand for. */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'su', 'sus', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'whose', 'these', 'those', 'some', 'many', 'two', 'three']);
const OF = new Set(['of', 'de', 'del']);
const IN = new Set(['in', 'en', 'at', 'near', 'from']);
/** Nouns after which the phrase is a modifier, not an actor ("police station", "government bonds") unless listed. */
const NOUN_OK = new Set(['officials', 'official', 'officers', 'spokesman', 'spokeswoman', 'sources']);
/** Spanish heads: the English tagger's NOUN on the next word is no cue there. */
const SPANISH = new Set(['policia', 'gobierno', 'autoridades', 'ejercito', 'fuerzas', 'fuerza', 'militares', 'armada', 'marina', 'tropas', 'soldados', 'cuerpos', 'ministerio', 'cancilleria', 'guardia', 'fiscales', 'fiscalia', 'parlamento', 'manifestantes', 'guerrilleros', 'rebeldes', 'insurgentes']);
const foldWord = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/’/g, "'");

/** Finds generic nouns not yet taken; their actor is filled in by `codeGenerics` once the document's countries are known. */
export function matchGenerics(scan: Scan, pending: Map<Cand, { gen: Generic; code: string | null }>): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.taken[i]) continue;
    const t = tokens[i];
    let j = i;
    let code: string | null = null;
    let start = i;
    if (isPossessive(t)) {
      code = gpeCodeEndingBefore(scan, i);
      if (!code) continue;
      j = start = i + 1;
    } else if (DETS.has(t.normal)) j = i + 1;
    if (OWNERS.has(tokens[j - 1]?.normal ?? '')) continue;
    const hit = phraseAt(scan, j);
    if (!hit) continue;
    const [last, gen] = hit;
    const det = j > i && !code;
    if (!det && !code && !gen.bare) {
      // A singular head without a determiner only as a capitalised name ("Gobierno anunció").
      if (!isCapitalised(tokens[j].text)) continue;
    }
    if (!det && !code && j > 0 && tokens[j - 1].sentence === tokens[j].sentence && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[j - 1].pos) && !scan.taken[j - 1]) continue;
    const next = tokens[last + 1];
    if (modifiesNoun(scan, last, j)) continue;
    if (next && (next.normal === "'s" || next.normal === '’s') && gen.sector === 'GOV' && !det) continue;
    // "la Armada de Colombia", "police in Caracas": the following country decides.
    if (!code && next && next.sentence === t.sentence && (OF.has(next.normal) || IN.has(next.normal))) code = gpeCodeAt(scan, last + 2);
    // "officials said" alone could be any side's: only an explicit country ("officials in Caracas") codes them.
    if (gen === AUTH && !code) continue;
    const c: Cand = { start: tokens[start].start, end: tokens[last].end, t0: start, t1: last + 1, type: gen.type, actor: null, by: 'generic', entry: -1 };
    take(scan, c);
    pending.set(c, { gen, code });
    i = last;
  }
}

/** "police station", "government bonds": an English head followed by a lower-case noun is a modifier. */
function modifiesNoun(scan: Scan, last: number, first = last): boolean {
  const next = scan.tokens[last + 1];
  const head = scan.tokens[last];
  return !!next && next.sentence === head.sentence && !SPANISH.has(foldWord(head.text)) && !SPANISH.has(foldWord(scan.tokens[first].text)) && next.pos === 'NOUN' && !NOUN_OK.has(next.normal) && /^\p{Ll}/u.test(next.text);
}

function phraseAt(scan: Scan, j: number, taken = false): [number, Generic] | null {
  const t = scan.tokens[j];
  if (!t) return null;
  const list = BY_FIRST.get(foldWord(t.text));
  if (!list) return null;
  for (const [words, gen] of list) {
    let k = 0;
    while (k < words.length && scan.tokens[j + k] && (taken || !scan.taken[j + k]) && scan.tokens[j + k].sentence === t.sentence && foldWord(scan.tokens[j + k].text) === words[k]) k++;
    if (k === words.length) return [j + k - 1, gen];
  }
  return null;
}

/** Country of a GPE candidate, also for places that are no actors ("in Caracas"). */
function placeCode(c: Cand): string | null {
  if (c.type !== 'GPE') return null;
  const code = c.actor?.code ?? (c.entry >= 0 ? lexicon().entries[c.entry].code : null);
  return code && code !== 'IGO' ? code : null;
}

/** Country code per sentence of GPEs after "in/en/at", when only one country is named so. */
function sentencePlaces(scan: Scan): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (const c of scan.cands) {
    const code = placeCode(c);
    if (!code) continue;
    const prev = scan.tokens[c.t0 - 1];
    if (!prev || !IN.has(prev.normal)) continue;
    const s = scan.tokens[c.t0].sentence;
    const had = out.get(s);
    out.set(s, had === undefined || had === code ? code : null);
  }
  return out;
}

/** The document's dominant country: dateline GPE, else the most-mentioned country (null on a tie or none). */
const WHERE = new Set(['in', 'at', 'through', 'across', 'inside', 'near', 'outside', 'around', 'en', 'desde']);

/** Where the story happens counts most ("marched through Caracas"); a name used as a modifier ("US pressure") least. */
function weightOf(scan: Scan, c: Cand): number {
  if (c.type !== 'GPE') return 1;
  let b = c.t0 - 1;
  if (scan.tokens[b]?.pos === 'ADJ') b--; // "through central Caracas"
  const before = scan.tokens[b];
  const after = scan.tokens[c.t1];
  if (before && WHERE.has(before.normal)) return 3;
  if (after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return 1;
  return 2;
}

/**
 * `except`: a country ruled out for the noun at hand (the US for a ministry); then people count too ("Maduro"),
 * since the story's country may be named only through its officials.
 */
export function dominantCountry(scan: Scan, except: string | null = null): string | null {
  const counts = new Map<string, number>();
  const dash = scan.text.slice(0, 120).search(/\s[—–-]{1,2}\s|\(\w+\)\s*[—–-]/);
  for (const c of scan.cands) {
    const code = c.type === 'GPE' ? placeCode(c) : c.actor?.code;
    if (!code || code === 'IGO' || code === except || c.by === 'generic' || c.by === 'role' || c.by === 'coref') continue;
    if (c.type !== 'GPE' && c.type !== 'NORP' && c.type !== 'ORG' && c.type !== 'GROUP' && !(except && c.type === 'PERSON')) continue;
    if (dash > 0 && c.end <= dash && c.type === 'GPE') return code;
    counts.set(code, (counts.get(code) ?? 0) + weightOf(scan, c));
  }
  let best: string | null = null;
  let n = 0;
  let tie = false;
  for (const [code, k] of counts) {
    if (k > n) [best, n, tie] = [code, k, false];
    else if (k === n) tie = true;
  }
  return tie ? null : best;
}

const NAMES = new Map<string, { demonym: string; name: string; es?: string }>();
function countryNames(code: string): { demonym: string; name: string; es?: string } | null {
  if (!NAMES.size) for (const r of stateRows()) NAMES.set(r.code, { demonym: r.demonym, name: r.name, es: r.es });
  const hit = NAMES.get(code);
  if (hit) return hit;
  const L = lexicon();
  let demonym: string | null = null;
  for (const [d, a3] of L.demonyms) if (a3 === code && /^\p{Lu}/u.test(d)) { demonym = d; break; }
  const gpe = L.entries.find((e) => e.type === 'GPE' && e.code === code && !e.metonym);
  const out = { demonym: demonym ?? '', name: gpe?.name ?? code };
  NAMES.set(code, out);
  return out;
}

const ACTORS = new Map<string, Actor>();
/** The lexicon institution for a generic noun in a country ("navy" + VEN → Bolivarian Navy of Venezuela), else a labelled actor. */
export function genericActor(gen: Generic, code: string | null): Actor {
  const key = `${gen.label}|${gen.sector}|${code}`;
  let a = ACTORS.get(key);
  if (a) return a;
  const names = code ? countryNames(code) : null;
  for (const v of gen.via) {
    if (!names?.demonym) break;
    if (v.includes('{ES}') && !names.es) continue;
    const found = findActor(v.replace('{D}', names.demonym).replace('{ES}', names.es ?? ''));
    if (found && found.code === code) {
      a = { ...found, sector: found.sector ?? gen.sector, role: null };
      break;
    }
  }
  a ??= { name: names ? `${gen.label} (${names.name})` : gen.label, code, sector: gen.sector, wikidata: null, role: null };
  ACTORS.set(key, a);
  return a;
}

/**
 * The country of the nearest coded actor in the generic's sentence ("El Gobierno venezolano movilizó tropas",
 * "tropas … por orden de Maduro"): the one before it, else the one after; places and other generics do not count.
 */
function sentenceActor(scan: Scan, c: Cand, except: string | null): string | null {
  const s = scan.tokens[c.t0].sentence;
  let before: Cand | null = null;
  let after: Cand | null = null;
  for (const o of scan.cands) {
    if (o === c || scan.tokens[o.t0].sentence !== s || o.by === 'generic' || o.by === 'propn-run') continue;
    const e = o.entry >= 0 ? lexicon().entries[o.entry] : null;
    const code = o.actor?.code ?? e?.code;
    if (!code || code === 'IGO' || code === except || e?.noActor) continue;
    // A country after a preposition is a place or a target ("la frontera con Colombia"), not the actor.
    if (o.type === 'GPE' && PREPS.has(scan.tokens[o.t0 - 1]?.normal ?? '')) continue;
    if (o.end <= c.start) {
      if (!before || o.start > before.start) before = o;
    } else if (o.start >= c.end && (!after || o.start < after.start)) after = o;
  }
  const best = before ?? after;
  return best ? best.actor?.code ?? lexicon().entries[best.entry]?.code ?? null : null;
}
const PREPS = new Set([...IN, ...OF, 'con', 'contra', 'hacia', 'a', 'al', 'para', 'por', 'sobre', 'entre', 'with', 'against', 'to', 'toward', 'towards', 'into', 'on', 'for', 'by', 'over', 'between']);

/** Codes pending generics and gives unresolved role descriptions ("the president") the context country's holder. */
export function codeGenerics(scan: Scan, pending: Map<Cand, { gen: Generic; code: string | null }>): void {
  const hasRoles = scan.cands.some((c) => c.resolve && c.resolve.kind !== 'party' && c.resolve.fallback === null);
  if (!pending.size && !hasRoles) return;
  const dominant = dominantCountry(scan);
  const places = sentencePlaces(scan);
  const L = lexicon();
  for (const c of scan.cands) {
    const p = pending.get(c);
    const s = scan.tokens[c.t0].sentence;
    if (p) {
      // A ministry is never the US's (it has departments): look past a US context ("informó el Ministerio de Defensa").
      const except = p.gen.notUS && !p.code ? 'USA' : null;
      const place = places.get(s) ?? null;
      const nearby = place && place !== except ? place : sentenceActor(scan, c, except);
      c.actor = genericActor(p.gen, p.code ?? nearby ?? (dominant === except ? dominantCountry(scan, except) : dominant));
      continue;
    }
    const code = places.get(s) ?? dominant;
    const r = c.resolve;
    if (!r || r.kind === 'party' || r.fallback !== null) continue;
    if (c.by === 'coref' && modifiesNoun(scan, c.t1 - 1)) continue;
    if (!code) {
      const gen = c.by === 'coref' && r.kind === 'entries' ? phraseAt(scan, c.t1 - 1, true) : null;
      if (gen && r.kind === 'entries') r.fallbackActor = genericActor(gen[1], null);
      continue;
    }
    if (r.kind === 'role') {
      const entries = L.roles.get(r.word);
      if (entries && (!r.code || r.code === code)) r.fallback = holderAt(entries, r.word, code, scan.year);
    } else if (c.by === 'role') {
      // "the foreign minister": the office holder of the context country at the document's date.
      const phrase = scan.folded.slice(c.start, c.end).replace(/^(the|el|la) /, '');
      if (L.roles.has(phrase)) r.fallback = holderAt([...r.entries], phrase, code, scan.year);
    } else {
      // "the government", "the navy" without an antecedent: the context country's institution, when it has one
      // ("the agency" in a US story could be the CIA, the DEA or USAID: left unresolved).
      const own = [...r.entries].filter((e) => L.entries[e].code === code);
      if (new Set(own.map((e) => L.entries[e].name)).size === 1) r.fallback = own[0];
      const gen = r.fallback === null ? phraseAt(scan, c.t1 - 1, true) : null;
      if (gen) r.fallbackActor = genericActor(gen[1], code);
    }
  }
}
