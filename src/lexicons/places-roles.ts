// Words that tell how a toponym is used (where, who, from where), region demonyms, US state
// abbreviations in AP style ("Ga.", "W.Va."), and the heads that make a place part of an organisation's name.

/** Military craft and weapons: "a US surveillance drone" is whose it is; "Predator drone" names equipment, not a place. */
// prettier-ignore
export const CRAFT: readonly string[] = ['drone', 'drones', 'missile', 'missiles', 'jet', 'jets', 'aircraft', 'helicopter', 'helicopters', 'warship',
  'warships', 'vessels', 'fighter', 'fighters', 'bomber', 'bombers', 'destroyer', 'carrier', 'submarine', 'plane', 'planes'];

/** Nouns after a toponym or demonym that make it an agent: "US forces", "a Venezuelan official". */
// prettier-ignore
export const AGENT_NOUNS = new Set([
  'official', 'officials', 'government', 'governments', 'forces', 'force', 'troops', 'military', 'army', 'navy', 'air',
  'soldiers', 'soldier', 'president', 'minister', 'ministers', 'ministry', 'leader', 'leaders', 'leadership', 'authorities',
  'authority', 'police', 'diplomat', 'diplomats', 'diplomacy', 'envoy', 'ambassador', 'embassy', 'administration', 'regime',
  'spokesman', 'spokeswoman', 'spokesperson', 'agents', 'agency', 'intelligence', 'hackers', 'delegation', 'negotiators',
  'prosecutors', 'judge', 'court', 'courts', 'lawmakers', 'legislators', 'parliament', 'congress', 'senate', 'state',
  ...CRAFT, 'coast', 'guard', 'guards', 'commander', 'commanders', 'general',
  'generals', 'officers', 'counterpart', 'counterparts', 'allies', 'side', 'team', 'firm', 'firms', 'company', 'companies',
  'media', 'press', 'people', 'citizens', 'nationals', 'migrants', 'refugees', 'fishermen', 'crew', 'group', 'rebels',
  'militants', 'militia', 'gangs', 'cartel', 'cartels', 'strikes', 'attack', 'attacks', 'operation', 'operations',
  'gobierno', 'fuerzas', 'autoridades', 'funcionarios', 'ejército', 'presidente', 'canciller', 'cancillería',
]);

/** Verbs after a toponym that make it the agent ("Washington said", "the United States struck"). */
export const PASSIVE_AUX = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being', 'fue', 'es']);

/** Words before a toponym that make it a location. */
// prettier-ignore
export const LOCATION_PREPS = new Set([
  'in', 'at', 'near', 'off', 'across', 'inside', 'outside', 'within', 'throughout', 'around', 'into', 'onto', 'toward',
  'towards', 'over', 'along', 'between', 'beyond', 'nearby', 'via', 'through', 'to', 'on', 'upon', 'en', 'cerca', 'hacia',
  'sobre', 'frente', 'dentro',
]);

export const ORIGIN_PREPS = new Set(['from', 'desde']);

/** Capitalised heads after a toponym that make it part of an organisation's name ("Athens Police Department"). */
// prettier-ignore
export const ORG_HEADS = new Set([
  'police', 'department', 'council', 'city', 'county', 'school', 'schools', 'university', 'college', 'hospital', 'board',
  'commission', 'commissioners', 'fire', 'sheriff', "sheriff's", 'office', 'chamber', 'court', 'district', 'review', 'times',
  'herald', 'news', 'journal', 'post', 'tribune', 'gazette', 'daily', 'zoo', 'museum', 'library', 'church', 'club',
  'airport', 'port', 'public', 'community', 'regional', 'state', 'high', 'middle', 'elementary', 'academy', 'institute',
  'housing', 'water', 'utilities', 'transit', 'authority', 'bank', 'mall', 'center', 'centre', 'memorial', 'symphony',
  'festival', 'marathon', 'rotary', 'pta', 'parks', 'economic', 'development', 'area', 'metropolitan', 'metro', 'ymca',
  'government', 'ministry', 'army', 'navy', 'embassy', 'consulate', 'stock', 'exchange', 'open', 'grand', 'prix', 'world',
  'cup', 'league', 'association', 'society', 'foundation', 'group', 'party', 'assembly', 'legislature', 'senate',
  'pd', 'fc', 'afc', 'asset', 'harbour', 'harbor',
]);

/** Demonyms of regions rather than countries → area id in the seas/regions lexicon. */
export const REGION_DEMONYMS: Record<string, string> = {
  European: 'europe', Europeans: 'europe', African: 'africa', Africans: 'africa', Asian: 'asia', Asians: 'asia',
  'Latin American': 'latin-america', 'Latin Americans': 'latin-america', 'Central American': 'central-america',
  'Central Americans': 'central-america', 'South American': 'south-america', 'North American': 'north-america',
  Caribbean: 'caribbean', Balkan: 'balkans', Scandinavian: 'scandinavia', Kurdish: 'kurdistan', Kurds: 'kurdistan',
  'Middle Eastern': 'middle-east', Arab: 'middle-east', Arabs: 'middle-east', Europea: 'europe', Europeo: 'europe',
};

/** Demonyms of first-level areas and regions → the area's name in the admin or region lexicon ("Iowans" → Iowa).
 * Left out: words that are mostly something else ("Hawaiian" shirts, "Hoosiers" teams, "New Yorker" the magazine,
 * "Georgian" the country, "Victorian" the era) and languages ("Punjabi", "Gujarati"). Plurals in -s are added. */
// prettier-ignore
export const AREA_DEMONYMS: Record<string, string> = {
  Alabamian: 'Alabama', Alaskan: 'Alaska', Arizonan: 'Arizona', Arkansan: 'Arkansas', Californian: 'California',
  Coloradan: 'Colorado', Delawarean: 'Delaware', Floridian: 'Florida', Idahoan: 'Idaho', Illinoisan: 'Illinois',
  Iowan: 'Iowa', Kansan: 'Kansas', Kentuckian: 'Kentucky', Louisianan: 'Louisiana', Louisianian: 'Louisiana',
  Mainer: 'Maine', Marylander: 'Maryland', Michigander: 'Michigan', Minnesotan: 'Minnesota', Mississippian: 'Mississippi',
  Montanan: 'Montana', Nebraskan: 'Nebraska', Nevadan: 'Nevada', 'New Jerseyan': 'New Jersey', 'New Hampshirite': 'New Hampshire',
  'North Carolinian': 'North Carolina', 'South Carolinian': 'South Carolina', 'North Dakotan': 'North Dakota',
  'South Dakotan': 'South Dakota', Ohioan: 'Ohio', Oklahoman: 'Oklahoma', Oregonian: 'Oregon', Pennsylvanian: 'Pennsylvania',
  'Rhode Islander': 'Rhode Island', Tennessean: 'Tennessee', Texan: 'Texas', Utahn: 'Utah', Vermonter: 'Vermont',
  Virginian: 'Virginia', 'West Virginian': 'West Virginia', Wisconsinite: 'Wisconsin', Wyomingite: 'Wyoming',
  Albertan: 'Alberta', 'British Columbian': 'British Columbia', Manitoban: 'Manitoba', 'Nova Scotian': 'Nova Scotia',
  Ontarian: 'Ontario', Quebecer: 'Quebec', Quebecker: 'Quebec', Québécois: 'Quebec', Newfoundlander: 'Newfoundland',
  Queenslander: 'Queensland', Tasmanian: 'Tasmania', Sicilian: 'Sicily', Sardinian: 'Sardinia', Corsican: 'Corsica',
  Tuscan: 'Tuscany', Bavarian: 'Bavaria', Catalan: 'Catalonia', Andalusian: 'Andalusia', Siberian: 'Siberia',
  Crimean: 'Crimea', Kashmiri: 'Kashmir', Chechen: 'Chechnya', Tibetan: 'Tibet', Darfuri: 'Darfur', Keralite: 'Kerala',
};

/** More country demonyms the country data lacks (adjectives and peoples). */
export const MORE_DEMONYMS: Record<string, string> = {
  'South Ossetian': 'GEO', Abkhaz: 'GEO', Abkhazian: 'GEO', 'Sri Lankan': 'LKA', Sinhalese: 'LKA',
  Cypriot: 'CYP', 'Greek Cypriot': 'CYP', 'Turkish Cypriot': 'CYP', Saudi: 'SAU', Saudis: 'SAU', Emirati: 'ARE',
  Britons: 'GBR', Brits: 'GBR', Scottish: 'GBR', Welsh: 'GBR', French: 'FRA', Dutch: 'NLD', Swiss: 'CHE',
  Irish: 'IRL', Chinese: 'CHN', Japanese: 'JPN', Lebanese: 'LBN', Sudanese: 'SDN', Vietnamese: 'VNM', Congolese: 'COD',
  Portuguese: 'PRT', Taiwanese: 'TWN', Maltese: 'MLT', Nepalese: 'NPL', Senegalese: 'SEN', Burmese: 'MMR', Thai: 'THA',
  Filipino: 'PHL', Filipinos: 'PHL', Afghan: 'AFG', Afghans: 'AFG', Iraqi: 'IRQ', Iraqis: 'IRQ', Israeli: 'ISR', Israelis: 'ISR',
  Pakistani: 'PAK', Pakistanis: 'PAK', Kuwaiti: 'KWT', Qatari: 'QAT', Yemeni: 'YEM', Yemenis: 'YEM', Omani: 'OMN',
  Bangladeshi: 'BGD', Somali: 'SOM', Somalis: 'SOM', Kenyan: 'KEN', Palestinian: 'PSE', Palestinians: 'PSE',
  Soviet: 'RUS', Persian: 'IRN', Korean: 'KOR', Koreans: 'KOR', 'North Korean': 'PRK', 'South Korean': 'KOR',
  'North Koreans': 'PRK', 'South Koreans': 'KOR', Trinidadian: 'TTO', Bahamian: 'BHS', Bahamians: 'BHS', Zimbabwean: 'ZWE',
};

/** AP-style US state abbreviations (with their dot) → postal code. */
// prettier-ignore
export const AP_STATES: Record<string, string> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Cal.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT', 'Del.': 'DE',
  'D.C.': 'DC', 'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Kans.': 'KS', 'Ky.': 'KY', 'La.': 'LA',
  'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE',
  'Nebr.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH', 'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND',
  'Okla.': 'OK', 'Ore.': 'OR', 'Pa.': 'PA', 'Penn.': 'PA', 'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN',
  'Tex.': 'TX', 'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV', 'W. Va.': 'WV', 'Wis.': 'WI', 'Wisc.': 'WI', 'Wyo.': 'WY',
};

/** Heads that make a capitalised run a second-level area or a local feature ("Laurel County", "Neches River"). */
export const COUNTY_HEADS = new Set(['County', 'Parish', 'Borough', 'Township']);
