// Pure look-ups for other stages (events, resolution): a name to a place, a country code to its centre.
import type { PlaceFacts } from '../core/types.ts';
import { gazetteer } from './gazetteer.ts';
import { nameKey } from './names.ts';
import { rankCandidates, isOrgName, type RankContext } from './rank.ts';

export type PlaceInfo = PlaceFacts;

/** Resolves a place name ("Caracas", "the Caribbean", "Florida") with an optional alpha-3 or alpha-2 country hint. */
export function lookupPlace(name: string, countryHint?: string): PlaceInfo | null {
  const g = gazetteer();
  let key = nameKey(name);
  if (key.startsWith('the ')) key = key.slice(4);
  else if (/^(el|la|los|las) /.test(key) && !g.index.has(key)) key = key.replace(/^\S+ /, '');
  const refs = g.index.get(key);
  if (!refs || isOrgName(refs)) return null;
  const ctx: RankContext = { countries: new Map(), admins: new Map() };
  if (countryHint) {
    const a3 = countryHint.length === 2 ? g.countryByA2.get(countryHint.toUpperCase())?.a3 : countryHint.toUpperCase();
    if (a3) {
      ctx.countries.set(a3, 1);
      ctx.near = { country: a3, adminCode: null };
    }
  }
  const r = rankCandidates(refs, ctx, { cityOk: true, locative: true });
  if (!r) return null;
  return { name: r.name, kind: r.kind, country: r.country, lat: r.lat, lon: r.lon, radius_km: r.radius_km, gid: r.gid };
}

/** A country's name, centroid and radius (from its area) by ISO alpha-3, or null. */
export function countryByAlpha3(code: string): { name: string; lat: number; lon: number; radius_km: number } | null {
  const c = gazetteer().countryByA3.get(code.toUpperCase());
  return c ? { name: c.name, lat: c.lat, lon: c.lon, radius_km: c.radius_km } : null;
}

/** The alpha-3 of a demonym ("Venezuelan" → "VEN"), or null. */
export function countryOfDemonym(word: string): string | null {
  return gazetteer().demonyms.get(nameKey(word)) ?? null;
}
