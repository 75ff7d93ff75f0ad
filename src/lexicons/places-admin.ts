// First-level administrative areas that the city gazetteer lacks: US states, Canadian provinces,
// UK nations and a few states often named in crisis reporting. Rough centres; radius from area.

import { WORLD_ADMIN_ROWS, qualifiedForms } from './places-world.ts';

export interface AdminEntry {
  id: string;
  names: string[];
  /** ISO alpha-3. */
  country: string;
  /** GeoNames admin1 code where known (US postal code), used to match "City, State". */
  adminCode: string | null;
  lat: number;
  lon: number;
  radius_km: number;
  /** Only a place when the document names the country ("Kent" is also a US town and a first name). */
  needsContext?: boolean;
}

type Row = [country: string, code: string | null, lat: number, lon: number, areaKm2: number, names: string];

// prettier-ignore
const ROWS: Row[] = [
  ['USA', 'AL', 32.8, -86.8, 135767, 'Alabama'], ['USA', 'AK', 64.0, -152.0, 1723337, 'Alaska'],
  ['USA', 'AZ', 34.3, -111.7, 295234, 'Arizona'], ['USA', 'AR', 34.9, -92.4, 137732, 'Arkansas'],
  ['USA', 'CA', 37.2, -119.5, 423967, 'California'], ['USA', 'CO', 39.0, -105.5, 269601, 'Colorado'],
  ['USA', 'CT', 41.6, -72.7, 14357, 'Connecticut'], ['USA', 'DE', 39.0, -75.5, 6446, 'Delaware'],
  ['USA', 'FL', 28.6, -82.4, 170312, 'Florida'], ['USA', 'GA', 32.7, -83.4, 153910, 'Georgia'],
  ['USA', 'HI', 20.8, -156.3, 28313, 'Hawaii|Hawái'], ['USA', 'ID', 44.4, -114.6, 216443, 'Idaho'],
  ['USA', 'IL', 40.0, -89.2, 149995, 'Illinois'], ['USA', 'IN', 39.9, -86.3, 94326, 'Indiana'],
  ['USA', 'IA', 42.1, -93.5, 145746, 'Iowa'], ['USA', 'KS', 38.5, -98.4, 213100, 'Kansas'],
  ['USA', 'KY', 37.5, -85.3, 104656, 'Kentucky'], ['USA', 'LA', 31.1, -92.0, 135659, 'Louisiana|Luisiana'],
  ['USA', 'ME', 45.4, -69.2, 91633, 'Maine'], ['USA', 'MD', 39.0, -76.8, 32131, 'Maryland'],
  ['USA', 'MA', 42.3, -71.8, 27336, 'Massachusetts'], ['USA', 'MI', 44.3, -85.4, 250487, 'Michigan'],
  ['USA', 'MN', 46.3, -94.3, 225163, 'Minnesota'], ['USA', 'MS', 32.7, -89.7, 125438, 'Mississippi'],
  ['USA', 'MO', 38.4, -92.5, 180540, 'Missouri'], ['USA', 'MT', 47.0, -109.6, 380831, 'Montana'],
  ['USA', 'NE', 41.5, -99.8, 200330, 'Nebraska'], ['USA', 'NV', 39.3, -116.6, 286380, 'Nevada'],
  ['USA', 'NH', 43.7, -71.6, 24214, 'New Hampshire|N.H.'], ['USA', 'NJ', 40.2, -74.7, 22591, 'New Jersey|Nueva Jersey|N.J.'],
  ['USA', 'NM', 34.4, -106.1, 314917, 'New Mexico|Nuevo México|N.M.'], ['USA', 'NY', 42.9, -75.5, 141297, 'New York State|New York state|Estado de Nueva York|N.Y.'],
  ['USA', 'NC', 35.6, -79.4, 139391, 'North Carolina|Carolina del Norte|N.C.'], ['USA', 'ND', 47.5, -100.5, 183108, 'North Dakota|N.D.'],
  ['USA', 'OH', 40.3, -82.8, 116098, 'Ohio'], ['USA', 'OK', 35.6, -97.5, 181037, 'Oklahoma'],
  ['USA', 'OR', 43.9, -120.6, 254799, 'Oregon'], ['USA', 'PA', 40.9, -77.8, 119280, 'Pennsylvania|Pensilvania'],
  ['USA', 'RI', 41.7, -71.5, 4001, 'Rhode Island|R.I.'], ['USA', 'SC', 33.9, -80.9, 82933, 'South Carolina|Carolina del Sur|S.C.'],
  ['USA', 'SD', 44.4, -100.2, 199729, 'South Dakota|S.D.'], ['USA', 'TN', 35.9, -86.4, 109153, 'Tennessee'],
  ['USA', 'TX', 31.5, -99.3, 695662, 'Texas|Tejas'], ['USA', 'UT', 39.3, -111.7, 219882, 'Utah'],
  ['USA', 'VT', 44.1, -72.7, 24906, 'Vermont'], ['USA', 'VA', 37.5, -78.9, 110787, 'Virginia'],
  ['USA', 'WA', 47.4, -120.5, 184661, 'Washington State|Washington state|Estado de Washington'], ['USA', 'WV', 38.6, -80.6, 62756, 'West Virginia'],
  ['USA', 'WI', 44.6, -89.9, 169635, 'Wisconsin'], ['USA', 'WY', 43.0, -107.5, 253335, 'Wyoming'],
  ['USA', 'DC', 38.9, -77.0, 177, 'District of Columbia'],
  ['CAN', '01', 55, -115, 661848, 'Alberta'], ['CAN', '02', 53.7, -127.6, 944735, 'British Columbia|Columbia Británica'],
  ['CAN', '03', 55, -97, 647797, 'Manitoba'], ['CAN', '04', 46.5, -66.2, 72908, 'New Brunswick'],
  ['CAN', '05', 53, -59, 405212, 'Newfoundland and Labrador|Newfoundland'], ['CAN', '07', 45, -63, 55284, 'Nova Scotia'],
  ['CAN', '08', 50, -85, 1076395, 'Ontario'], ['CAN', '09', 46.3, -63.3, 5660, 'Prince Edward Island'],
  ['CAN', '10', 52.9, -73.5, 1542056, 'Quebec|Québec'], ['CAN', '11', 55, -106, 651036, 'Saskatchewan'],
  ['CAN', '12', 64, -135, 482443, 'Yukon'], ['CAN', '13', 64.8, -124.8, 1346106, 'Northwest Territories'],
  ['CAN', '14', 70, -90, 2093190, 'Nunavut'],
  ['GBR', 'ENG', 52.5, -1.5, 130279, 'England|Inglaterra'], ['GBR', 'SCT', 56.8, -4.2, 77933, 'Scotland|Escocia'],
  ['GBR', 'WLS', 52.3, -3.7, 20779, 'Wales|Gales'], ['GBR', 'NIR', 54.6, -6.7, 14130, 'Northern Ireland|Irlanda del Norte'],
  ['VEN', null, 10, -72, 63100, 'Zulia|Zulia state|estado Zulia'], ['VEN', null, 7.9, -72, 11100, 'Táchira|estado Táchira'],
  ['VEN', null, 7.2, -68.7, 76500, 'Apure|estado Apure'], ['VEN', null, 11.2, -69.8, 24800, 'Falcón|Falcon state|estado Falcón'],
  ['VEN', null, 10.4, -63.4, 11800, 'Sucre state|estado Sucre'], ['VEN', null, 8.6, -64.6, 43300, 'Anzoátegui|estado Anzoátegui'],
  ['VEN', null, 11, -64, 1150, 'Nueva Esparta|Margarita Island|Isla de Margarita'], ['VEN', null, 10.1, -68.1, 4650, 'Carabobo'],
  ['VEN', null, 9.3, -63.2, 28900, 'Monagas'], ['VEN', null, 8.5, -61, 40200, 'Delta Amacuro'],
  ['MEX', null, 25, -107.5, 57377, 'Sinaloa'], ['MEX', null, 24.3, -98.8, 80175, 'Tamaulipas'],
  ['MEX', null, 19.2, -101.9, 58599, 'Michoacán|Michoacan'], ['MEX', null, 20.6, -103.7, 78599, 'Jalisco'],
  ['MEX', null, 29.6, -110.9, 179503, 'Sonora'], ['MEX', null, 30, -115.1, 71446, 'Baja California'],
  ['COL', null, 8.6, -73, 10000, 'Catatumbo'],
];

const US_CA_UK_FEW: AdminEntry[] = ROWS.map(([country, adminCode, lat, lon, area, names]) => {
  const list = names.split('|');
  return {
    id: `${country}-${adminCode ?? list[0].toLowerCase().replace(/\W+/g, '-')}`,
    names: list,
    country,
    adminCode,
    lat,
    lon,
    radius_km: Math.round(Math.sqrt(area / Math.PI)),
  };
});

/** Index of the first entry from the world table: bare names from there on may give way to large towns. */
export const WORLD_ADMIN_START = US_CA_UK_FEW.length;

export const ADMINS: AdminEntry[] = [
  ...US_CA_UK_FEW,
  ...WORLD_ADMIN_ROWS.map((r) => ({
    id: `${r.country}-${r.names[0].toLowerCase().replace(/\W+/g, '-')}`,
    // British counties: "Kent State" is a university, not a county.
    names: r.country === 'GBR' ? r.names : [...r.names, ...r.names.flatMap(qualifiedForms)],
    country: r.country,
    adminCode: null,
    lat: r.lat,
    lon: r.lon,
    radius_km: r.radius_km,
    needsContext: r.needsContext,
  })),
];
