// When and where a mention happened: its date interval (with the conventions below) and its place.
//
// Interval conventions when the clause has no time expression (intervalBy):
//   'time'                 the clause's time expression has an interval;
//   'duration'             "for several weeks" + perfect: [published − duration, published], granularity open;
//   'coref'                an anaphor ("the attack") takes its antecedent's interval;
//   'publication-ongoing'  perfect/progressive or a running tally ("has deployed", "has involved the destruction"):
//                          [published − 180 days, published], granularity open;
//   'publication'          simple past/present with no date: [published − 7 days, published], granularity open;
//   'unresolved'           no publication date, or a hypothetical/negated mention (interval null).
import type { Interval, Modality, Place, PlaceKind, TimeExpr, Token } from '../core/types.ts';
import { historicalCue, type Clause } from './events-clauses.ts';
import type { DocIndex } from './events-participants.ts';
import { countryByAlpha3 } from '../geo/lookup.ts';

export const RECENT_DAYS = 7;
export const ONGOING_DAYS = 180;

export function isoDay(published: string | null): string | null {
  if (!published) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m ? m[1] : null;
}

const shifted = new Map<string, string>();

/** The day n days from `day`; memoised, since every mention of a document shifts the same publication day. */
export function addDays(day: string, n: number): string {
  const key = day + n;
  let out = shifted.get(key);
  if (out === undefined) {
    const t = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) + n * 86_400_000;
    out = new Date(t).toISOString().slice(0, 10);
    if (shifted.size > 4096) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}

const UNIT_DAYS: Record<string, number> = { D: 1, W: 7, M: 30, Y: 365 };

export interface Anchor {
  interval: Interval | null;
  by: string;
}

/** The interval of a mention from its time expression, else from the conventions above. */
export function anchorInterval(time: TimeExpr | null, modality: Modality, ongoing: boolean, published: string | null): Anchor {
  if (time?.interval) return { interval: time.interval, by: 'time' };
  const day = isoDay(published);
  if (!day || modality === 'hypothetical' || modality === 'negated' || modality === 'question') return { interval: null, by: 'unresolved' };
  const dur = time && time.type === 'DURATION' ? /^P(\d+|X)([DWMY])$/.exec(time.value) : null;
  if (dur) {
    const n = dur[1] === 'X' ? 3 : Number(dur[1]);
    return { interval: { start: addDays(day, -n * UNIT_DAYS[dur[2]]), end: day, granularity: 'open' }, by: 'duration' };
  }
  if (ongoing) return { interval: { start: addDays(day, -ONGOING_DAYS), end: day, granularity: 'open' }, by: 'publication-ongoing' };
  return { interval: { start: addDays(day, -RECENT_DAYS), end: day, granularity: 'open' }, by: 'publication' };
}

/** Background: a time expression (or a year) well before publication. */
export function isHistoricalYear(year: number, published: string | null): boolean {
  const day = isoDay(published);
  return !!day && year < Number(day.slice(0, 4)) - 1;
}

/** Background: an interval that ended more than a year before publication. */
let cutoffFor: string | null = null;
let cutoff = '';

export function isHistoricalInterval(iv: Interval, published: string | null): boolean {
  const day = isoDay(published);
  // An open interval ("since 2019") runs up to now: ongoing, not background.
  if (!day || iv.end === null) return false;
  if (cutoffFor !== day) { cutoffFor = day; cutoff = addDays(day, -365); } // one date computation per publication day
  return iv.end < cutoff;
}

/** A place used as a location, not as an agent ("Washington said") or an origin ("oil from Venezuela"). */
export function isLocation(p: Place): boolean {
  return !p.role || p.role === 'location';
}

const KIND_RANK: Record<PlaceKind, number> = { facility: 0, city: 1, admin: 2, sea: 3, region: 4, country: 5 };

/**
 * The most specific place (facility > city > admin > sea > region > country), nearest to the trigger on ties; a place
 * with no point ("international waters") only when nothing else is named.
 */
export function bestPlace(places: Place[], triggerStart: number): Place | null {
  let best: Place | null = null;
  for (const p of places) {
    if (!best) { best = p; continue; }
    const located = Number(p.lat != null) - Number(best.lat != null);
    if (located !== 0) { if (located > 0) best = p; continue; }
    const d = KIND_RANK[p.kind] - KIND_RANK[best.kind];
    if (d < 0 || (d === 0 && Math.abs(p.start - triggerStart) < Math.abs(best.start - triggerStart))) best = p;
  }
  return best;
}

/** The country the document is mostly about apart from the actor's own: for "the country", "the South American nation". */
export function dominantForeignCountry(places: Place[], notCode: string | null): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (const p of places) {
    if (!p.country || p.country === notCode) continue;
    const n = (count.get(p.country) ?? 0) + 1;
    count.set(p.country, n);
    if (!best || n > count.get(best)!) best = p.country;
  }
  return best;
}

/** A country-level place standing for a definite description ("the country") at [start, end). */
export function countryPlace(code: string, start: number, end: number, text: string): Place | null {
  const c = countryByAlpha3(code);
  if (!c) return null;
  return { start, end, text, name: c.name, kind: 'country', country: code, lat: c.lat, lon: c.lon, radius_km: c.radius_km, gid: null, by: 'events:the-country' };
}

/** "inside the country", "the South American nation": the document's dominant foreign country. */
export function theCountry(ix: DocIndex, clause: Clause, places: Place[], actorCode: string | null): Place | null {
  const { tokens } = ix;
  for (let j = clause.from; j < clause.to; j++) {
    if (tokens[j].normal !== 'country' && tokens[j].normal !== 'nation') continue;
    let k = j - 1;
    while (k >= clause.from && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ')) k--;
    if (k < clause.from || tokens[k].normal !== 'the') continue;
    const code = dominantForeignCountry(places, actorCode);
    return code ? countryPlace(code, tokens[k].start, tokens[j].end, ix.doc.text.slice(tokens[k].start, tokens[j].end)) : null;
  }
  return null;
}

/** Years-old background: a time ending more than a year before publication, "in 1989", "decades ago", "had long". */
export function isBackground(tokens: Token[], clause: Clause, time: TimeExpr | null, published: string | null): boolean {
  if (time?.interval) return isHistoricalInterval(time.interval, published);
  const year = yearInClause(tokens, clause);
  if (year && isHistoricalYear(year, published)) return true;
  return historicalCue(tokens, clause);
}

function yearInClause(tokens: Token[], c: Clause): number | null {
  for (let j = c.from + 1; j < c.to; j++) {
    if (!/^(1[89]|20)\d\d$/.test(tokens[j].normal)) continue;
    if (/^(in|since|during|until|by)$/.test(tokens[j - 1].normal)) return Number(tokens[j].normal);
  }
  return null;
}
