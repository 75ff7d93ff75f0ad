// Second-level areas ("Laurel County") without a county gazetteer: the same-named town in the state the
// document is about, else that state's centre with its radius, else unknown coordinates.
import { ADMINS } from '../lexicons/places-admin.ts';
import { gazetteer, TYPE_SHIFT } from './gazetteer.ts';
import type { RankContext, Resolved } from './rank.ts';

const COUNTY_RADIUS_KM = 40;

/** The document's dominant US state code from the ranking context ("KY"), or null. */
export function dominantUsState(ctx: RankContext): string | null {
  let best: string | null = null;
  let bestW = 0;
  for (const [k, w] of ctx.admins) {
    if (!k.startsWith('USA-') || w <= bestW) continue;
    best = k.slice(4);
    bestW = w;
  }
  return best;
}

export function countyPlace(name: string, refs: number[], ctx: RankContext): Resolved {
  const g = gazetteer();
  const state = ctx.near?.country === 'USA' && ctx.near.adminCode ? ctx.near.adminCode : dominantUsState(ctx);
  const base = { name, kind: 'admin' as const, country: 'USA', type: 1, score: 0, adminCode: state, gid: `county:${state ?? 'US'}:${name}` };
  let town = -1;
  for (const r of refs) {
    const i = r % TYPE_SHIFT;
    if (state && g.cities.admin[i] !== state) continue;
    if (town < 0 || g.cities.pop[i] > g.cities.pop[town]) town = i;
  }
  if (town >= 0) return { ...base, lat: g.cities.lat[town], lon: g.cities.lon[town], radius_km: COUNTY_RADIUS_KM };
  const admin = state ? ADMINS.find((a) => a.country === 'USA' && a.adminCode === state) : undefined;
  if (admin) return { ...base, lat: admin.lat, lon: admin.lon, radius_km: admin.radius_km };
  return { ...base, lat: null, lon: null, radius_km: COUNTY_RADIUS_KM };
}
