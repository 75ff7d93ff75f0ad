// Names the gazetteer can't hold: capitalised names ending in a location head word ("Royal Street",
// "Barclays Center", "Neches River"), "Lake/Mount X", and road numbers ("A417", "I-95", "Route 66").
// They are placed at the document's best local context (see placeInContext in places.ts).
import type { Token } from '../core/types.ts';
import type { PlaceKind } from '../core/types.ts';
import { haversineKm } from './names.ts';

/** Towns this close to each other count as one cluster when choosing the document's local context. */
const NEIGHBOUR_KM = 100;

export interface HeadName {
  i: number;
  j: number;
  start: number;
  end: number;
  kind: PlaceKind;
  /** Small things (streets, buildings) sit inside a town; big ones (rivers, valleys) only near it. */
  local: boolean;
}

// head word → [kind, local]
const HEADS = new Map<string, [PlaceKind, boolean]>();
const add = (words: string, kind: PlaceKind, local: boolean) => {
  for (const w of words.split('|')) HEADS.set(w, [kind, local]);
};
add('Street|St.|Road|Rd.|Drive|Avenue|Ave.|Boulevard|Blvd.|Lane|Highway|Hwy.|Parkway|Pkwy.|Turnpike|Expressway|Freeway|Bridge|Square|Plaza|Pike', 'facility', true);
add('Park|Center|Centre|Stadium|Arena|Airport|Station|Mall|Hospital|Cemetery|Pier|Harbor|Harbour|Marina', 'facility', true);
add('Church|Cathedral|Basilica|Chapel|Castle|Tower|Theatre|Theater|Estate|Palace|Mosque|Temple|Prison|Racecourse|Circuit|Courthouse', 'facility', true);
// Campuses: GeoWebNews counts a named university or college as the place it stands on.
add('University|College', 'facility', true);
// "Stonewall Golf Club", "Augusta Country Club": grounds, unlike most clubs.
add('Club', 'facility', true);
const CLUB_GROUNDS = new Set(['Golf', 'Country', 'Yacht', 'Cricket', 'Polo', 'Racquet']);
add('Lagoon|Peninsula|Gorge|Glacier|Desert', 'region', false);
add('Quarter|Village|Point|Heights|Gardens', 'city', true);
add('River|Creek|Lake|Valley|Bay|Island|Islands|Beach|Canyon|Forest|Wilderness|Mountain|Mountains|Falls|Reservoir|Swamp|Bayou|Hills', 'region', false);
// Prefix heads: "Lake Erie", "Mount Hood".
const PREFIX = new Map<string, [PlaceKind, boolean]>([
  ['Lake', ['region', false]],
  ['Mount', ['region', false]],
  ['Mt.', ['region', false]],
]);
// Words that make the whole an organisation or something else, not a place.
const NOT_IN_NAME = new Set(
  'The|A|An|This|That|These|Those|Our|His|Her|Their|Its|My|Your|In|On|At|Of|For|From|By|With|And|But|Or|When|While|After|Before|If|As|To|Mr.|Mrs.|Ms.|Dr.|Sen.|Rep.|Gov.|President|Journal|Group|Hotel|Bank|Company|Inc.|Corp.|Association|Foundation|Institute|University|College|School|Research|Policy|Study|Studies|Health|Medical|Cancer|Media|News|Capital|Management|Services|Partners|Fund|Financial|Investment|Investments|Holdings|Trust|Council|Committee|Department|Agency|Office|Democratic|Republican|Federal|Reserve|Data|Science|Technology|Research|Legal|Justice|Rights|Policy|Wall|County|Parish|Jones|Fleet|Silicon|Sesame|Jump'.split('|'),
);
// Heads that need a place-like word before them to count (too often organisation names otherwise).
const ORG_AFTER = new Set(['for', 'of', "'s", '’s']);
const STOP_WORD_HEAD = new Set(['Street', 'Center', 'Centre', 'Park', 'Station', 'Bridge', 'Square', 'Hospital', 'Bay', 'Valley', 'Forest', 'Falls', 'Hills']);

const isUpper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};
const isOrdinal = (s: string): boolean => /^\d+(st|nd|rd|th)$/.test(s);
const ROAD = /^(?:[AM]\d{1,4}|I-\d{1,3}|US-\d{1,3}|SR-\d{1,3})$/;
const ROAD_WORD = new Set(['Route', 'Interstate', 'Highway', 'Hwy.', 'US', 'U.S.', 'SR', 'CR', 'FM']);
const ROAD_NEXT = /^(?:and|or|in|near|at|to|from|between|north|south|east|west|northbound|southbound|eastbound|westbound|through|is|was|will|has)$/;
const ROAD_QUALIFIER = new Set(['County', 'State', 'Farm', 'U.S.', 'US']);

function nameWord(t: Token): boolean {
  return (isUpper(t.text) && /^[A-Z][\p{L}'’.-]*$/u.test(t.text)) || isOrdinal(t.text);
}

/** Spans of head-word names and road numbers, left to right, not overlapping each other. */
export function findHeadNames(tokens: Token[]): HeadName[] {
  const out: HeadName[] = [];
  let last = -1;
  const push = (i: number, j: number, kind: PlaceKind, local: boolean) => {
    if (i <= last) return;
    out.push({ i, j, start: tokens[i].start, end: tokens[j].end, kind, local });
    last = j;
  };
  const num = (n: number) => n < tokens.length && /^\d{1,4}$/.test(tokens[n].text) && tokens[n].start === tokens[n - 1].end + 1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const text = t.text;
    // Every head, prefix and road number starts with a capital letter: most tokens stop here.
    const c0 = text.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    // Road numbers: "A417", "I-95", "Route 66", "Interstate 95", "US 101".
    if (ROAD.test(text) && (text.length > 2 || text.startsWith('I'))) {
      // Airbus models and rifles look like British roads.
      if (/^(?:A3\d\d|M1[46]|M4)$/.test(text)) continue;
      if (/^[AM]\d/.test(text) && !/^(?:road|the|a|on|onto|off|along|via|of|near|from|to|and|,)$/i.test(tokens[k - 1]?.normal ?? '') && !/^(?:road|motorway|in|near|at|between|and|,)$/i.test(tokens[k + 1]?.normal ?? '')) continue;
      push(k, k, 'facility', false);
      continue;
    }
    // "Route 66", "Interstate 95", "U.S. 127", "County Road 43", "State Route 9", "CR 2202", "FM 678".
    // "the US 2 team": a bare "US"/"CR" number must not run into a noun.
    const loose = text === 'US' || text === 'U.S.' || text === 'CR' || text === 'FM' || text === 'SR';
    if (ROAD_WORD.has(text) && num(k + 1) && !(loose && /^[a-z]+$/.test(tokens[k + 2]?.text ?? '') && !ROAD_NEXT.test(tokens[k + 2].text))) {
      push(k, k + 1, 'facility', false);
      k++;
      continue;
    }
    if (ROAD_QUALIFIER.has(text) && /^(?:Road|Route|Highway)$/.test(tokens[k + 1]?.text ?? '') && num(k + 2)) {
      push(k, k + 2, 'facility', false);
      k += 2;
      continue;
    }
    const pre = PREFIX.get(text);
    if (pre && k + 1 < tokens.length && nameWord(tokens[k + 1]) && !HEADS.has(tokens[k + 1].text) && tokens[k + 1].sentence === t.sentence) {
      let j = k + 1;
      if (j + 1 < tokens.length && nameWord(tokens[j + 1]) && !NOT_IN_NAME.has(tokens[j + 1].text) && tokens[j + 1].sentence === t.sentence && !HEADS.has(tokens[j + 1].text)) j++;
      if (!followedByName(tokens, j)) push(k, j, pre[0], pre[1]);
      continue;
    }
    const head = HEADS.get(text);
    if (!head || k === 0) continue;
    if (text === 'Club' && !CLUB_GROUNDS.has(tokens[k - 1].text)) continue;
    // The name before the head: up to four capitalised words or ordinals in the same sentence.
    let i = k;
    // "Cabin Creek Road": a head word may sit inside a longer name, so the last head of a run decides.
    if (HEADS.has(tokens[k + 1]?.text ?? '') && tokens[k + 1].sentence === t.sentence) continue;
    while (i - 1 >= 0 && k - i < 5 && tokens[i - 1].sentence === t.sentence && (nameWord(tokens[i - 1]) || possessive(tokens, i - 1)) && !NOT_IN_NAME.has(tokens[i - 1].text)) i--;
    // "Both Sun Valley": a capitalised sentence-initial common word is not part of the name.
    if (i < k - 1 && (i === 0 || tokens[i - 1].sentence !== t.sentence) && tokens[i].pos !== 'PROPN') i++;
    if (i === k || i <= last) continue;
    // "Wall Street Journal", "Park Hotel", "Center for ...": the head is part of a longer name.
    // "1200 E. Broad St. Lanier said": an abbreviated head ends a sentence the tokenizer kept going.
    if ((followedByName(tokens, k) && !text.endsWith('.')) || ORG_AFTER.has(tokens[k + 1]?.normal ?? '')) continue;
    // "New York Times Square"-style runs are fine; a lone name word that is also a common stop head is risky only when sentence-initial.
    if (STOP_WORD_HEAD.has(text) && i === k - 1 && (i === 0 || tokens[i - 1].sentence !== t.sentence) && tokens[i].pos !== 'PROPN') continue;
    push(i, k, head[0], head[1]);
  }
  return out;
}

/** "St George’s Chapel", "St. Mary's Hospital": a saint's possessive inside the name ("Brooklyn's Barclays Center" is two names). */
function possessive(tokens: Token[], n: number): boolean {
  const t = tokens[n];
  return (t.text === "'s" || t.text === '’s') && n > 1 && tokens[n - 1].end === t.start && nameWord(tokens[n - 1]) && /^(?:St\.?|Saint)$/.test(tokens[n - 2].text);
}

function followedByName(tokens: Token[], j: number): boolean {
  const n = tokens[j + 1];
  return !!n && n.sentence === tokens[j].sentence && isUpper(n.text) && /^[A-Z][a-z]/.test(n.text) && n.start <= tokens[j].end + 1;
}

export interface ContextPoint {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
}

/** The document's best local context: its most often named town, else its most often named area, else country. */
export function bestContext(places: readonly { kind: PlaceKind; name: string; country: string | null; lat: number | null; lon: number | null }[]): ContextPoint | null {
  let best: ContextPoint | null = null;
  let bestScore = 0;
  const counts = new Map<string, number>();
  const rank: Partial<Record<PlaceKind, number>> = { city: 3, admin: 2, country: 1 };
  // The document's main country (most places named in it): a stray town elsewhere ("Peel" read as the
  // Isle of Man's) does not host the streets and buildings of a Toronto story.
  const byCountry = new Map<string, number>();
  // Towns and areas count in full, a country's own name less (a mis-read "Georgia" would otherwise win).
  for (const p of places) if (p.country && rank[p.kind]) byCountry.set(p.country, (byCountry.get(p.country) ?? 0) + (p.kind === 'country' ? 0.5 : 1));
  let top = 0;
  for (const v of byCountry.values()) top = Math.max(top, v);
  // Distinct towns of the document, for neighbours: a cluster of nearby towns ("Vienna, Fairfax,
  // Centreville") outweighs a stray one named first ("the architecture in Charleston").
  const towns = new Map<string, { lat: number; lon: number }>();
  for (const p of places) if (p.kind === 'city' && p.lat !== null && p.lon !== null) towns.set(`${p.name}|${p.country}`, { lat: p.lat, lon: p.lon });
  const neighbours = new Map<string, number>();
  for (const p of places) {
    const r = rank[p.kind];
    if (!r || p.lat === null || p.lon === null) continue;
    if (p.country && (byCountry.get(p.country) ?? 0) < top) continue;
    const key = `${p.kind}|${p.name}|${p.country}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    let nb = neighbours.get(key);
    if (nb === undefined) {
      nb = 0;
      if (p.kind === 'city') for (const [k, t] of towns) if (k !== `${p.name}|${p.country}` && haversineKm(p.lat, p.lon, t.lat, t.lon) <= NEIGHBOUR_KM) nb++;
      neighbours.set(key, nb);
    }
    const score = r * 1000 + n + nb;
    if (score > bestScore) {
      bestScore = score;
      best = { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
    }
  }
  return best;
}

