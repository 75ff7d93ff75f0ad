// Countries as GPE actors (generated from i18n-iso-countries and world-countries), demonyms,
// capital-city metonyms, and regions that are names but not actors.
import { createRequire } from 'node:module';
import type { ActorEntry } from './actors-types.ts';
import { MORE_COUNTRY_QIDS } from './data/actors-states.ts';
import { stateRows } from './actors-states.ts';

/** Wikidata ids of the countries that matter most here (hand-checked). */
const COUNTRY_QIDS: Record<string, string> = {
  USA: 'Q30', VEN: 'Q717', COL: 'Q739', MEX: 'Q96', CUB: 'Q241', TTO: 'Q754', BRA: 'Q155', ARG: 'Q414',
  CHL: 'Q298', PER: 'Q419', ECU: 'Q736', BOL: 'Q750', PRY: 'Q733', URY: 'Q77', GUY: 'Q734', SUR: 'Q730',
  PAN: 'Q804', CRI: 'Q800', NIC: 'Q811', HND: 'Q783', SLV: 'Q792', GTM: 'Q774', DOM: 'Q786', HTI: 'Q790',
  JAM: 'Q766', BRB: 'Q244', GRD: 'Q769', BLZ: 'Q242', BHS: 'Q778', CAN: 'Q16', GBR: 'Q145', FRA: 'Q142',
  DEU: 'Q183', ESP: 'Q29', ITA: 'Q38', PRT: 'Q45', NLD: 'Q55', RUS: 'Q159', CHN: 'Q148', IRN: 'Q794',
  ISR: 'Q801', UKR: 'Q212', JPN: 'Q17', IND: 'Q668', TUR: 'Q43', SAU: 'Q851', QAT: 'Q846', LBN: 'Q822',
  SYR: 'Q858', IRQ: 'Q796', AFG: 'Q889', PRK: 'Q423', KOR: 'Q884', BLR: 'Q184', EGY: 'Q79', POL: 'Q36',
  AUS: 'Q408', PSE: 'Q219060',
};

/** Extra names that the packages lack. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  USA: ['America', 'U.S.', 'US', 'USA', 'U.S.A.', 'EE.UU.', 'EE. UU.', 'EEUU', 'Estados Unidos', 'United States'],
  GBR: ['Britain', 'Great Britain', 'UK', 'U.K.', 'Reino Unido'],
  RUS: ['Russia'], KOR: ['South Korea', 'Corea del Sur'], PRK: ['North Korea', 'Corea del Norte'],
  VEN: ['Venezuela', 'República Bolivariana de Venezuela', 'Bolivarian Republic of Venezuela'],
  TTO: ['Trinidad', 'Trinidad y Tobago'], NLD: ['Holland', 'Países Bajos'], CZE: ['Czech Republic'],
  IRN: ['Iran'], SYR: ['Syria'], PSE: ['Palestine', 'Palestinian territories'], TWN: ['Taiwan'],
};

/** Demonyms the packages lack or get wrong; "American" means the United States in news. */
const EXTRA_DEMONYMS: Record<string, string> = {
  American: 'USA', US: 'USA', 'U.S.': 'USA', British: 'GBR', Trinidadian: 'TTO', Dutch: 'NLD', Emirati: 'ARE',
  Venezolano: 'VEN', venezolano: 'VEN', venezolana: 'VEN', estadounidense: 'USA', colombiano: 'COL', colombiana: 'COL',
  mexicano: 'MEX', mexicana: 'MEX', cubano: 'CUB', cubana: 'CUB', Israeli: 'ISR', Palestinian: 'PSE',
};

/** Capitals (and seats) that stand for their government when they act ("Caracas interprets"). */
const METONYMS: [string, string, string[]][] = [
  ['Washington', 'USA', ['Washington, D.C.', 'Washington D.C.']], ['Caracas', 'VEN', []], ['Bogotá', 'COL', ['Bogota']],
  ['Havana', 'CUB', ['La Habana']], ['Mexico City', 'MEX', ['Ciudad de México']], ['Moscow', 'RUS', ['Moscú']],
  ['Beijing', 'CHN', ['Pekín']], ['Tehran', 'IRN', ['Teherán']], ['Brasília', 'BRA', ['Brasilia']],
  ['Port of Spain', 'TTO', ['Puerto España']], ['Kyiv', 'UKR', ['Kiev']], ['London', 'GBR', ['Londres']],
  ['Paris', 'FRA', ['París']], ['Berlin', 'DEU', ['Berlín']], ['Madrid', 'ESP', []], ['Managua', 'NIC', []],
  ['Georgetown', 'GUY', []], ['Quito', 'ECU', []], ['Buenos Aires', 'ARG', []], ['Panama City', 'PAN', []],
];

/** Cities that stand for a government besides capitals, and contested territories coded to a state. */
const MORE_METONYMS: [string, string, string[]][] = [
  ['Abidjan', 'CIV', []], ['Tel Aviv', 'ISR', []], ['Gaza Strip', 'PSE', ['Gaza', 'Franja de Gaza']], ['West Bank', 'PSE', ['Cisjordania']],
  ['East Jerusalem', 'PSE', ['Jerusalén Este']], ['Darfur', 'SDN', []], ['Chechnya', 'RUS', ['Chechenia']], ['Crimea', 'UKR', []],
  ['Donbas', 'UKR', ['Donbass']], ['Tigray', 'ETH', []], ['Iraqi Kurdistan', 'IRQ', ['Kurdistan Region']], ['Khartoum', 'SDN', ['Jartum']],
  ['Northern Ireland', 'GBR', ['Irlanda del Norte']],
];
/** Capitals that are also common words or names. */
const NOT_METONYMS = new Set(['Victoria', 'Male', 'Malé', 'Hamilton', 'Jamestown', 'The Valley', 'Plymouth', 'Kingstown', 'Sucre', 'Washington D.C.', 'City of San Marino', 'Vatican City', 'Monaco', 'Singapore', 'Luxembourg', 'Djibouti', 'Kuwait City', 'Panama City', 'Mexico City', 'Guatemala City', 'Andorra la Vella']);

/** Seats that always mean a government. */
const SEATS: [string, string, string[]][] = [['Kremlin', 'RUS', ['Kremlin']], ['Downing Street', 'GBR', []]];

/** Names of regions, seas and US states: entities, never actors. */
const REGIONS: [string, 'LOC' | 'GPE' | 'NORP', string[]][] = [
  ['South American', 'NORP', ['Latin American', 'Central American', 'North American', 'Caribbean nations']],
  ['Caribbean', 'LOC', ['Caribbean Sea', 'Caribe', 'Mar Caribe']], ['Latin America', 'LOC', ['América Latina', 'Latinoamérica']],
  ['South America', 'LOC', ['Sudamérica', 'América del Sur']], ['Central America', 'LOC', ['Centroamérica']],
  ['North America', 'LOC', ['Norteamérica']], ['Western Hemisphere', 'LOC', ['Hemisferio Occidental']],
  ['Eastern Pacific', 'LOC', ['eastern Pacific', 'Pacífico oriental']], ['Pacific', 'LOC', ['Pacific Ocean', 'Pacífico']],
  ['Atlantic', 'LOC', ['Atlantic Ocean', 'Atlántico']], ['Gulf of Mexico', 'LOC', ['Gulf of America', 'Golfo de México']],
  ['Middle East', 'LOC', ['Oriente Medio', 'Medio Oriente']], ['Europe', 'LOC', ['Europa']], ['Asia', 'LOC', []],
  ['Africa', 'LOC', ['África']], ['Andes', 'LOC', []], ['Amazon', 'LOC', ['Amazonia', 'Amazonas']], ['Orinoco', 'LOC', []],
  ['Mar-a-Lago', 'LOC', []], ['Times Square', 'LOC', []], ['Capitol Hill', 'LOC', []], ['Wall Street', 'LOC', []],
  ['Florida', 'GPE', []], ['Texas', 'GPE', []], ['California', 'GPE', []], ['New York', 'GPE', ['New York City', 'Nueva York']],
  ['Miami', 'GPE', []], ['Zulia', 'GPE', []], ['Sucre', 'GPE', []], ['Falcón', 'GPE', ['Falcon']],
  ['Aragua', 'GPE', []], ['Apure', 'GPE', []], ['Táchira', 'GPE', ['Tachira']], ['Paraguaná', 'GPE', ['Paraguana Peninsula', 'Paraguaná Peninsula']],
];

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  independent?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}
interface IsoCountries {
  registerLocale(data: unknown): void;
  getName(code: string, lang: string, opts: { select: 'all' }): string[] | undefined;
}

let cache: { countries: ActorEntry[]; demonyms: Map<string, string> } | null = null;

/** Country GPE actors and the demonym table (alpha-3 by adjective), built once. */
export function countryData(): { countries: ActorEntry[]; demonyms: Map<string, string> } {
  return (cache ??= buildCountries());
}

function buildCountries(): { countries: ActorEntry[]; demonyms: Map<string, string> } {
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as IsoCountries;
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  iso.registerLocale(require('i18n-iso-countries/langs/es.json'));
  const countries: ActorEntry[] = [];
  const demonyms = new Map<string, string>();
  const qids = new Map(stateRows().filter((r) => r.qid).map((r) => [r.code, r.qid!]));
  const seats = new Set([...METONYMS, ...MORE_METONYMS].flatMap(([n, , a]) => [n, ...a]));
  for (const w of world) {
    const a3 = w.cca3 === 'UNK' ? 'XKX' : w.cca3;
    const names = new Set<string>([w.name.common, w.name.official, ...(COUNTRY_ALIASES[a3] ?? [])]);
    for (const alt of w.altSpellings ?? []) if (alt.length > 3) names.add(alt);
    for (const lang of ['en', 'es']) for (const n of iso.getName(w.cca2, lang, { select: 'all' }) ?? []) names.add(n);
    // Inverted names ("Korea, Republic of") and two-letter codes are noise for matching.
    const aliases = [...names].filter((n) => n && !n.includes(',') && (n.length > 2 || a3 === 'USA'));
    const name = a3 === 'USA' ? 'United States' : w.name.common;
    countries.push({ name, type: 'GPE', code: a3, sector: 'GOV', wikidata: COUNTRY_QIDS[a3] ?? qids.get(a3) ?? MORE_COUNTRY_QIDS[a3] ?? null, aliases: aliases.filter((a) => a !== name) });
    const dem = w.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) if (d) demonyms.set(d, a3);
  }
  for (const [d, a3] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(d, a3);
  // The hand-written state table wins ("Indian" is India, not the Indian Ocean Territory).
  for (const r of stateRows()) if (r.demonym !== r.name || !demonyms.has(r.demonym)) demonyms.set(r.demonym, r.code);
  for (const [name, code, aliases] of [...METONYMS, ...MORE_METONYMS]) countries.push({ name, type: 'GPE', code, sector: 'GOV', wikidata: null, aliases, metonym: true });
  for (const w of world) {
    const cap = w.capital?.[0];
    if (!w.independent || !cap || seats.has(cap) || NOT_METONYMS.has(cap) || cap === w.name.common) continue;
    seats.add(cap);
    countries.push({ name: cap, type: 'GPE', code: w.cca3 === 'UNK' ? 'XKX' : w.cca3, sector: 'GOV', wikidata: null, aliases: [], metonym: true });
  }
  for (const [name, code, aliases] of SEATS) countries.push({ name, type: 'ORG', code, sector: 'GOV', wikidata: null, aliases });
  for (const [name, type, aliases] of REGIONS) countries.push({ name, type, code: null, sector: null, wikidata: null, aliases, noActor: true });
  return { countries, demonyms };
}
