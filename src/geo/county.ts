// Second-level areas ("Laurel County", "Rapides Parish"): US counties from a table with rough centres,
// the state chosen by the document's context; names the table lacks fall back to the same-named town in
// the state the document is about, else that state's centre, else unknown coordinates.
import { ADMINS } from '../lexicons/places-admin.ts';
import { COUNTY_DATA } from '../lexicons/places-counties.ts';
import { gazetteer, CandType, TYPE_SHIFT } from './gazetteer.ts';
import { nameKey } from './names.ts';
import { describe, type RankContext, type Resolved } from './rank.ts';

const COUNTY_RADIUS_KM = 40;

export interface County {
  state: string;
  lat: number;
  lon: number;
  /** ZIP codes in the county: a rough size. */
  zips: number;
}

let table: Map<string, County[]> | null = null;

/** Counties by name key ("walker" → Walker County in AL, GA, TX ...), built once. */
export function countyTable(): Map<string, County[]> {
  if (table) return table;
  table = new Map();
  for (const line of COUNTY_DATA.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    const state = line.slice(0, bar).trim();
    for (const row of line.slice(bar + 1).split(',')) {
      const [name, lat, lon, zips] = row.split(':');
      const key = nameKey(name);
      const list = table.get(key) ?? [];
      list.push({ state, lat: +lat, lon: +lon, zips: +zips });
      table.set(key, list);
    }
  }
  return table;
}

/** The counties a "X County" toponym key may stand for ("walker county" → [AL, GA, TX ...]). */
export function countiesOf(key: string): County[] {
  const sp = key.lastIndexOf(' ');
  return sp < 0 ? [] : (countyTable().get(key.slice(0, sp)) ?? []);
}

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

/** The county the context points to; `sure` when the name is unique or the context decided. */
export function pickCounty(list: County[], ctx: RankContext): { county: County; sure: boolean } | null {
  if (!list.length) return null;
  if (list.length === 1) return { county: list[0], sure: true };
  const near = ctx.near?.country === 'USA' ? ctx.near.adminCode : null;
  let best = list[0];
  let bestScore = -1;
  let decided = false;
  for (const c of list) {
    const area = `USA-${c.state}`;
    const named = (ctx.admins.get(area) ?? 0) > 0 ? 100 : 0;
    const support = 30 * Math.min(4, ctx.support?.get(area) ?? 0);
    const s = (c.state === near ? 1000 : 0) + named + support + Math.log10(c.zips + 1);
    if (s > bestScore) {
      decided = s >= 30;
      bestScore = s;
      best = c;
    }
  }
  return { county: best, sure: decided };
}

export function countyPlace(name: string, key: string, refs: number[], ctx: RankContext): Resolved {
  const picked = pickCounty(countiesOf(key), ctx);
  if (picked) {
    const c = picked.county;
    return { name, kind: 'admin', country: 'USA', type: 1, score: 0, adminCode: c.state, gid: `county:${c.state}:${name}`, lat: c.lat, lon: c.lon, radius_km: COUNTY_RADIUS_KM };
  }
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

/** The US state with this postal code as a resolved place ("NY" → New York State), or null. */
export function usState(code: string): Resolved | null {
  const k = ADMINS.findIndex((a) => a.country === 'USA' && a.adminCode === code);
  return k < 0 ? null : describe(CandType.Admin * TYPE_SHIFT + k);
}
