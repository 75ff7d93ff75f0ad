// Unknown proper-noun runs: capitalised words the lexicon does not know, typed by simple cues.
import type { Actor, EntityType } from '../core/types.ts';
import { lexicon, wordKey } from '../lexicons/actors.ts';
import { CRAFT } from '../lexicons/places-roles.ts';
import { TITLES } from './entities-lexicon.ts';
import { type Scan, isCapitalised, take } from './entities-scan.ts';

const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'enero', 'febrero', 'marzo', 'abril', 'mayo',
  'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves',
  'viernes', 'sábado', 'domingo', 'christmas', 'navidad', 'easter', 'i', 'ok', 'tv', 'am', 'pm', 'a.m.', 'p.m.',
  // Month abbreviations in dates ("on Sept. 2", "Dec. 3").
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'sept',
]);
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'los', 'las', 'el']);
const EQUIPMENT = new Set([...CRAFT, 'ship', 'ships', 'vessel', 'rifle', 'rifles', 'tank', 'tanks', 'system', 'systems', 'rocket', 'rockets']);
const ORG_WORDS = new Set(['inc.', 'corp.', 'ltd.', 'llc', 'co.', 'ministry', 'agency', 'department', 'party', 'council', 'commission', 'committee', 'bank', 'university', 'company', 'institute', 'foundation', 'association', 'network', 'court', 'tribunal', 'office', 'service', 'command', 'forces', 'army', 'navy', 'guard', 'police', 'corporation', 'group', 'ministerio', 'partido', 'universidad', 'banco', 'fundación', 'asociación', 'consejo', 'comisión', 'tribunal', 'fiscalía']);
const GROUP_WORDS = new Set(['cartel', 'cártel', 'gang', 'clan', 'front', 'brigade', 'militia', 'frente', 'banda', 'militants', 'rebels']);
/** Person nouns that may stand between a demonym and a name ("Venezuelan lawmaker X"), with a sector. */
const PERSON_NOUNS: Record<string, string> = {
  lawmaker: 'LEG', legislator: 'LEG', deputy: 'LEG', senator: 'LEG', congressman: 'LEG', congresswoman: 'LEG', official: 'GOV', minister: 'GOV',
  diplomat: 'GOV', ambassador: 'GOV', president: 'GOV', governor: 'GOV', mayor: 'GOV', general: 'MIL', commander: 'MIL', admiral: 'MIL',
  colonel: 'MIL', soldier: 'MIL', officer: 'MIL', judge: 'JUD', prosecutor: 'JUD', journalist: 'MED', reporter: 'MED', activist: 'CVL',
  businessman: 'BUS', businesswoman: 'BUS', spokesman: 'GOV', spokeswoman: 'GOV', dissident: 'OPP', politician: 'OPP',
};
const SPEECH = new Set(['said', 'told', 'says', 'added', 'stated', 'wrote', 'declared', 'dijo', 'afirmó', 'declaró', 'explained', 'noted', 'argued']);

/** Adds runs of capitalised words not yet taken. */
export function matchProperRuns(scan: Scan): void {
  const { tokens } = scan;
  const midCaps = new Set<string>();
  tokens.forEach((t, i) => {
    if (i > 0 && tokens[i - 1].sentence === t.sentence && !/^[“"‘(¿¡«]$/.test(tokens[i - 1].text) && isCapitalised(t.text)) midCaps.add(t.normal);
  });
  const nameLike = (i: number) => {
    const t = tokens[i];
    if (!t || scan.taken[i] || !isCapitalised(t.text) || !/^\p{L}/u.test(t.text) || /\d/.test(t.text) || NOT_NAMES.has(t.normal)) return false;
    const initial = i === 0 || tokens[i - 1].sentence !== t.sentence || /^[“"‘(¿¡«]$/.test(tokens[i - 1].text);
    return t.pos === 'PROPN' || (!initial && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB'));
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(i)) continue;
    let j = i;
    while (true) {
      if (nameLike(j + 1) && tokens[j + 1].sentence === tokens[i].sentence) j++;
      else if (tokens[j + 1] && CONNECTORS.has(tokens[j + 1].normal) && nameLike(j + 2)) j += 2;
      else break;
    }
    let s = i;
    while (s <= j && TITLES.has(tokens[s].normal)) s++;
    const titled = s > i || (i > 0 && TITLES.has(tokens[i - 1].normal));
    const start = i;
    i = j;
    if (s > j) continue;
    const first = tokens[s];
    const initial = start === 0 || tokens[start - 1].sentence !== tokens[start].sentence || /^[“"‘(¿¡«]$/.test(tokens[start - 1].text);
    // A lone sentence-initial word is a name only if the text also capitalises it elsewhere.
    if (initial && s === j && !midCaps.has(first.normal)) continue;
    const prev = tokens[start - 1];
    const next = tokens[j + 1];
    if ((prev && /\d/.test(prev.text) && prev.end === tokens[start].start - 1) || (next && EQUIPMENT.has(next.normal))) continue;
    if (prev && /\d/.test(prev.text) && /-/.test(prev.text)) continue;
    const words = tokens.slice(s, j + 1).map((t) => t.normal);
    const lastWord = words[words.length - 1];
    let type: EntityType = 'OTHER';
    if (GROUP_WORDS.has(lastWord) || GROUP_WORDS.has(words[0])) type = 'GROUP';
    else if (words.some((w) => ORG_WORDS.has(w))) type = 'ORG';
    else if (titled || (next && SPEECH.has(next.normal) && words.length >= 2 && words.length <= 4) || knownSurname(tokens[j].text)) type = 'PERSON';
    const actor = demonymActor(scan, start, tokens[s].start, tokens[j].end);
    if (actor && type === 'OTHER') type = 'PERSON';
    take(scan, { start: first.start, end: tokens[j].end, t0: s, t1: j + 1, type, actor, by: 'propn-run', entry: -1 });
  }
}

/** "Venezuelan lawmaker X": the actor code from a demonym two tokens before the run. */
function demonymActor(scan: Scan, at: number, start: number, end: number): Actor | null {
  const noun = scan.tokens[at - 1];
  const dem = scan.tokens[at - 2];
  if (!noun || !dem) return null;
  const sector = PERSON_NOUNS[noun.normal];
  const code = lexicon().demonyms.get(dem.text);
  if (!sector || !code) return null;
  return { name: scan.text.slice(start, end), code, sector, wikidata: null, role: null };
}

/** A run ending in a surname the lexicon knows ("Ivanka Trump") names a person. */
function knownSurname(word: string): boolean {
  const key = wordKey(word);
  return !!lexicon().byFirst.get(key)?.some((r) => r.surname && r.folded === key);
}
