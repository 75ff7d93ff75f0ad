// Words that stop a capitalised token from being read as a toponym, organisations whose names hold
// a place, words that split a capitalised run, and nouns that name a facility.

/** Capitalised words that are also small-town names: never a place on their own. */
// prettier-ignore
export const NOT_PLACES = new Set([
  'english', 'of', 'along', 'mission', 'police', 'reaper', 'republican', 'republicans', 'democrat', 'democrats', 'government', 'president',
  'congress', 'senate', 'house', 'army', 'navy', 'nation', 'state', 'city', 'republic', 'union', 'university', 'college',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'god', 'lord',
  'man', 'bar', 'best', 'most', 'hope', 'split', 'mobile', 'reading', 'orange', 'nice', 'deal', 'eagle', 'liberty', 'independence',
  'union', 'ocean', 'sea', 'bay', 'gulf', 'coast', 'island', 'islands', 'river', 'lake', 'north', 'south', 'east', 'west',
  'central', 'northern', 'southern', 'eastern', 'western', 'media', 'post', 'times', 'herald', 'tribune', 'sun', 'star', 'mail',
  'guardian', 'telegraph', 'reuters', 'trump', 'biden', 'obama', 'maduro', 'cabello', 'wall', 'street', 'bush', 'clinton',
  'so', 'but', 'and', 'or', 'if', 'as', 'at', 'by', 'in', 'on', 'to', 'the', 'a', 'an', 'it', 'he', 'she', 'we', 'they', 'this',
  'that', 'there', 'here', 'after', 'before', 'since', 'while', 'when', 'where', 'what', 'why', 'how', 'however', 'also',
  'according', 'under', 'over', 'about', 'among', 'against', 'despite', 'during', 'within', 'without', 'for', 'from',
  'with', 'no', 'not', 'yes', 'new', 'old', 'good', 'great', 'big', 'little', 'long', 'high', 'low', 'early', 'late', 'last',
  'next', 'first', 'second', 'third', 'one', 'two', 'three', 'many', 'some', 'all', 'any', 'each', 'every', 'both', 'such',
  'minister', 'secretary', 'general', 'colonel', 'admiral', 'governor', 'mayor', 'senator', 'judge', 'court', 'justice',
  'cartel', 'gang', 'force', 'forces', 'command', 'southern command', 'guard', 'coast guard', 'marine', 'marines', 'drug',
  'ministry', 'department', 'agency', 'council', 'office', 'party', 'front', 'movement', 'press', 'news', 'report',
  'national', 'federal', 'royal', 'supreme', 'white', 'black', 'red', 'green', 'blue', 'grand', 'mount', 'port', 'fort',
  'san', 'santa', 'la', 'el', 'los', 'las', 'de', 'del', 'sources', 'source', 'officials', 'official', 'tren',
  // Spanish: "la Armada de Colombia" is the navy.
  'armada',
]);

/** Organisations and outlets whose names contain a toponym ("the New York Times"). */
// prettier-ignore
export const ORG_NAMES = [
  'New York Times', 'New York Post', 'Washington Post', 'Washington Times', 'Wall Street Journal', 'Los Angeles Times',
  'Miami Herald', 'Chicago Tribune', 'Boston Globe', 'Financial Times', 'Times of Israel', 'Jerusalem Post', 'South China Morning Post',
  'Voice of America', 'Radio Free Europe', 'Al Jazeera', 'Kyiv Independent', 'Moscow Times', 'Tehran Times', 'Caracas Chronicles',
  'Tren de Aragua', 'Cartel de los Soles', 'Sinaloa Cartel', 'Sinaloa cartel', 'Jalisco New Generation Cartel', 'Gulf Cartel',
  'Gulf Clan', 'Clan del Golfo', 'Islamic State', 'Bank of America', 'Bank of England', 'American Airlines', 'Texas Instruments',
  'Southern Command', 'United Nations', 'Organization of American States', 'Amazon', 'Georgia Tech', 'Texas A&M',
  'Indiana Jones', 'Jordan Peterson', 'Michael Jordan', 'Paris Hilton', 'Florida Man', 'Venezuelan Government',
  'Real Madrid', 'Manchester United', 'New York Yankees', 'Boston Red Sox', 'Chicago Bulls', 'Golden State Warriors',
  'Petróleos de Venezuela', 'Petroleos de Venezuela', 'Banco Central de Venezuela', 'Central Bank of Venezuela',
];

/** Capitalised words that end a toponym run: titles and institutions next to a place ("Texas Governor"). */
// prettier-ignore
export const RUN_BREAKERS = new Set([
  'president', 'governor', 'mayor', 'minister', 'senator', 'secretary', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col',
  'police', 'army', 'navy', 'government', 'officials', 'official', 'authorities', 'forces', 'military', 'prime', 'foreign',
  'defense', 'defence', 'interior', 'chancellor', 'king', 'queen', 'prince', 'ambassador', 'embassy', 'consulate', 'leader',
  'opposition', 'chief', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'vice', 'deputy', 'sheriff', 'rep', 'sen',
  'gov', 'dr', 'mr', 'mrs', 'ms', 'state', 'county', 'city',
]);

/** Titles before a capitalised word that make it a person's name ("Sheriff Moore"). */
// prettier-ignore
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'president', 'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'sheriff', 'judge',
  'minister', 'secretary', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'capt', 'captain', 'lt', 'sgt', 'officer',
  'detective', 'coach', 'chief', 'commissioner', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'father',
  'rev', 'reverend', 'pastor', 'deputy', 'trooper', 'attorney', 'professor', 'prof', 'ambassador', 'spokesman', 'spokeswoman',
]);

/** Facility nouns for "a port facility in Venezuela": the head word (last word) of the facility phrase. */
// prettier-ignore
export const FACILITY_NOUNS = new Set([
  'facility', 'facilities', 'port', 'ports', 'dock', 'docks', 'airbase', 'base', 'bases', 'refinery', 'refineries', 'airport',
  'airstrip', 'airfield', 'plant', 'compound', 'warehouse', 'warehouses', 'camp', 'prison', 'jail', 'embassy', 'consulate',
  'hospital', 'school', 'harbor', 'harbour', 'pier', 'terminal', 'bridge', 'checkpoint', 'palace', 'mine', 'mines',
  'laboratory', 'lab', 'labs', 'depot', 'site', 'sites', 'installation', 'installations', 'shipyard', 'barracks', 'headquarters',
  'station', 'outpost', 'runway', 'complex', 'residence', 'estate', 'resort', 'pipeline', 'field', 'oilfield', 'hub',
]);

/** Prepositions between a facility noun and its place. */
export const FACILITY_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'on', 'of', 'en', 'cerca']);

/** Prepositions that make an org-like facility ("the White House") a place. */
export const LOCATIVE_PREPS = new Set(['at', 'in', 'outside', 'inside', 'near', 'en']);
