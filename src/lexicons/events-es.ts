// Spanish event lexicon: word forms → PLOVER category and mode, plus the cue words of the Spanish events path.
// Forms are listed (wink's English model gives Spanish no lemmas or reliable POS); regular -ar verbs are expanded.
import type { PloverCategory } from '../core/types.ts';

export interface EsTrigger {
  event: PloverCategory;
  mode: string | null;
  nominal: boolean;
  /** Only refers back to an earlier mention ("la operación"). */
  anaphorOnly?: boolean;
  /** A casualty verb ("mató"): its victims belong to an attack in the same sentence. */
  casualty?: boolean;
  /** A judging verb that accuses only when a charge follows ("calificó el ataque de agresión", not "de éxito"). */
  charge?: boolean;
}

type Row = [forms: string, event: PloverCategory, mode: string | null, kind: 'V' | 'N' | 'AR', flags?: Partial<EsTrigger>];

const ROWS: Row[] = [
  ['atacar|bombardear|disparar|emboscar', 'ASSAULT', null, 'AR'],
  ['ataque|ataques|bombardeo|bombardeos|ofensiva|emboscada|agresión|agresiones', 'ASSAULT', null, 'N'],
  // A subjunctive with a spelling change the regular expansion misses ("que nos ataquen").
  ['ataquen', 'ASSAULT', null, 'V'],
  ['destruyó|destruyeron|destruido|destruida|destruidos|destruidas|destruir|destruirá|destruiría', 'ASSAULT', 'destroy', 'V'],
  ['destrucción', 'ASSAULT', 'destroy', 'N'],
  ['mató|mataron|matar', 'ASSAULT', null, 'V', { casualty: true }],
  ['hundió|hundieron|hundido|hundida|hundidos|hundidas|hundirá|hundiría', 'ASSAULT', 'destroy', 'V'],
  ['invadió|invadieron|invadir|invadido|invadida|invadirá|invadiría|invade|invaden|invada|invadan|invadiera|invadieran', 'ASSAULT', 'heavy-weapons', 'V'],
  ['invasión|invasiones', 'ASSAULT', 'heavy-weapons', 'N'],
  ['operación|operativo', 'ASSAULT', null, 'N', { anaphorOnly: true }],
  ['detuvo|detuvieron|detener|detenido|detenida|detenidos|detenidas|detendrá|detendría', 'COERCE', 'arrest', 'V'],
  ['arrestar|capturar|apresar', 'COERCE', 'arrest', 'AR'],
  ['detención|detenciones|arresto|arrestos|captura|capturas', 'COERCE', 'arrest', 'N'],
  ['incautar|decomisar|confiscar|interceptar', 'COERCE', 'seize', 'AR'],
  // "se apoderó de un petrolero"; "abordar" also means to take up a topic, so events-es.ts keeps it only for a vessel.
  ['apoderó|apoderaron|apoderarse|apoderará|apoderarán|apoderaría|apoderarían|apoderara|apoderaran', 'COERCE', 'seize', 'V'],
  ['abordar', 'COERCE', 'seize', 'AR'],
  ['incautación|incautaciones|decomiso|decomisos|confiscación|abordaje|abordajes', 'COERCE', 'seize', 'N'],
  ['deportar', 'COERCE', 'deport', 'AR'],
  ['deportación|deportaciones', 'COERCE', 'deport', 'N'],
  ['desplegar|movilizar', 'MOBILIZE', 'troops', 'AR'],
  ['despliega|despliegan', 'MOBILIZE', 'troops', 'V'],
  ['despliegue|movilización', 'MOBILIZE', 'troops', 'N'],
  ['amenazar', 'THREATEN', null, 'AR'],
  ['amenaza|amenazas', 'THREATEN', null, 'N'],
  ['sancionar|bloquear', 'SANCTION', null, 'AR'],
  ['sanción|sanciones|embargo', 'SANCTION', 'discontinue', 'N'],
  ['bloqueo', 'SANCTION', 'blockade', 'N'],
  ['condenar|denunciar|acusar|criticar', 'ACCUSE', 'disapprove', 'AR'],
  // "calificó el ataque como una agresión", "tildó la incautación de piratería": only with a charge (ES_CHARGES).
  ['calificar|tildar|tachar', 'ACCUSE', 'disapprove', 'AR', { charge: true }],
  ['investigar', 'ACCUSE', 'investigate', 'AR'],
  ['investigación', 'ACCUSE', 'investigate', 'N'],
  ['rechazar', 'REJECT', null, 'AR'],
  ['protestar|marchar', 'PROTEST', 'demo', 'AR'],
  ['protesta|protestas|manifestación|manifestaciones|marcha|marchas', 'PROTEST', 'demo', 'N'],
  ['exigir|exigió|exigieron|pedir|pidió|pidieron', 'REQUEST', null, 'V'],
  ['instar|reclamar', 'REQUEST', null, 'AR'],
  ['negociar|dialogar|visitar', 'CONSULT', null, 'AR'],
  ['reunió|reunieron|reunirse|reunión|reuniones|negociaciones|conversaciones|diálogo|cumbre', 'CONSULT', null, 'N'],
  ['acordar|firmar|pactar', 'AGREE', null, 'AR'],
  ['acuerdo|acuerdos|pacto|tratado|tregua', 'AGREE', null, 'N'],
  ['liberar|retirar', 'RETREAT', null, 'AR'],
  ['cese', 'RETREAT', 'ceasefire', 'N'],
];

/** Forms of a regular -ar verb that news uses: infinitive, preterite, present, participles, future, conditional, subjunctive. */
function arForms(inf: string): string[] {
  const st = inf.slice(0, -2);
  return ['ar', 'ó', 'aron', 'a', 'an', 'ado', 'ada', 'ados', 'adas', 'ando', 'ará', 'arán', 'aría', 'arían', 'aba', 'aban', 'ara', 'aran', 'e', 'en'].map((e) => st + e);
}

export const ES_TRIGGERS: ReadonlyMap<string, EsTrigger> = (() => {
  const map = new Map<string, EsTrigger>();
  for (const [forms, event, mode, kind, flags = {}] of ROWS) {
    for (const f of forms.split('|')) {
      const all = kind === 'AR' && f.endsWith('ar') ? arForms(f) : [f];
      for (const w of all) if (!map.has(w)) map.set(w, { event, mode, nominal: kind === 'N', ...flags });
    }
  }
  return map;
})();

/** Subjunctive trigger forms: regular -ar present and past subjunctives plus the listed irregular ones. */
export const ES_SUBJUNCTIVE: ReadonlySet<string> = (() => {
  const set = new Set(['ataquen', 'invada', 'invadan', 'invadiera', 'invadieran', 'detenga', 'detengan', 'detuviera', 'detuvieran', 'destruya', 'destruyan', 'hunda', 'hundan', 'maten', 'mate']);
  for (const [forms, , , kind] of ROWS) {
    if (kind !== 'AR') continue;
    for (const f of forms.split('|')) for (const e of ['e', 'en', 'ara', 'aran']) if (ES_TRIGGERS.get(f.slice(0, -2) + e)?.nominal === false) set.add(f.slice(0, -2) + e);
  }
  return set;
})();
/** Verbs that take a subjunctive of a fact: "lamentó que atacaran", "condenó que detuvieran". */
export const ES_FACTIVE = new Set(['lamentó', 'lamentaron', 'lamenta', 'condenó', 'condenaron', 'condena', 'criticó', 'criticaron', 'deploró', 'repudió', 'repudiaron', 'celebró', 'celebraron', 'rechazó', 'rechazaron', 'denunció', 'denunciaron', 'reprochó', 'extraña', 'sorprende', 'indignó']);
export const ES_NEG = new Set(['no', 'nunca', 'jamás', 'ni', 'ningún', 'ninguna', 'sin']);
export const ES_DENIAL = new Set(['negó', 'negaron', 'niega', 'niegan', 'desmintió', 'desmintieron', 'desmiente', 'negar']);
export const ES_MODALS = new Set(['prepara', 'preparan', 'preparaba', 'pretende', 'pretenden', 'podría', 'podrían', 'podrá', 'podrán', 'puede', 'pueden', 'debería', 'deberían', 'debe', 'deben', 'planea', 'planean', 'prevé', 'estudia', 'considera', 'evalúa', 'busca', 'quiere', 'amenazó', 'amenaza',
  // "planeaban atacar", "va a atacar", "intentaron detener": past plans, going-to futures and attempts
  'planeaba', 'planeaban', 'pretendía', 'pretendían', 'preparaban', 'buscaba', 'buscaban', 'buscan', 'quería', 'querían', 'quieren', 'va', 'van', 'iba', 'iban',
  'intenta', 'intentan', 'intentaba', 'intentaban', 'intentó', 'intentaron', 'amenazan', 'amenazaron', 'amenazaba', 'podía', 'podían', 'deberá', 'deberán']);
/** Clause openers; "si" makes its clause a condition. */
export const ES_OPENERS = new Set(['que', 'si', 'aunque', 'porque', 'mientras', 'cuando', 'donde']);
/** Prepositions that make the following entity a place or a circumstance, not a participant. */
export const ES_LOCATIVE = new Set(['en', 'hacia', 'desde', 'contra', 'sobre', 'entre', 'con', 'para', 'por', 'según']);
export const ES_REPORTING = new Set(['dijo', 'dijeron', 'informó', 'informaron', 'afirmó', 'aseguró', 'declaró', 'señaló', 'indicó', 'explicó', 'añadió', 'agregó', 'confirmó', 'anunció', 'anunciaron', 'denunció', 'negó', 'precisó']);

export const ES_MODE_CUES: ReadonlyMap<string, string> = new Map([
  ['dron', 'drone'], ['drones', 'drone'], ['aéreo', 'aerial'], ['aérea', 'aerial'], ['aéreos', 'aerial'], ['misil', 'aerial'], ['misiles', 'aerial'],
  ['disparos', 'firearms'], ['armas', 'firearms'], ['explosivo', 'explosion'], ['explosivos', 'explosion'], ['bomba', 'explosion'],
]);

/** Auxiliaries before a participle that make it a verb ("fue atacada", "han destruido"), not an adjective ("petroleros sancionados"). */
/** Perfect auxiliaries ("ha atacado", "habían detenido"), and with the conditional perfect ("habría sido"). */
export const ES_PERFECT: ReadonlySet<string> = new Set(['ha', 'han', 'había', 'habían']);
export const ES_PERFECT_OR_CONDITIONAL: ReadonlySet<string> = new Set([...ES_PERFECT, 'habría', 'habrían']);

export const ES_AUX = new Set(['ha', 'han', 'he', 'hemos', 'había', 'habían', 'habría', 'habrían', 'haber', 'habiendo', 'hubiera', 'hubieran', 'fue', 'fueron', 'sido', 'es', 'son', 'era', 'eran', 'será', 'serán', 'sería', 'serían', 'resultó', 'resultaron', 'quedó', 'quedaron', 'está', 'están', 'estaba', 'estaban', 'y', 'e', 'no', 'ya', 'se', 'también', 'supuestamente', 'presuntamente']);

/** Words of a running count: "desde septiembre", "en total", "el balance", "hasta ahora", "la campaña". */
export const ES_TALLY = new Set(['desde', 'total', 'balance', 'acumulado', 'acumulada', 'campaña', 'ahora', 'fecha', 'suman', 'suma', 'ascienden', 'asciende']);

/** Words that end the participants of a clause: what follows names the source ("según X", ", dijo X", "de acuerdo con X"). */
export const ES_SOURCE_CUES = new Set(['según', 'dijo', 'dijeron', 'informó', 'informaron', 'afirmó', 'afirmaron', 'aseguró', 'aseguraron', 'declaró', 'señaló', 'indicó', 'explicó', 'añadió', 'agregó', 'confirmó', 'confirmaron', 'anunció', 'anunciaron', 'denunció', 'precisó', 'reportó', 'publicó', 'acuerdo']);

/** Adjectives that may sit between an attack noun and its "de X" agent ("un ataque aéreo de Estados Unidos"). */
export const ES_TRIGGER_MODIFIERS = new Set(['aéreo', 'aérea', 'aéreos', 'aéreas', 'militar', 'militares', 'letal', 'letales', 'naval', 'navales', 'nuevo', 'nueva', 'reciente', 'mortal', 'mortífero', 'masivo', 'masiva', 'armado', 'armada', 'con', 'drones', 'dron', 'misiles']);

export const ES_CONTEXT: ReadonlyMap<string, string> = new Map([
  ['droga', 'drugs'], ['drogas', 'drugs'], ['narcotráfico', 'drugs'], ['cocaína', 'drugs'], ['cártel', 'drugs'], ['narcotraficantes', 'drugs'],
  ['lancha', 'maritime'], ['lanchas', 'maritime'], ['buque', 'maritime'], ['embarcación', 'maritime'], ['puerto', 'maritime'], ['costa', 'maritime'],
  ['petróleo', 'oil'], ['crudo', 'oil'], ['migrantes', 'migration'],
]);

/** What an accusation calls a thing: "una agresión", "piratería", "un crimen", "ilegal". */
export const ES_CHARGES: ReadonlySet<string> = new Set(['agresión', 'agresiones', 'amenaza', 'provocación', 'crimen', 'crímenes', 'piratería', 'robo',
  'violación', 'asesinato', 'asesinatos', 'ejecución', 'ejecuciones', 'extrajudicial', 'extrajudiciales', 'terrorismo', 'invasión', 'ilegal', 'ilegales',
  'ilegítimo', 'ilegítima', 'masacre', 'mentira', 'farsa', 'secuestro', 'atropello']);
