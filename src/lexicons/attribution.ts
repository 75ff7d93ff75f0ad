// Attribution lexicon: reporting verbs (by stance), Spanish forms, hedges, media outlets, source nouns.
// Surface forms are matched on the token's normal form, because wink's POS/lemma miss forms like "has been warning".
import type { Stance } from '../core/types.ts';

/** How a reporting verb positions its speaker towards the reported content. */
export type CueClass = Stance | 'characterize';

// [base, irregular forms...] per stance class; regular forms (-s, -ed, -ing) are generated.
const ENGLISH_VERBS: Record<CueClass, string[][]> = {
  asserted: [
    ['say', 'said'], ['tell', 'told'], ['add'], ['state'], ['note'], ['explain'], ['write', 'wrote', 'written'],
    ['post'], ['announce'], ['declare'], ['insist'], ['assert'], ['stress'], ['reiterate'], ['remark'],
    ['tweet'], ['report'], ['reveal'], ['indicate'], ['disclose'], ['inform'], ['testify', 'testified'],
    ['warn'], ['argue'], ['predict'], ['promise'], ['vow'], ['emphasize'], ['emphasise'], ['recount'],
    ['describe'], ['observe'], ['publish'], ['repeat'], ['reply', 'replied', 'replies'], ['mention'], ['specify', 'specified'], ['detail'], ['tout'], ['boast'],
  ],
  confirmed: [['confirm'], ['acknowledge'], ['admit', 'admitted', 'admitting'], ['concede'], ['verify', 'verified']],
  denied: [['deny', 'denied', 'denies'], ['refute'], ['dismiss'], ['reject'], ['rebut', 'rebutted', 'rebutting']],
  alleged: [
    ['claim'], ['allege'], ['accuse'], ['charge'], ['denounce'], ['condemn'], ['decry', 'decried', 'decries'],
    ['blame'], ['contend'],
  ],
  believed: [['believe'], ['think', 'thought'], ['suspect'], ['assess'], ['estimate'], ['fear'], ['conclude']],
  no_comment: [],
  unverified: [],
  characterize: [
    ['interpret'], ['call'], ['label', 'labelled', 'labelling'], ['term'], ['dub', 'dubbed', 'dubbing'],
    ['brand'], ['characterize'], ['characterise'], ['consider'], ['see', 'saw', 'seen'], ['view'], ['regard'],
  ],
};

const SPANISH_FORMS: Record<CueClass, string[]> = {
  asserted: [
    'dijo', 'dice', 'dicen', 'dijeron', 'afirmó', 'afirma', 'afirmaron', 'aseguró', 'asegura', 'aseguraron',
    'declaró', 'declara', 'señaló', 'señala', 'indicó', 'indica', 'explicó', 'añadió', 'agregó', 'advirtió',
    'advierte', 'informó', 'reveló', 'sostuvo', 'manifestó', 'expresó', 'comentó', 'escribió', 'publicó',
    'insistió', 'subrayó', 'destacó', 'anunció', 'reportó', 'precisó', 'apuntó',
  ],
  confirmed: ['confirmó', 'confirma', 'confirmaron', 'reconoció', 'admitió', 'corroboró'],
  denied: ['negó', 'niega', 'negaron', 'desmintió', 'rechazó'],
  alleged: ['denunció', 'denuncia', 'acusó', 'acusa', 'alegó', 'afirman', 'condenó'],
  believed: ['cree', 'creen', 'creía', 'sospecha', 'sospechan', 'estima', 'estiman', 'considera', 'consideran'],
  no_comment: [],
  unverified: [],
  characterize: ['calificó', 'califica', 'interpreta', 'interpretó', 'tildó', 'llamó', 'describió'],
};

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const forms = [base, base.endsWith('s') ? base + 'es' : base + 's', stem + 'ed', stem + 'ing'];
  if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied');
  return forms;
}

/** Surface form (lower case) → stance class, for English and Spanish reporting verbs. */
export const REPORTING_FORMS: ReadonlyMap<string, CueClass> = (() => {
  const m = new Map<string, CueClass>();
  for (const [cls, entries] of Object.entries(ENGLISH_VERBS) as [CueClass, string[][]][]) {
    for (const [base, ...irregular] of entries) for (const f of [...inflect(base), ...irregular]) if (!m.has(f)) m.set(f, cls);
  }
  for (const [cls, forms] of Object.entries(SPANISH_FORMS) as [CueClass, string[]][]) for (const f of forms) m.set(f, cls);
  return m;
})();

/** Forms that are more often nouns or adjectives: reporting verbs only when tagged VERB and not after a determiner. */
export const WEAK_FORMS: ReadonlySet<string> = new Set([
  'post', 'posts', 'report', 'reports', 'charge', 'charges', 'call', 'calls', 'claim', 'claims', 'see', 'view',
  'views', 'term', 'terms', 'brand', 'detail', 'details', 'fear', 'fears', 'estimate', 'estimates', 'note', 'notes',
  'state', 'states', 'consider', 'seen', 'saw', 'posting', 'reporting', 'calling', 'seeing', 'thought', 'mention',
  'dub', 'maintain', 'add', 'adding', 'warning', 'saying', 'writing', 'sees', 'thinking', 'charged', 'blame', 'conclude',
  'promise', 'vow', 'assessing', 'believing', 'regard', 'tout', 'boast', 'comment',
]);

/** Forms that report speech only with a complement ("added that", "added:") or after what they report ("..., X added"). */
export const NEEDS_COMPLEMENT: ReadonlySet<string> = new Set([
  'add', 'adds', 'added', 'adding', 'publish', 'publishes', 'published', 'publishing', 'repeat', 'repeats', 'repeated',
  'repeating', 'detail', 'details', 'detailed', 'observe', 'observed', 'observes', 'reply', 'replied', 'replies',
  'describe', 'describes', 'described', 'post', 'posted', 'posts', 'charge', 'charged', 'charges', 'state', 'states',
  'stated', 'note', 'noted', 'notes', 'blame', 'blamed', 'blames', 'predict', 'predicted', 'promise', 'promised',
  'call', 'called', 'calls', 'see', 'saw', 'seen', 'view', 'viewed', 'consider', 'considered', 'regard', 'regarded',
]);

/** Hedge words and phrases kept on a claim when they govern the mention's clause (lower case, space-separated). */
export const HEDGES: readonly string[] = [
  'supposedly', 'reportedly', 'allegedly', 'apparently', 'purportedly', 'ostensibly', 'seemingly', 'presumably',
  'it claims', 'they claim', 'it says', 'they say', 'suspected of', 'believed to', 'thought to', 'said to have',
  'reported to have', 'alleged to', 'unconfirmed', 'unverified', 'supuestamente', 'presuntamente', 'aparentemente',
  'al parecer', 'según se informa', 'sospechosos de', 'sospechoso de', 'se cree que', 'habría', 'habrían',
];

/** Spanish hedges that, opening a sentence ("Al parecer, ..."), govern the whole sentence. */
export const SENTENCE_HEDGES_ES: ReadonlySet<string> = new Set(['supuestamente', 'presuntamente', 'aparentemente', 'al parecer', 'según se informa']);

/** Canonical names of news outlets (lower case key without leading "the"). */
export const MEDIA_OUTLETS: ReadonlyMap<string, string> = new Map([
  ['new york times', 'The New York Times'], ['nyt', 'The New York Times'], ['washington post', 'The Washington Post'],
  ['wall street journal', 'The Wall Street Journal'], ['wsj', 'The Wall Street Journal'], ['reuters', 'Reuters'],
  ['associated press', 'Associated Press'], ['ap', 'Associated Press'], ['afp', 'AFP'], ['agence france-presse', 'AFP'],
  ['cnn', 'CNN'], ['bbc', 'BBC'], ['bloomberg', 'Bloomberg'], ['el país', 'El País'], ['el pais', 'El País'],
  ['efe', 'EFE'], ['axios', 'Axios'], ['cbs news', 'CBS News'], ['cbs', 'CBS News'], ['nbc news', 'NBC News'],
  ['nbc', 'NBC News'], ['abc news', 'ABC News'], ['fox news', 'Fox News'], ['politico', 'Politico'],
  ['guardian', 'The Guardian'], ['financial times', 'Financial Times'], ['al jazeera', 'Al Jazeera'],
  ['miami herald', 'Miami Herald'], ['el nacional', 'El Nacional'], ['telesur', 'teleSUR'], ['the intercept', 'The Intercept'],
  ['intercept', 'The Intercept'], ['economist', 'The Economist'], ['le monde', 'Le Monde'], ['europa press', 'Europa Press'],
]);

/** Generic nouns that refer back to a news outlet ("the newspaper added"). */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'paper', 'daily', 'outlet', 'broadcaster', 'network', 'magazine', 'publication', 'newsroom',
  'diario', 'periódico', 'rotativo', 'medio', 'cadena', 'newspapers', 'outlets',
]);

/** Nouns of cited sources ("officials said", "the sources indicated"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'person', 'people', 'diplomat', 'diplomats', 'aide', 'aides',
  'witness', 'witnesses', 'analyst', 'analysts', 'spokesperson', 'spokesman', 'spokeswoman', 'fuentes', 'fuente',
  'funcionarios', 'funcionario', 'investigators', 'authorities', 'residents', 'experts', 'officers',
]);

/** Nouns after "in/at" in a reporting clause that are not places ("in a statement"). */
export const COMMUNICATION_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'interview', 'post', 'message', 'speech', 'letter', 'conference', 'briefing', 'address', 'remarks',
  'broadcast', 'video', 'communique', 'communiqué', 'tweet', 'report', 'note', 'release', 'op-ed', 'column',
  'comunicado', 'entrevista', 'mensaje', 'discurso', 'rueda', 'way', 'response', 'reply', 'words',
]);

/** Nouns that refer back to an event ("the attack", "the operation"). */
export const EVENT_ANAPHORS: ReadonlySet<string> = new Set([
  'attack', 'strike', 'operation', 'raid', 'incident', 'bombing', 'killing', 'seizure', 'deployment', 'blockade',
  'explosion', 'assault', 'action', 'actions', 'attacks', 'strikes', 'operations', 'ataque', 'operación',
]);

/** Phrases marking the attribution as anonymous. */
export const ANONYMITY_RE = /\b(?:on (?:the )?condition of anonymity|anonymous(?:ly)?|unnamed|who (?:asked|requested) not to be (?:named|identified)|anonimato|no ser (?:identificad|nombrad|citad)[oa]s?|anónim[ao]s?)\b/i;

/** A party declined to comment: the subject precedes the match. */
export const NO_COMMENT_RE = /\b(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|would not|wouldn't|declined to|refused to|did not immediately|has yet to|have yet to)\s+(?:\w+ly\s+)?(?:immediately\s+)?(?:comment|respond|reply|return)\b|\b(?:declined|refused)\s+(?:to\s+)?(?:comment|be interviewed)\b|\bcould not be reached for comment\b|\b(?:made|offered|gave|had|issued) no (?:\w+ )?(?:comment|response|statement)\b|\bno (?:immediate )?(?:comment|response) from\b|\bno (?:ha |han |había )?(?:respondió|respondieron|respondido|contestó|contestaron|contestado|comentó|comentaron|quiso comentar|quisieron comentar|hizo comentarios|ofreció comentarios)(?![a-záéíóúñü])(?: (?:de inmediato|inmediatamente))?(?: a (?:las |una |un |los )?(?:solicitudes|solicitud|peticiones|petición|pedidos|pedido|preguntas|consultas|requerimientos|requerimiento|llamadas)(?: de (?:comentarios?|información|entrevista))?)?|\bdeclinó (?:hacer )?comentar(?:ios)?\b|\bse negó a (?:comentar|hacer comentarios)\b/i;

/** A party has not confirmed the claim ("a claim Washington did not confirm", "the Pentagon has not confirmed the
 * strike"): unconfirmed by that party (the subject before the match), not a denial and not a refusal to comment. */
export const NOT_CONFIRMED_RE = /\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|would not|wouldn't)\s+(?:yet\s+|immediately\s+|publicly\s+|independently\s+|officially\s+)?(?:confirm|verify)\b/i;

/** The outlet says it could not check the claim. */
export const UNVERIFIED_RE = /\b(?:could not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|cannot (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|has not been (?:independently )?(?:verified|confirmed)|have not been (?:independently )?(?:verified|confirmed)|were not (?:independently )?(?:verified|confirmed)|(?:no|without (?:providing|offering|presenting)(?: any)?) evidence|did not (?:provide|offer|present) (?:any )?evidence|no pudo ser verificad[oa]|sin (?:aportar|presentar) pruebas)\b/i;
