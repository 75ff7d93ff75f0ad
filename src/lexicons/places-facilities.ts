// Well-known named facilities, alias names for big cities and countries, and the words around
// toponyms that tell a place from an organisation or a person.

export interface FacilityEntry {
  id: string;
  names: string[];
  country: string;
  lat: number;
  lon: number;
  radius_km: number;
  /** Mostly used as an organisation ("the Pentagon said"): a place only after "at/in/outside/inside/near". */
  orgLike?: boolean;
  /** Only chosen when this country is already in the document's context. */
  needsContext?: boolean;
}

type Row = [id: string, country: string, lat: number, lon: number, radius: number, flags: '' | 'org' | 'ctx', names: string];

// prettier-ignore
const ROWS: Row[] = [
  ['mar-a-lago', 'USA', 26.677, -80.037, 1, '', 'Mar-a-Lago'],
  ['white-house', 'USA', 38.8977, -77.0365, 1, 'org', 'White House|Casa Blanca'],
  ['pentagon', 'USA', 38.871, -77.056, 1, 'org', 'Pentagon|Pentágono'],
  ['capitol', 'USA', 38.8899, -77.0091, 1, 'org', 'Capitol|Capitol Hill|Capitolio'],
  ['camp-david', 'USA', 39.648, -77.465, 2, '', 'Camp David'],
  ['guantanamo', 'CUB', 19.9, -75.1, 10, '', 'Guantanamo Bay|Guantánamo Bay|Guantanamo|Guantánamo|Bahía de Guantánamo'],
  ['roosevelt-roads', 'PRI', 18.23, -65.62, 5, '', 'Roosevelt Roads'],
  ['miraflores', 'VEN', 10.5057, -66.9196, 1, 'ctx', 'Miraflores|Miraflores Palace|Palacio de Miraflores'],
  ['fort-tiuna', 'VEN', 10.45, -66.91, 3, '', 'Fort Tiuna|Fuerte Tiuna'],
  ['la-carlota', 'VEN', 10.485, -66.88, 2, '', 'La Carlota|La Carlota air base|base aérea La Carlota'],
  ['amuay', 'VEN', 11.75, -70.21, 5, '', 'Amuay|Amuay refinery|refinería de Amuay'],
  ['el-palito', 'VEN', 10.48, -68.12, 3, '', 'El Palito|El Palito refinery'],
  ['kremlin', 'RUS', 55.752, 37.617, 1, 'org', 'Kremlin|Kremlin|Kremlin Palace'],
  ['downing-street', 'GBR', 51.5034, -0.1276, 1, 'org', 'Downing Street'],
  ['elysee', 'FRA', 48.8704, 2.3167, 1, 'org', 'Élysée Palace|Elysee Palace|Élysée|Elysee'],
  ['zaporizhzhia-npp', 'UKR', 47.51, 34.585, 3, '', 'Zaporizhzhia nuclear power plant|Zaporizhzhia nuclear plant'],
  ['fordow', 'IRN', 34.88, 50.99, 3, '', 'Fordow|Fordo'],
  ['natanz', 'IRN', 33.72, 51.73, 5, '', 'Natanz'],
  ['diego-garcia', 'IOT', -7.31, 72.41, 15, '', 'Diego Garcia'],
  // World-famous buildings and hubs whose names hide a same-named village ("West Wing" is not Wing, Bucks).
  ['west-wing', 'USA', 38.8977, -77.0375, 1, '', 'West Wing'],
  ['oval-office', 'USA', 38.8973, -77.0374, 1, 'org', 'Oval Office'],
  ['trump-tower', 'USA', 40.7625, -73.9739, 1, '', 'Trump Tower'],
  ['heathrow', 'GBR', 51.47, -0.4543, 3, '', 'Heathrow|Heathrow Airport|London Heathrow'],
  ['gatwick', 'GBR', 51.1537, -0.1821, 3, '', 'Gatwick|Gatwick Airport'],
  ['schiphol', 'NLD', 52.3105, 4.7683, 3, '', 'Schiphol|Schiphol Airport|Amsterdam Schiphol'],
  ['windsor-castle', 'GBR', 51.4839, -0.6044, 1, '', 'Windsor Castle'],
  ['buckingham-palace', 'GBR', 51.5014, -0.1419, 1, 'org', 'Buckingham Palace'],
  ['st-peters', 'VAT', 41.9022, 12.4539, 1, '', "St. Peter's Basilica|St Peter's Basilica|Saint Peter's Basilica|St. Peter's Square|St Peter's Square"],
  ['palais-des-nations', 'CHE', 46.2266, 6.1404, 1, '', 'Palais des Nations'],
];

export const FACILITIES: FacilityEntry[] = ROWS.map(([id, country, lat, lon, radius_km, flags, names]) => ({
  id,
  names: [...new Set(names.split('|'))],
  country,
  lat,
  lon,
  radius_km,
  orgLike: flags === 'org',
  needsContext: flags === 'ctx',
}));

/** Alias → [gazetteer city name, ISO alpha-2]: names the city list spells otherwise. */
// prettier-ignore
export const CITY_ALIASES: Record<string, [string, string]> = {
  'Washington': ['Washington, D.C.', 'US'], 'Washington DC': ['Washington, D.C.', 'US'], 'Washington D.C.': ['Washington, D.C.', 'US'],
  'Washington, D.C.': ['Washington, D.C.', 'US'], 'D.C.': ['Washington, D.C.', 'US'], 'Washington, DC': ['Washington, D.C.', 'US'], 'Washington D.C': ['Washington, D.C.', 'US'],
  'New York': ['New York City', 'US'], 'NYC': ['New York City', 'US'], 'Nueva York': ['New York City', 'US'],
  'Kiev': ['Kyiv', 'UA'], 'Kiiv': ['Kyiv', 'UA'], 'Mexico City': ['Mexico City', 'MX'], 'Ciudad de México': ['Mexico City', 'MX'],
  'Bogota': ['Bogotá', 'CO'], 'La Habana': ['Havana', 'CU'], 'Habana': ['Havana', 'CU'], 'Panama City': ['Panamá', 'PA'],
  'Ciudad de Panamá': ['Panamá', 'PA'], 'Brasilia': ['Brasília', 'BR'], 'Moscú': ['Moscow', 'RU'], 'Pekín': ['Beijing', 'CN'],
  'Peking': ['Beijing', 'CN'], 'Londres': ['London', 'GB'], 'Washington D. C.': ['Washington, D.C.', 'US'],
  'St. Petersburg': ['Saint Petersburg', 'RU'], 'San Petersburgo': ['Saint Petersburg', 'RU'], 'Teheran': ['Tehran', 'IR'],
  'Teherán': ['Tehran', 'IR'], 'Jerusalén': ['Jerusalem', 'IL'], 'Gaza City': ['Gaza', 'PS'], 'Odessa': ['Odesa', 'UA'],
  'Kharkov': ['Kharkiv', 'UA'], 'Bombay': ['Mumbai', 'IN'], 'Calcutta': ['Kolkata', 'IN'], 'Rangoon': ['Yangon', 'MM'],
  'Nueva Delhi': ['New Delhi', 'IN'], 'Ginebra': ['Geneva', 'CH'], 'Bruselas': ['Brussels', 'BE'], 'París': ['Paris', 'FR'],
  'Caracas': ['Caracas', 'VE'], 'Maracaibo': ['Maracaibo', 'VE'], 'Puerto Cabello': ['Puerto Cabello', 'VE'], 'L.A.': ['Los Angeles', 'US'],
  // English exonyms of cities the list spells the local way.
  'Geneva': ['Genève', 'CH'], 'Cologne': ['Köln', 'DE'], 'Nuremberg': ['Nürnberg', 'DE'],
  'Frankfurt': ['Frankfurt am Main', 'DE'], 'Gothenburg': ['Göteborg', 'SE'], 'Antwerp': ['Antwerpen', 'BE'], 'Bruges': ['Brugge', 'BE'],
  'Ghent': ['Gent', 'BE'], 'Seville': ['Sevilla', 'ES'], 'Lucerne': ['Luzern', 'CH'], 'Salonika': ['Thessaloníki', 'GR'],
  'Basra': ['Basrah', 'IQ'], 'Fallujah': ['Al Fallūjah', 'IQ'], 'Sulaymaniyah': ['As Sulaymānīyah', 'IQ'], 'Hama': ['Ḩamāh', 'SY'],
  'Raqqa': ['Ar Raqqah', 'SY'], 'Daraa': ['Dar‘ā', 'SY'], 'Deraa': ['Dar‘ā', 'SY'], 'Hodeidah': ['Al Ḩudaydah', 'YE'], 'Taiz': ['Ta‘izz', 'YE'],
  'Misrata': ['Mişrātah', 'LY'], 'Misurata': ['Mişrātah', 'LY'], 'Astana': ['Nur-Sultan', 'KZ'], 'Ciudad Juárez': ['Juárez', 'MX'],
  'Quebec City': ['Québec', 'CA'], 'Québec City': ['Québec', 'CA'], 'Saigon': ['Ho Chi Minh City', 'VN'], 'Madras': ['Chennai', 'IN'],
  'Bangalore': ['Bengaluru', 'IN'], 'Cuzco': ['Cusco', 'PE'], 'Macao': ['Macau', 'MO'],
};

/** Extra country names: alias → ISO alpha-3. */
// prettier-ignore
export const COUNTRY_ALIASES: Record<string, string> = {
  'America': 'USA', 'United States': 'USA', 'U.S.': 'USA', 'US': 'USA', 'U.S.A.': 'USA',
  'USA': 'USA', 'EE.UU.': 'USA', 'EEUU': 'USA', 'EE UU': 'USA', 'Estados Unidos': 'USA', 'Britain': 'GBR', 'Great Britain': 'GBR',
  'UK': 'GBR', 'U.K.': 'GBR', 'Reino Unido': 'GBR', 'Holland': 'NLD', 'Holy See': 'VAT', 'Santa Sede': 'VAT', 'Burma': 'MMR', 'Ivory Coast': 'CIV', 'Czech Republic': 'CZE',
  'Congo': 'COD', 'Democratic Republic of Congo': 'COD', 'Democratic Republic of the Congo': 'COD', 'DRC': 'COD',
  'Palestinian territories': 'PSE', 'Palestinian Territories': 'PSE', 'UAE': 'ARE', 'Emirates': 'ARE', 'Turkey': 'TUR',
  'Türkiye': 'TUR', 'Turquía': 'TUR', 'Russia': 'RUS', 'Rusia': 'RUS', 'Syria': 'SYR', 'Siria': 'SYR', 'Iran': 'IRN', 'Irán': 'IRN',
  'North Korea': 'PRK', 'Corea del Norte': 'PRK', 'South Korea': 'KOR', 'Corea del Sur': 'KOR', 'Vatican': 'VAT',
  'Kosovo': 'XKX', 'Laos': 'LAO', 'Vietnam': 'VNM', 'Bolivia': 'BOL', 'Venezuela': 'VEN', 'Tanzania': 'TZA', 'Moldova': 'MDA',
  'Macedonia': 'MKD', 'Swaziland': 'SWZ', 'East Timor': 'TLS', 'Cape Verde': 'CPV', 'Micronesia': 'FSM',
  'U.S. Virgin Islands': 'VIR', 'US Virgin Islands': 'VIR', 'USVI': 'VIR',
};

/** Demonyms the country table lacks, and Spanish ones for "aguas venezolanas": word → alpha-3. */
// prettier-ignore
export const EXTRA_DEMONYMS: Record<string, string> = {
  'American': 'USA', 'US': 'USA', 'U.S.': 'USA', 'British': 'GBR', 'Dutch': 'NLD', 'Emirati': 'ARE', 'Turkish': 'TUR',
  'venezolano': 'VEN', 'venezolanas': 'VEN', 'venezolanos': 'VEN', 'venezolana': 'VEN', 'colombianas': 'COL', 'colombianos': 'COL',
  'cubanas': 'CUB', 'cubanos': 'CUB', 'mexicanas': 'MEX', 'mexicanos': 'MEX', 'estadounidenses': 'USA', 'panameñas': 'PAN',
  'ecuatorianas': 'ECU', 'peruanas': 'PER', 'chilenas': 'CHL', 'argentinas': 'ARG', 'brasileñas': 'BRA',
};
