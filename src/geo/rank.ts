// Candidate ranking: feature type first (countries beat same-named towns), then population and
// agreement with the countries and states the rest of the document names.
import type { PlaceFacts, PlaceKind } from '../core/types.ts';
import { AREAS } from '../lexicons/seas.ts';
import { ADMINS } from '../lexicons/places-admin.ts';
import { FACILITIES } from '../lexicons/places-facilities.ts';
import { gazetteer, CandType, TYPE_SHIFT } from './gazetteer.ts';

export interface Resolved extends PlaceFacts {
  gid: string;
  /** First-level area code ("FL"), for "City, State" and context. */
  adminCode: string | null;
  type: number;
  score: number;
}

/** What the rest of the document says about where it is. */
export interface RankContext {
  /** alpha-3 → weight of other mentions in that country. */
  countries: Map<string, number>;
  /** "USA-FL" → weight of other mentions in that first-level area. */
  admins: Map<string, number>;
  /** "USA-TX" → how many other names in the document have a candidate town in that area (local-news prior). */
  support?: Map<string, number>;
  /** From "City, State" / "City, Country": the area that follows the name. */
  near?: { country: string; adminCode: string | null } | null;
  /** 0-3: how strongly the document reads as US local news (US towns and states gain). */
  usLocal?: number;
}

export interface RankOptions {
  /** False when the token looks like a common word or part of a person's name: cities are then skipped. */
  cityOk: boolean;
  /** True after "at/in/outside": lets org-like facilities ("the White House") be places. */
  locative: boolean;
  /** After "to/from/via": a smaller town may qualify, as after "in" (org-like facilities still need a locative). */
  moving?: boolean;
  /** The name is used as a town somewhere in the document ("the Jordan City Council"): towns beat countries. */
  town?: boolean;
}

export const EMPTY_CONTEXT: RankContext = { countries: new Map(), admins: new Map() };

const MIN_CITY_SCORE = 45;
const MIN_LOCATIVE_CITY_SCORE = 38;
const COUNTRY_SCORE = 200;

/** City uncertainty grows with population: a village ~3 km, a megacity ~50 km. */
export function cityRadius(pop: number): number {
  return Math.min(50, Math.round(3 + Math.sqrt(pop) / 100));
}

/** The place a packed candidate ref stands for, before scoring. */
export function describe(ref: number): Resolved {
  const g = gazetteer();
  const type = Math.floor(ref / TYPE_SHIFT);
  const i = ref % TYPE_SHIFT;
  const base = { type, score: 0, adminCode: null as string | null };
  switch (type) {
    case CandType.Country: {
      const c = g.countries[i];
      return { ...base, name: c.name, kind: 'country', country: c.a3, lat: c.lat, lon: c.lon, radius_km: c.radius_km, gid: `iso:${c.a3}` };
    }
    case CandType.Admin: {
      const a = ADMINS[i];
      return { ...base, name: a.names[0], kind: 'admin', country: a.country, lat: a.lat, lon: a.lon, radius_km: a.radius_km, gid: `admin:${a.id}`, adminCode: a.adminCode };
    }
    case CandType.Area: {
      const a = AREAS[i];
      return { ...base, name: a.names[0], kind: a.kind, country: a.country, lat: a.lat, lon: a.lon, radius_km: a.radius_km, gid: `${a.kind}:${a.id}` };
    }
    case CandType.Facility: {
      const f = FACILITIES[i];
      return { ...base, name: f.names[0], kind: 'facility', country: f.country, lat: f.lat, lon: f.lon, radius_km: f.radius_km, gid: `facility:${f.id}` };
    }
    default: {
      const t = g.cities;
      const a2 = g.countryCodes[t.cc[i]];
      const country = g.countryByA2.get(a2)?.a3 ?? null;
      return {
        ...base,
        name: t.name[i],
        kind: 'city',
        country,
        lat: round(t.lat[i]),
        lon: round(t.lon[i]),
        radius_km: cityRadius(t.pop[i]),
        gid: `geonames:${t.gid[i]}`,
        adminCode: t.admin[i] || null,
      };
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function score(ref: number, ctx: RankContext, opts: RankOptions, bigPop?: Map<number, number>): number {
  const type = Math.floor(ref / TYPE_SHIFT);
  const i = ref % TYPE_SHIFT;
  const w = (a3: string | null) => (a3 && ctx.countries.get(a3) ? 60 : 0);
  switch (type) {
    case CandType.Country: {
      const a3 = gazetteer().countries[i].a3;
      // "a Lebanon man" in US local news: a country has no city council, a US town of that name does.
      if (opts.town && (ctx.usLocal ?? 0) >= 2 && a3 !== 'USA' && !ctx.countries.get(a3)) return 80;
      return COUNTRY_SCORE + w(a3);
    }
    case CandType.Admin: {
      const a = ADMINS[i];
      if (a.needsContext && !ctx.countries.get(a.country)) return -1;
      const near = ctx.near && ctx.near.country === a.country ? 100 : 0;
      let sameCountryAreas = false;
      for (const [k, v] of ctx.admins) if (v > 0 && k.startsWith(a.country) && k !== `${a.country}-${a.adminCode}`) sameCountryAreas = true;
      // A document clearly set in the country reads "Georgia" as its state, not as the country of that name.
      const home = (ctx.countries.get(a.country) ?? 0) >= 2 ? 40 : 0;
      const local = a.country === 'USA' ? 10 * (ctx.usLocal ?? 0) : 0;
      // "Atlanta ... Georgia": a town of the document lies in this state.
      const ownArea = a.adminCode && (ctx.admins.get(`${a.country}-${a.adminCode}`) ?? 0) > 0 ? 60 : 0;
      return 90 + w(a.country) + (sameCountryAreas ? 60 : 0) + near + home + local + ownArea;
    }
    case CandType.Area:
      return 150;
    case CandType.Facility: {
      const f = FACILITIES[i];
      if (f.orgLike && !opts.locative) return -1;
      if (f.needsContext && !ctx.countries.get(f.country)) return -1;
      return 160;
    }
    case CandType.City:
    case CandType.CityAlias: {
      const g = gazetteer();
      const t = g.cities;
      const a3 = g.countryByA2.get(g.countryCodes[t.cc[i]])?.a3 ?? null;
      const admin = a3 && t.admin[i] ? `${a3}-${t.admin[i]}` : '';
      let s = 10 * Math.log10(t.pop[i] + 1) + (t.rank[i] === 2 ? 25 : t.rank[i] === 1 ? 10 : 0);
      if (type === CandType.CityAlias) s += 80;
      if (a3 === 'USA' && ctx.usLocal) s += 10 * ctx.usLocal + (opts.town ? 40 : 0);
      s += w(a3);
      // "Boston" beside "New York": a village that only shares a state with another name does not beat
      // a same-country city twenty times its size.
      const big = bigPop?.get(t.cc[i]) ?? 0;
      const dwarfed = big >= 100_000 && big >= 20 * t.pop[i];
      if (admin && ctx.admins.get(admin) && !dwarfed) s += 40;
      if (admin && ctx.support && !dwarfed) s += 12 * Math.min(4, ctx.support.get(admin) ?? 0);
      const nearHit = !!ctx.near && ctx.near.country === a3 && (ctx.near.adminCode === null || ctx.near.adminCode === t.admin[i]);
      if (ctx.near && ctx.near.country === a3) s += nearHit ? 150 : 30;
      if (!opts.cityOk) return -1;
      // Without "City, State" or a town cue, a town never outranks the country of the same name ("China", "Jordan").
      if (!nearHit && !opts.town) s = Math.min(s, COUNTRY_SCORE - 1);
      // "a campaign stop in X", "travelling to X": after a locative preposition a smaller town will do.
      return s >= (opts.locative || opts.moving ? MIN_LOCATIVE_CITY_SCORE : MIN_CITY_SCORE) ? s : -1;
    }
    default:
      return -1;
  }
}

/** The best candidate ref and its score, or null when none is good enough. */
export function rankRef(refs: number[], ctx: RankContext, opts: RankOptions): { ref: number; score: number } | null {
  // "Casa Blanca" said ...: an org-like facility's name outside a locative is the institution, not a same-named town.
  if (!opts.locative && refs.some(isOrgLikeFacility)) return null;
  let bigPop: Map<number, number> | undefined;
  if (refs.length > 1) {
    const t = gazetteer().cities;
    for (const r of refs) {
      const type = Math.floor(r / TYPE_SHIFT);
      if (type !== CandType.City && type !== CandType.CityAlias) continue;
      const i = r % TYPE_SHIFT;
      if (t.pop[i] < 100_000) continue;
      bigPop ??= new Map();
      if ((bigPop.get(t.cc[i]) ?? 0) < t.pop[i]) bigPop.set(t.cc[i], t.pop[i]);
    }
  }
  let best = -1;
  let bestScore = -1;
  for (const r of refs) {
    const s = score(r, ctx, opts, bigPop);
    if (s > bestScore) {
      bestScore = s;
      best = r;
    }
  }
  return best < 0 || bestScore < 0 ? null : { ref: best, score: bestScore };
}

/** The best candidate for a name, or null when none is good enough. */
export function rankCandidates(refs: number[], ctx: RankContext, opts: RankOptions): Resolved | null {
  const r = rankRef(refs, ctx, opts);
  if (!r) return null;
  const out = describe(r.ref);
  out.score = r.score;
  return out;
}

/** What a ref adds to the document's context: its country, first-level area and kind (cheap, no strings built). */
export function refContext(ref: number): { country: string | null; adminCode: string | null; kind: PlaceKind } {
  const g = gazetteer();
  const type = Math.floor(ref / TYPE_SHIFT);
  const i = ref % TYPE_SHIFT;
  switch (type) {
    case CandType.Country:
      return { country: g.countries[i].a3, adminCode: null, kind: 'country' };
    case CandType.Admin:
      return { country: ADMINS[i].country, adminCode: ADMINS[i].adminCode, kind: 'admin' };
    case CandType.Area:
      return { country: AREAS[i].country, adminCode: null, kind: AREAS[i].kind };
    case CandType.Facility:
      return { country: FACILITIES[i].country, adminCode: null, kind: 'facility' };
    default:
      return { country: g.countryByA2.get(g.countryCodes[g.cities.cc[i]])?.a3 ?? null, adminCode: g.cities.admin[i] || null, kind: 'city' };
  }
}

/** True when the refs hold an organisation name ("New York Times"). */
export function isOrgName(refs: number[]): boolean {
  return refs.some((r) => Math.floor(r / TYPE_SHIFT) === CandType.Org);
}

function isOrgLikeFacility(ref: number): boolean {
  return Math.floor(ref / TYPE_SHIFT) === CandType.Facility && FACILITIES[ref % TYPE_SHIFT].orgLike === true;
}
