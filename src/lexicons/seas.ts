// Seas, gulfs, straits, oceans and regions that no city gazetteer holds.
// Points are rough centres; radius_km covers the body of water or region.
// Names are matched case-insensitively, diacritics folded; a name starting with a lower-case
// word ("eastern Pacific") may start a match on a lower-case token.

import { NATURE } from './places-nature.ts';

export interface AreaEntry {
  id: string;
  names: string[];
  kind: 'sea' | 'region';
  /** ISO alpha-3 when the area lies within one country, else null. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  radius_km: number;
}

type Row = [id: string, kind: 'sea' | 'region', country: string | null, lat: number | null, lon: number | null, radius: number, names: string];

// prettier-ignore
const ROWS: Row[] = [
  ['caribbean', 'sea', null, 15, -75, 1200, 'Caribbean|Caribbean Sea|Caribbean region|Caribbean basin|Caribe|Mar Caribe|región del Caribe'],
  ['eastern-pacific', 'sea', null, 10, -100, 2500, 'eastern Pacific|eastern Pacific Ocean|East Pacific|Pacífico oriental|Pacífico Este|este del Pacífico'],
  ['pacific', 'sea', null, 0, -160, 7500, 'Pacific|Pacific Ocean|Pacífico|Océano Pacífico'],
  ['atlantic', 'sea', null, 10, -25, 6000, 'Atlantic|Atlantic Ocean|Atlántico|Océano Atlántico'],
  ['indian-ocean', 'sea', null, -20, 80, 5000, 'Indian Ocean|Océano Índico'],
  ['arctic-ocean', 'sea', null, 85, 0, 2000, 'Arctic Ocean|Océano Ártico'],
  ['gulf-of-mexico', 'sea', null, 25, -90, 800, 'Gulf of Mexico|Gulf of America|Golfo de México'],
  ['gulf-of-venezuela', 'sea', 'VEN', 11.5, -71, 100, 'Gulf of Venezuela|Golfo de Venezuela'],
  ['gulf-of-paria', 'sea', null, 10.3, -62, 60, 'Gulf of Paria|Golfo de Paria'],
  ['gulf-of-california', 'sea', 'MEX', 28, -112, 500, 'Gulf of California|Golfo de California|Sea of Cortez|Mar de Cortés'],
  ['florida-straits', 'sea', null, 24, -81, 150, 'Florida Straits|Straits of Florida|Estrecho de Florida'],
  ['windward-passage', 'sea', null, 20, -73.8, 60, 'Windward Passage|Paso de los Vientos'],
  ['panama-canal', 'sea', 'PAN', 9.1, -79.7, 40, 'Panama Canal|Canal de Panamá'],
  ['mediterranean', 'sea', null, 35, 18, 1500, 'Mediterranean|Mediterranean Sea|Mediterráneo|Mar Mediterráneo'],
  ['red-sea', 'sea', null, 20, 38.5, 900, 'Red Sea|Mar Rojo'],
  ['black-sea', 'sea', null, 43.4, 34.3, 500, 'Black Sea|Mar Negro'],
  ['caspian-sea', 'sea', null, 41.7, 50.7, 500, 'Caspian Sea|Caspian|Mar Caspio'],
  ['sea-of-azov', 'sea', null, 46, 36.5, 200, 'Sea of Azov|Azov Sea|Mar de Azov'],
  ['kerch-strait', 'sea', null, 45.3, 36.5, 20, 'Kerch Strait|Strait of Kerch|Estrecho de Kerch'],
  ['persian-gulf', 'sea', null, 26.5, 52, 400, 'Persian Gulf|Arabian Gulf|Golfo Pérsico'],
  ['gulf-of-oman', 'sea', null, 24.5, 58.5, 250, 'Gulf of Oman|Golfo de Omán'],
  ['hormuz', 'sea', null, 26.57, 56.25, 60, 'Strait of Hormuz|Hormuz|Hormuz Strait|Estrecho de Ormuz|Ormuz'],
  ['gulf-of-aden', 'sea', null, 12.5, 48, 400, 'Gulf of Aden|Golfo de Adén'],
  ['bab-el-mandeb', 'sea', null, 12.6, 43.3, 40, 'Bab el-Mandeb|Bab al-Mandab|Bab-el-Mandeb|Bab el Mandeb'],
  ['gulf-of-aqaba', 'sea', null, 28.75, 34.75, 100, 'Gulf of Aqaba|Golfo de Aqaba'],
  ['suez-canal', 'sea', 'EGY', 30.6, 32.33, 80, 'Suez Canal|Canal de Suez'],
  ['arabian-sea', 'sea', null, 15, 65, 1300, 'Arabian Sea|Mar Arábigo'],
  ['bay-of-bengal', 'sea', null, 15, 88, 900, 'Bay of Bengal|Golfo de Bengala'],
  ['strait-of-malacca', 'sea', null, 3, 100.5, 400, 'Strait of Malacca|Malacca Strait|Estrecho de Malaca'],
  ['south-china-sea', 'sea', null, 12, 114, 1200, 'South China Sea|Mar de China Meridional|Mar de la China Meridional'],
  ['east-china-sea', 'sea', null, 29, 125, 500, 'East China Sea|Mar de China Oriental'],
  ['taiwan-strait', 'sea', null, 24.5, 119.5, 180, 'Taiwan Strait|Strait of Taiwan|Estrecho de Taiwán'],
  ['sea-of-japan', 'sea', null, 40, 135, 700, 'Sea of Japan|East Sea|Mar de Japón'],
  ['yellow-sea', 'sea', null, 35.5, 123, 400, 'Yellow Sea|Mar Amarillo'],
  ['gulf-of-thailand', 'sea', null, 9.5, 101.5, 350, 'Gulf of Thailand|Golfo de Tailandia'],
  ['baltic-sea', 'sea', null, 58, 20, 600, 'Baltic Sea|Baltic|Mar Báltico'],
  ['gulf-of-finland', 'sea', null, 60, 26, 200, 'Gulf of Finland|Golfo de Finlandia'],
  ['north-sea', 'sea', null, 56, 3, 500, 'North Sea|Mar del Norte'],
  ['barents-sea', 'sea', null, 75, 40, 700, 'Barents Sea|Mar de Barents'],
  ['english-channel', 'sea', null, 50.2, -1, 250, 'English Channel|Canal de la Mancha'],
  ['strait-of-gibraltar', 'sea', null, 35.95, -5.6, 30, 'Strait of Gibraltar|Estrecho de Gibraltar'],
  ['aegean-sea', 'sea', null, 39, 25, 300, 'Aegean Sea|Aegean|Mar Egeo'],
  ['adriatic-sea', 'sea', null, 43, 15.5, 350, 'Adriatic Sea|Adriatic|Mar Adriático'],
  ['ionian-sea', 'sea', null, 38.5, 18.5, 300, 'Ionian Sea|Mar Jónico'],
  ['bosphorus', 'sea', 'TUR', 41.12, 29.07, 20, 'Bosphorus|Bósforo'],
  ['dead-sea', 'sea', null, 31.5, 35.5, 40, 'Dead Sea|Mar Muerto'],
  ['gulf-of-guinea', 'sea', null, 2, 3, 800, 'Gulf of Guinea|Golfo de Guinea'],
  ['bering-sea', 'sea', null, 58, -175, 1000, 'Bering Sea|Mar de Bering'],
  ['bering-strait', 'sea', null, 65.8, -169, 50, 'Bering Strait|Estrecho de Bering'],
  ['international-waters', 'sea', null, null, null, 0, 'international waters|aguas internacionales|high seas|alta mar'],
  ['latin-america', 'region', null, -14.6, -57.66, 4000, 'Latin America|América Latina|Latinoamérica'],
  ['south-america', 'region', null, -15, -60, 3500, 'South America|Sudamérica|Suramérica|América del Sur'],
  ['central-america', 'region', null, 13.5, -87, 900, 'Central America|Centroamérica|América Central'],
  ['north-america', 'region', null, 45, -100, 3500, 'North America|Norteamérica|América del Norte'],
  ['americas', 'region', null, 10, -80, 7000, 'Americas|las Américas'],
  ['western-hemisphere', 'region', null, 15, -80, 8000, 'Western Hemisphere|hemisferio occidental'],
  ['middle-east', 'region', null, 33.14, 35.86, 2000, 'Middle East|Mideast|Oriente Medio|Medio Oriente|Oriente Próximo'],
  ['gulf-region', 'region', null, 26, 51, 600, 'Gulf|Gulf region|Gulf states'],
  ['levant', 'region', null, 33.5, 36, 400, 'Levant'],
  ['sahel', 'region', null, 15, 5, 1800, 'Sahel'],
  ['horn-of-africa', 'region', null, 8, 46, 900, 'Horn of Africa|Cuerno de África'],
  ['north-africa', 'region', null, 28, 10, 2000, 'North Africa|África del Norte|Norte de África'],
  ['west-africa', 'region', null, 12, -5, 1500, 'West Africa|África Occidental'],
  ['east-africa', 'region', null, 0, 37, 1500, 'East Africa|África Oriental'],
  ['sub-saharan-africa', 'region', null, 0, 20, 3500, 'sub-Saharan Africa|Sub-Saharan Africa|África subsahariana'],
  ['africa', 'region', null, 7.19, 21.09, 4500, 'Africa|África'],
  ['europe', 'region', null, 48.69, 9.14, 2500, 'Europe|Europa|EU|European Union|Unión Europea'],
  ['eastern-europe', 'region', null, 50, 30, 1200, 'Eastern Europe|Europa del Este|Europa Oriental'],
  ['western-europe', 'region', null, 48, 5, 1000, 'Western Europe|Europa Occidental'],
  ['balkans', 'region', null, 43, 21, 700, 'Balkans|Balcanes'],
  ['caucasus', 'region', null, 42.5, 45, 600, 'Caucasus|Cáucaso'],
  ['scandinavia', 'region', null, 63, 15, 700, 'Scandinavia|Escandinavia'],
  ['asia', 'region', null, 29.84, 89.3, 5000, 'Asia'],
  ['central-asia', 'region', null, 43, 65, 1500, 'Central Asia|Asia Central'],
  ['southeast-asia', 'region', null, 10, 110, 2500, 'Southeast Asia|South-East Asia|Sudeste Asiático'],
  ['indo-pacific', 'region', null, 0, 120, 7000, 'Indo-Pacific|Indo-Pacífico'],
  ['arctic', 'region', null, 80, 0, 2000, 'Arctic|Ártico'],
  ['antarctica', 'region', null, -80, 0, 2000, 'Antarctica|Antártida'],
  ['andes', 'region', null, -15, -70, 2000, 'Andes|Andean region'],
  ['amazon', 'region', null, -5, -62, 1500, 'Amazon rainforest|Amazon basin|Amazonia|Amazonía'],
  ['darien-gap', 'region', null, 8, -77.5, 80, 'Darién Gap|Darien Gap|Tapón del Darién'],
  ['guajira', 'region', null, 11.5, -72.3, 100, 'Guajira Peninsula|La Guajira|Guajira'],
  ['essequibo', 'region', 'GUY', 6.5, -59, 250, 'Essequibo|Guayana Esequiba|Esequibo'],
  ['gaza-strip', 'region', 'PSE', 31.42, 34.36, 25, 'Gaza Strip|Franja de Gaza'],
  ['west-bank', 'region', 'PSE', 31.95, 35.25, 60, 'West Bank|Cisjordania'],
  ['golan-heights', 'region', 'SYR', 33, 35.75, 30, 'Golan Heights|Golan|Altos del Golán'],
  ['sinai', 'region', 'EGY', 29.5, 33.8, 180, 'Sinai|Sinai Peninsula|Península del Sinaí'],
  ['kurdistan', 'region', null, 36.5, 44, 400, 'Kurdistan|Kurdistán'],
  ['donbas', 'region', 'UKR', 48, 38.5, 200, 'Donbas|Donbass|Dombás'],
  ['crimea', 'region', 'UKR', 45.3, 34.4, 150, 'Crimea|Crimean Peninsula'],
  ['chechnya', 'region', 'RUS', 43.3, 45.7, 100, 'Chechnya|Chechenia'],
  ['nagorno-karabakh', 'region', 'AZE', 39.8, 46.75, 60, 'Nagorno-Karabakh|Karabakh'],
  ['transnistria', 'region', 'MDA', 47.2, 29.4, 80, 'Transnistria'],
  ['abkhazia', 'region', 'GEO', 43, 41, 80, 'Abkhazia'],
  ['south-ossetia', 'region', 'GEO', 42.3, 44, 50, 'South Ossetia'],
  ['kashmir', 'region', null, 34.5, 76, 300, 'Kashmir|Cachemira'],
  ['xinjiang', 'region', 'CHN', 41, 85, 1000, 'Xinjiang'],
  ['tibet', 'region', 'CHN', 31.5, 88, 900, 'Tibet|Tíbet'],
  ['darfur', 'region', 'SDN', 13.5, 24, 400, 'Darfur'],
  ['tigray', 'region', 'ETH', 14, 39, 200, 'Tigray'],
  ['patagonia', 'region', null, -45, -69, 900, 'Patagonia'],
];

/**
 * Oceans no single circle covers: extra circles (lat, lon, radius_km) along coasts the main one misses, so that
 * "off the coast of Ecuador" touches the Pacific while the Caribbean and the Gulf of Mexico stay outside it.
 */
const PARTS: Record<string, [number, number, number][]> = {
  pacific: [[-5, -92, 2000], [-30, -80, 1800], [12, 135, 2500]],
};

type Circle = { lat: number; lon: number; radius_km: number };
let circlesByGid: Map<string, Circle[]> | null = null;

/** The circles of an area by its gid ("sea:pacific"): the main one first, then its parts; null for a one-circle area. */
export function areaCircles(gid: string | null): Circle[] | null {
  if (!gid) return null;
  if (!circlesByGid) {
    circlesByGid = new Map();
    for (const [id, parts] of Object.entries(PARTS)) {
      const main = AREAS.find((a) => a.id === id)!;
      const circles = [{ lat: main.lat!, lon: main.lon!, radius_km: main.radius_km }, ...parts.map(([lat, lon, radius_km]) => ({ lat, lon, radius_km }))];
      circlesByGid.set(`${main.kind}:${id}`, circles);
    }
  }
  return circlesByGid.get(gid) ?? null;
}

export const AREAS: AreaEntry[] = [
  ...ROWS.map(([id, kind, country, lat, lon, radius_km, names]) => ({ id, names: names.split('|'), kind, country, lat, lon, radius_km })),
  // Rivers, ranges, deserts, islands and lakes: lakes are water bodies, the rest regions.
  ...NATURE.map((n) => ({ ...n, kind: n.kind === 'lake' ? ('sea' as const) : ('region' as const) })),
];
