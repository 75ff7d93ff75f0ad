// Toponym recognition: the longest gazetteer names over capitalised token runs, with the guards
// that tell a place from a person, an organisation or a sentence-initial common word.
import type { Token } from '../core/types.ts';
import { NOT_PLACES, RUN_BREAKERS, LOCATIVE_PREPS, PERSON_TITLES } from '../lexicons/places-stop.ts';
import { gazetteer, CandType, TYPE_SHIFT } from './gazetteer.ts';
import { nameKey } from './names.ts';
import { isOrgName } from './rank.ts';
import { matchApState, matchCounty } from './local.ts';
import { ORG_HEADS } from '../lexicons/places-roles.ts';

export interface Toponym {
  /** First and last token (inclusive). */
  i: number;
  j: number;
  start: number;
  end: number;
  key: string;
  refs: number[];
  /** False when it looks like a common word or part of a longer name: cities and states are then skipped. */
  cityOk: boolean;
  /** Preceded by "at/in/outside/...". */
  locative: boolean;
  /** The token ran into the next word ("Venezuelain"): only the name part is kept. */
  glued?: boolean;
  /** Right after "to/from/via/through" ("travelling to Cirencester"): smaller towns qualify, as after "in". */
  moving?: boolean;
  /** Part of an organisation's name ("Athens Police Department"). */
  embedded?: boolean;
  /** A second-level area named with its head ("Laurel County"); refs are same-named US towns. */
  county?: boolean;
}

export interface DemonymHit {
  i: number;
  /** Last token (two-word demonyms: "Sri Lankan"). */
  j: number;
  /** Country, or null for a region demonym ("European"). */
  a3: string | null;
  /** Index into AREAS for a region demonym. */
  area?: number;
  /** Candidate ref of a first-level area ("Iowans" → Iowa). */
  ref?: number;
}

const MAX_TOKENS = 8;
const ASCII_WORD = /^[\x20-\x7e]*$/;
const LETTERS = /^\p{L}+$/u;
const POSSESSIVE_S = /^['’]s?$/;
const MOTION_PREPS = new Set(['to', 'from', 'via', 'through', 'toward', 'towards', 'into']);
// Capitalised words that may sit before a place without making it part of another name.
const PLACE_PREFIXES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'greater', 'downtown', 'upper', 'lower', 'old', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'the', 'el', 'la', 'in', 'at', 'from', 'to', 'near', 'across', 'inside', 'outside', 'of', 'and', 'or', 'both', 'since', 'for', 'on', 'with', 'by', 'en', 'de', 'y']);
const GLUE_SUFFIXES = ['in', 'and', 'on', 'is', 'as', 'to', 'at', 'en', 'y', 'de'];
const SHORT_CAPS = /^[A-Z](\.?[A-Z]){1,2}\.?$/;

function isUpperStart(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** A capitalised name word next to a match that makes it part of a longer name ("Donald Trump"). */
function isNameNeighbour(t: Token | undefined, sentence: number, sentenceStart: boolean): boolean {
  // Road numbers and codes ("the A429 Cirencester junction") are not first names.
  if (!t || t.sentence !== sentence || !isUpperStart(t.text) || /\d/.test(t.text)) return false;
  if (RUN_BREAKERS.has(t.normal) || PLACE_PREFIXES.has(t.normal)) return false;
  if (t.pos === 'PROPN') return true;
  return !sentenceStart && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X');
}

/** Finds toponym candidates and demonyms in a token layer. */
export function findToponyms(text: string, tokens: Token[]): { toponyms: Toponym[]; demonyms: DemonymHit[] } {
  const g = gazetteer();
  const pieces: (string | undefined)[] = new Array(tokens.length);
  const piece = (k: number) => (pieces[k] ??= nameKey(tokens[k].text));
  // The tokenizer splits words at some accented letters ("Ko|š|ice"): such a run is read as one word.
  const glue = (k: number): number => {
    let e = k;
    let accented = !ASCII_WORD.test(tokens[k].text);
    while (e + 1 < tokens.length && tokens[e + 1].start === tokens[e].end && LETTERS.test(tokens[e + 1].text) && LETTERS.test(tokens[e].text)) {
      e++;
      if (!ASCII_WORD.test(tokens[e].text)) accented = true;
    }
    return accented ? e : k;
  };
  const runKey = (k: number, e: number) => (e > k ? nameKey(text.slice(tokens[k].start, tokens[e].end)) : piece(k));
  const toponyms: Toponym[] = [];
  const demonyms: DemonymHit[] = [];
  // One sense per discourse: a word seen as part of a name ("John Moore") is a name everywhere.
  const personLike = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const upper = isUpperStart(t.text);
    if (!upper && !g.lowerStarts.has(piece(i))) continue;
    if (upper) {
      const local = matchApState(text, tokens, i) ?? matchCounty(tokens, i, piece);
      if (local) {
        toponyms.push({ i, j: local.j, start: t.start, end: local.end, key: nameKey(text.slice(t.start, local.end)), refs: local.refs, cityOk: true, locative: isLocative(i), county: local.county });
        i = local.j;
        continue;
      }
      const two = i + 1 < tokens.length && tokens[i + 1].sentence === t.sentence && isUpperStart(tokens[i + 1].text) ? `${piece(i)} ${piece(i + 1)}` : '';
      if (two && !g.index.has(two) && (g.demonyms.has(two) || g.regionDemonyms.has(two))) {
        demonyms.push({ i, j: i + 1, a3: g.demonyms.get(two) ?? null, area: g.regionDemonyms.get(two) });
        i++;
        continue;
      }
      const areaRef = two && !g.index.has(two) ? g.areaDemonyms.get(two) : undefined;
      if (areaRef !== undefined && !teamOrPaper(i)) {
        demonyms.push({ i, j: i + 1, a3: null, ref: areaRef });
        i++;
        continue;
      }
    }
    let key = '';
    let best = -1;
    let bestKey = '';
    let bestRefs: number[] | undefined;
    for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
      // A sentence split inside an abbreviation ("EE.|UU.") leaves no space between the tokens.
      if (tokens[j].sentence !== t.sentence && tokens[j].start !== tokens[j - 1].end) break;
      const e = glue(j);
      const p = runKey(j, e);
      if (!p) {
        if (j === i) break;
        continue;
      }
      if (j > i) {
        const nl = text.indexOf('\n', tokens[j - 1].end);
        if (nl >= 0 && nl < tokens[j].start) break;
      }
      key = key ? `${key} ${p}` : p;
      const refs = g.index.get(key);
      if (refs) {
        best = e;
        bestKey = key;
        bestRefs = refs;
      }
      j = e;
      if (!g.prefixes.has(key)) break;
    }
    if (best < 0 || !bestRefs) {
      const dem = upper ? g.demonyms.get(piece(i)) : undefined;
      const area = upper ? g.regionDemonyms.get(piece(i)) : undefined;
      if (dem || area !== undefined) {
        demonyms.push({ i, j: i, a3: dem ?? null, area });
        continue;
      }
      const areaRef = upper ? g.areaDemonyms.get(piece(i)) : undefined;
      if (areaRef !== undefined && !teamOrPaper(i)) {
        demonyms.push({ i, j: i, a3: null, ref: areaRef });
        continue;
      }
      const glued = upper ? matchGlued(t, i) : null;
      if (glued) toponyms.push(glued);
      continue;
    }
    if (!upper && best === i) continue;
    const span = text.slice(t.start, tokens[best].end);
    if (isOrgName(bestRefs)) {
      i = best;
      continue;
    }
    if (bestKey.replace(/ /g, '').length <= 3 && !SHORT_CAPS.test(span.replace(/\s/g, ''))) continue;
    const dem = best === i ? g.demonyms.get(bestKey) : undefined;
    if (dem) {
      demonyms.push({ i, j: i, a3: dem });
      if (!bestRefs.some((r) => Math.floor(r / TYPE_SHIFT) === CandType.Country)) continue;
      if (/^(waters|coast|coastline|territorial)$/.test(tokens[i + 1]?.normal ?? '')) continue;
    }
    const sentenceStart = i === 0 || tokens[i - 1].sentence !== t.sentence || /^["“‘'(]$/.test(tokens[i - 1].text);
    // A lower-case start ("the village") may begin a sea ("eastern Pacific"), never a town.
    let cityOk = !NOT_PLACES.has(bestKey) && upper;
    // A capitalised verb mid-sentence is a name (wink tags "Charleston" as the dance); nouns and adjectives may be common words.
    if (best === i && t.pos !== 'PROPN' && t.pos !== 'VERB' && upper) cityOk = false;
    const leftStart = i < 2 || tokens[i - 2].sentence !== t.sentence;
    // A first name or a title before a single word makes it a surname ("John Moore", "Sheriff Moore").
    const surname = best === i && i > 0 && (isNameNeighbour(tokens[i - 1], t.sentence, leftStart) || PERSON_TITLES.has(tokens[i - 1].normal.replace(/\.$/, '')));
    if (surname) personLike.set(bestKey, (personLike.get(bestKey) ?? 0) + 1);
    const leftName = isNameNeighbour(tokens[i - 1], t.sentence, leftStart);
    const rightName = isNameNeighbour(tokens[best + 1], t.sentence, false);
    // "Athens Police Department", "Alexandria City Council": the datasets and the reader both see a place in it.
    const after = tokens[best + 1];
    const embedded = !!after && after.sentence === t.sentence && isUpperStart(after.text) && !surname && !leftName && ORG_HEADS.has(after.normal);
    if (surname || leftName || (rightName && !embedded)) cityOk = false;
    if (sentenceStart && best === i && t.pos !== 'PROPN' && t.pos !== 'VERB') cityOk = false;
    const locative = isLocative(i);
    const moving = !locative && i > 0 && MOTION_PREPS.has(tokens[i - 1].normal);
    toponyms.push({ i, j: best, start: t.start, end: tokens[best].end, key: bestKey, refs: bestRefs, cityOk, locative, ...(moving ? { moving } : {}), ...(embedded ? { embedded } : {}) });
    i = best;
  }
  // ...unless the document also uses it as a place ("in Dubai", "Dubai Police") besides "Smart Dubai".
  // Place uses must outnumber the name uses; an organisation named after it counts twice.
  const placeLike = new Map<string, number>();
  for (const t of toponyms) {
    if (POSSESSIVE_S.test(tokens[t.j + 1]?.text ?? '')) continue;
    const w = t.embedded ? 2 : t.locative ? 1 : 0;
    if (w) placeLike.set(t.key, (placeLike.get(t.key) ?? 0) + w);
  }
  for (const t of toponyms) if (t.i === t.j && personLike.has(t.key) && (placeLike.get(t.key) ?? 0) <= (personLike.get(t.key) ?? 0)) t.cityOk = false;
  return { toponyms, demonyms };

  /** "The Tennessean", "the Houston Texans": an area's demonym after "The" or a name is a newspaper or a team. */
  function teamOrPaper(i: number): boolean {
    const prev = tokens[i - 1];
    if (!prev || prev.sentence !== tokens[i].sentence) return false;
    return prev.text === 'The' || (isUpperStart(prev.text) && (prev.pos === 'PROPN' || prev.pos === 'NOUN'));
  }

  function isLocative(i: number): boolean {
    let k = i - 1;
    if (k >= 0 && /^(the|el|la|los|las)$/.test(tokens[k].normal)) k--;
    return k >= 0 && LOCATIVE_PREPS.has(tokens[k].normal);
  }

  function matchGlued(t: Token, i: number): Toponym | null {
    if (t.text.length < 7) return null;
    for (const suf of GLUE_SUFFIXES) {
      if (!t.text.endsWith(suf)) continue;
      const stem = t.text.slice(0, -suf.length);
      const refs = g.index.get(nameKey(stem));
      if (!refs) continue;
      const strong = refs.filter((r) => Math.floor(r / TYPE_SHIFT) <= CandType.Area);
      if (!strong.length) continue;
      return { i, j: i, start: t.start, end: t.start + stem.length, key: nameKey(stem), refs: strong, cityOk: false, locative: false, glued: true };
    }
    return null;
  }
}
