// Phrases that turn a toponym or a demonym into a more specific place: "off the coast of X",
// "a port facility in X", "X's compound", "Venezuelan waters", "aguas venezolanas".
import type { PlaceFacts, PlaceKind, Token } from '../core/types.ts';
import { FACILITY_NOUNS, FACILITY_PREPS } from '../lexicons/places-stop.ts';
import { gazetteer } from './gazetteer.ts';
import { AREAS } from '../lexicons/seas.ts';
import type { DemonymHit } from './match.ts';
import { describe, type Resolved } from './rank.ts';

export type DerivedPlace = PlaceFacts;

export interface Derived {
  start: number;
  end: number;
  place: DerivedPlace;
  by: string;
  /** Token span of the name itself, when the phrase is a demonym's. */
  i?: number;
  j?: number;
}

// Verbs whose particle "off" does not mean "offshore" ("cut off Venezuela").
const PHRASAL_OFF = new Set(['cut', 'seal', 'call', 'take', 'kick', 'set', 'pay', 'fend', 'ward', 'lay', 'show', 'turn', 'shut', 'wipe', 'fight', 'sell', 'write', 'cordon', 'close', 'block', 'fence', 'drop', 'pull', 'buy', 'rule', 'log', 'sign', 'tip', 'head', 'break', 'ease', 'round', 'top', 'knock', 'spin', 'finish', 'hold', 'put', 'send', 'see', 'shake', 'stave', 'switch', 'tick', 'wear', 'scare', 'carve', 'cast', 'branch', 'peel']);
const COAST = /^(coast|coasts|coastline|shore|shores)$/;
const ARTICLES = /^(the|el|la|los|las)$/;
const LAND_KINDS = new Set<PlaceKind>(['country', 'admin', 'city', 'region']);
const FACILITY_MODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN']);

function seq(tokens: Token[], end: number, words: string[]): boolean {
  const from = end - words.length + 1;
  if (from < 0) return false;
  for (let n = 0; n < words.length; n++) if (tokens[from + n].normal !== words[n]) return false;
  return true;
}

const OFFSHORE_BAND_KM = 200;

/**
 * Offshore convention: the land place's point; off a city a radius of at least 100 km, off a country or region
 * its own radius (centre to coast) plus a 200 km band of sea, at least 300 km.
 */
function offshore(r: Resolved | DerivedPlace, name: string): DerivedPlace {
  const radius = r.kind === 'city' ? Math.max(100, r.radius_km) : Math.max(300, r.radius_km + OFFSHORE_BAND_KM);
  return { name, kind: 'sea', country: r.country, lat: r.lat, lon: r.lon, radius_km: radius, gid: null };
}

/** A facility somewhere in a place: we don't know where, so it keeps the place's point and radius. */
function facilityIn(r: Resolved | DerivedPlace, what: string): DerivedPlace {
  return { name: `${what}, ${r.name}`, kind: 'facility', country: r.country, lat: r.lat, lon: r.lon, radius_km: r.radius_km, gid: null };
}

function isFacilityHead(t: Token | undefined): boolean {
  return !!t && t.text.charAt(0) === t.text.charAt(0).toLowerCase() && (FACILITY_NOUNS.has(t.normal) || FACILITY_NOUNS.has(t.lemma));
}

/** Start token of the facility phrase ending at head `h` ("port facility", "military air base"). */
function facilityStart(tokens: Token[], h: number): number {
  let m = h;
  while (m - 1 >= 0 && h - m < 3 && FACILITY_MODIFIER_POS.has(tokens[m - 1].pos) && tokens[m - 1].sentence === tokens[h].sentence) {
    const c = tokens[m - 1].text.charAt(0);
    if (c !== c.toLowerCase()) break;
    m--;
  }
  return m;
}

function phraseText(tokens: Token[], a: number, b: number): string {
  const out: string[] = [];
  for (let k = a; k <= b; k++) out.push(tokens[k].text.toLowerCase());
  return out.join(' ').replace(/ - /g, '-');
}

/** The more specific place a toponym's neighbours make of it, if any. */
export function placeAround(tokens: Token[], i: number, j: number, end: number, r: Resolved): Derived | null {
  if (!LAND_KINDS.has(r.kind)) return null;
  let k = i - 1;
  if (k >= 0 && ARTICLES.test(tokens[k].normal)) k--;
  // "off the coast of X", "off the shores of X", "frente a las costas de X"
  for (const words of [['off', 'the', 'coast', 'of'], ['off', 'the', 'coasts', 'of'], ['off', 'the', 'shores', 'of'], ['off', 'the', 'shore', 'of'], ['frente', 'a', 'las', 'costas', 'de'], ['frente', 'a', 'la', 'costa', 'de']]) {
    if (seq(tokens, k, words)) return { start: tokens[k - words.length + 1].start, end, place: offshore(r, `off the coast of ${r.name}`), by: 'off-coast' };
  }
  // "off X" and "off X's coast", where "off" is not a verb particle ("cut off X").
  if (k >= 0 && tokens[k].normal === 'off' && (k === 0 || !PHRASAL_OFF.has(tokens[k - 1].lemma))) {
    const poss = tokens[j + 1] && /^['’]s$/.test(tokens[j + 1].text) && COAST.test(tokens[j + 2]?.normal ?? '');
    return { start: tokens[k].start, end: poss ? tokens[j + 2].end : end, place: offshore(r, `off the coast of ${r.name}`), by: 'off-coast' };
  }
  // "east of Barbados", "200 miles north of X", "al este de X": somewhere in that direction, near X.
  const dir = compassBefore(tokens, k);
  if (dir) {
    const near = Math.max(r.kind === 'city' ? 100 : 300, r.radius_km + (dir.km ?? OFFSHORE_BAND_KM));
    return { start: tokens[dir.start].start, end, place: { name: `${dir.word} of ${r.name}`, kind: 'region', country: null, lat: r.lat, lon: r.lon, radius_km: near, gid: null }, by: 'direction-of' };
  }
  // "a port facility in X", "the refinery at X", "the port of X"
  if (k >= 1 && FACILITY_PREPS.has(tokens[k].normal) && isFacilityHead(tokens[k - 1]) && tokens[k - 1].sentence === tokens[i].sentence) {
    const a = facilityStart(tokens, k - 1);
    return { start: tokens[a].start, end, place: facilityIn(r, phraseText(tokens, a, k - 1)), by: 'facility-in' };
  }
  // "his Florida compound", "the Caracas airport"
  if (r.kind !== 'region') {
    for (const h of [j + 1, j + 2]) {
      if (!isFacilityHead(tokens[h]) || tokens[h].sentence !== tokens[j].sentence) continue;
      if (h === j + 2 && !(FACILITY_MODIFIER_POS.has(tokens[j + 1].pos) && tokens[j + 1].text === tokens[j + 1].text.toLowerCase())) continue;
      return { start: tokens[i].start, end: tokens[h].end, place: facilityIn(r, phraseText(tokens, j + 1, h)), by: 'facility-of-place' };
    }
  }
  return null;
}

const COMPASS = /^(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;
const COMPASS_ES: Record<string, string> = { norte: 'north', sur: 'south', este: 'east', oeste: 'west', noreste: 'northeast', noroeste: 'northwest', sureste: 'southeast', suroeste: 'southwest' };
const MILES = /^(miles?|mi)$/;
const KMS = /^(km|kilometers?|kilometres?|kilómetros?)$/;

/** "[200 miles] east of" / "al este de" ending at token k (the word before the toponym), with its distance in km. */
function compassBefore(tokens: Token[], k: number): { word: string; start: number; km: number | null } | null {
  if (k < 1) return null;
  let word: string | null = null;
  let start = -1;
  if (tokens[k].normal === 'of' && COMPASS.test(tokens[k - 1].normal)) [word, start] = [tokens[k - 1].normal, k - 1];
  else if (tokens[k].normal === 'de' && COMPASS_ES[tokens[k - 1].normal] && /^(al|el)$/.test(tokens[k - 2]?.normal ?? '')) [word, start] = [COMPASS_ES[tokens[k - 1].normal], k - 2];
  if (!word || tokens[start].sentence !== tokens[k].sentence) return null;
  const unit = tokens[start - 1]?.normal ?? '';
  const n = Number((tokens[start - 2]?.normal ?? '').replace(/,/g, ''));
  if ((MILES.test(unit) || KMS.test(unit)) && n > 0 && n < 5000) return { word, start: start - 2, km: MILES.test(unit) ? n * 1.609 : n };
  return { word, start, km: null };
}

function areaPlace(k: number): DerivedPlace | null {
  const a = AREAS[k];
  return a ? { name: a.names[0], kind: a.kind, country: a.country, lat: a.lat, lon: a.lon, radius_km: a.radius_km, gid: `${a.kind}:${a.id}` } : null;
}

function refPlace(ref: number): DerivedPlace {
  const { name, kind, country, lat, lon, radius_km, gid } = describe(ref);
  return { name, kind, country, lat, lon, radius_km, gid };
}

function countryPlace(a3: string): DerivedPlace | null {
  const c = gazetteer().countryByA3.get(a3);
  return c ? { name: c.name, kind: 'country', country: c.a3, lat: c.lat, lon: c.lon, radius_km: c.radius_km, gid: `iso:${c.a3}` } : null;
}

/** Places made from demonyms: "Venezuelan waters", "off the Venezuelan coast", "a Venezuelan port", "aguas venezolanas". */
const LANGUAGE_VERBS = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'study', 'studies', 'studied', 'studying', 'learn', 'learns', 'learned', 'learnt', 'learning', 'teach', 'teaches', 'taught', 'teaching', 'fluent', 'translated', 'translate', 'written', 'subtitled', 'dubbed']);

/** "speaks Spanish", "studying Portuguese", "a sign in English.": the word names a language. */
function isLanguage(tokens: Token[], i: number, j: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[j + 1];
  if (!prev || prev.sentence !== tokens[i].sentence) return false;
  const nounAfter = !!next && next.sentence === tokens[j].sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  if (nounAfter) return false;
  if (LANGUAGE_VERBS.has(prev.normal)) return true;
  const before = tokens[i - 2];
  if ((prev.normal === 'in' || prev.normal === 'into') && before && before.sentence === prev.sentence && (LANGUAGE_VERBS.has(before.normal) || /^(said|wrote|reads?|sang|sung|song|songs|message|messages|sign|signs|words?|version|interview|speech|tweet(ed)?|post(ed)?|fluent|fluently|spoke|speaks|speaking)$/.test(before.normal))) return true;
  return false;
}

export function demonymPlaces(tokens: Token[], hits: DemonymHit[]): Derived[] {
  const out: Derived[] = [];
  const g = gazetteer();
  const seen = new Set<number>();
  for (const { i: first, j: i, a3, area, ref } of hits) {
    const c = a3 ? countryPlace(a3) : area !== undefined ? areaPlace(area) : ref !== undefined ? refPlace(ref) : null;
    if (!c) continue;
    let n = i + 1;
    if (tokens[n]?.normal === 'territorial' || tokens[n]?.normal === 'national') n++;
    const next = tokens[n]?.normal ?? '';
    const dem = tokens[first].text;
    if (next === 'waters') {
      out.push({ start: tokens[first].start, end: tokens[n].end, place: offshore(c, `${dem} waters`), by: 'national-waters' });
    } else if (COAST.test(next) && !/^guards?$/.test(tokens[n + 1]?.normal ?? '')) { // not "the US Coast Guard"
      const off = first >= 2 && tokens[first - 1].normal === 'the' && tokens[first - 2].normal === 'off';
      const start = off ? tokens[first - 2].start : tokens[first].start;
      out.push({ start, end: tokens[n].end, place: offshore(c, off ? `off the coast of ${c.name}` : `${dem} coast`), by: off ? 'off-coast' : 'national-coast' });
    } else {
      for (const h of [i + 1, i + 2]) {
        if (!isFacilityHead(tokens[h])) continue;
        if (h === i + 2 && !(FACILITY_MODIFIER_POS.has(tokens[i + 1].pos) && tokens[i + 1].text === tokens[i + 1].text.toLowerCase())) continue;
        out.push({ start: tokens[first].start, end: tokens[h].end, place: facilityIn(c, phraseText(tokens, i + 1, h)), by: 'facility-demonym', i: first, j: i });
        break;
      }
      // A plain demonym ("Russian hackers", "Palestinians") stands for its country or region; a language is not a place.
      if ((!out.length || out[out.length - 1].i !== first) && !isLanguage(tokens, first, i)) out.push({ start: tokens[first].start, end: tokens[i].end, place: c, by: 'demonym', i: first, j: i });
    }
    seen.add(i);
  }
  // Spanish: "aguas (territoriales) venezolanas"
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].normal !== 'aguas') continue;
    let n = k + 1;
    if (tokens[n]?.normal === 'territoriales' || tokens[n]?.normal === 'jurisdiccionales') n++;
    const a3 = tokens[n] ? g.demonyms.get(tokens[n].normal) : undefined;
    const c = a3 ? countryPlace(a3) : null;
    if (c && !seen.has(n)) out.push({ start: tokens[k].start, end: tokens[n].end, place: offshore(c, `aguas ${tokens[n].text}`), by: 'national-waters' });
  }
  return out;
}
