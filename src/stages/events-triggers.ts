// Finds event triggers in a sentence: one pass over its tokens with a lemma-keyed Map, then mode cues.
import type { Token } from '../core/types.ts';
import { ASSAULT_MODE_CUES, LEADER_WORDS, RIOT_WORDS, THREAT_MODE_CUES, TRIGGERS, WEAPON_WORDS, type TriggerEntry } from '../lexicons/events.ts';

export interface Trigger {
  /** First and last token of the trigger. */
  i: number;
  last: number;
  entry: TriggerEntry;
  /** Used as a noun ("the attack", "a blockade") rather than a verb. */
  nominal: boolean;
}

const VESSEL_TARGETS = new Set(['boat', 'vessel', 'ship', 'speedboat', 'tanker', 'skiff', 'launch', 'semi-submersible']);

/** "declined to comment", "refused to detail": a stance on a claim, not an event. */
const NO_COMMENT = new Set(['comment', 'detail', 'say', 'elaborate', 'discuss', 'confirm', 'specify', 'disclose', 'answer', 'respond', 'speculate', 'identify', 'reveal', 'explain', 'name']);
const THREAT_SUPPORT = new Set(['issue', 'make', 'repeat', 'renew', 'step', 'escalate', 'voice', 'deliver', 'carry']);
const NOT_RELEASED = new Set(['statement', 'report', 'video', 'footage', 'image', 'data', 'figure', 'detail', 'document', 'recording', 'photo', 'album', 'list']);

/** Words that make "hit" a weapon's impact: "hit ... with a drone", "a missile hit". */
const ARMED_CUES = new Set(['drone', 'missile', 'rocket', 'bomb', 'shell', 'strike', 'airstrike', 'artillery', 'mortar', 'torpedo', 'warplane', 'jet', 'aircraft', 'helicopter', 'munition', 'explosive', 'projectile', 'gunfire', 'force', 'forces', 'troop', 'troops', 'military', 'army', 'navy', 'agency', 'militant', 'militia', 'rebel', 'insurgent', 'gunman', 'gunmen']);
/** Things that "hit" without violence: weather, markets, measures. */
const UNARMED = new Set(['storm', 'hurricane', 'earthquake', 'quake', 'flood', 'sanction', 'price', 'crisis', 'inflation', 'tariff', 'record', 'high', 'low', 'market', 'economy', 'shortage', 'outbreak', 'virus', 'pandemic', 'wave']);

/** "hit" is an attack when transitive and an armed word or a named agent stands near it. */
function isArmed(tokens: Token[], i: number, from: number, to: number): boolean {
  const next = tokens[i + 1];
  if (!next || i + 1 >= to || !/^(DET|NUM|ADJ|NOUN|PROPN|PRON)$/.test(next.pos)) return false;
  let armed = false;
  for (let j = Math.max(from, i - 6); j < Math.min(to, i + 10); j++) {
    const t = tokens[j];
    if (UNARMED.has(t.lemma) || UNARMED.has(t.normal)) return false;
    if (ARMED_CUES.has(t.lemma) || ARMED_CUES.has(t.normal)) armed = true;
  }
  // "The Central Intelligence Agency hit", "Israel hit": a named agent right before the verb.
  return armed || (i > from && tokens[i - 1].pos === 'PROPN');
}

function isNominal(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  return !(i > from && tokens[i - 1].pos === 'AUX');
}

function matchesNext(tokens: Token[], i: number, to: number, next: string[]): boolean {
  for (let k = 0; k < next.length; k++) {
    const t = tokens[i + 1 + k];
    if (!t || i + 1 + k >= to || (t.lemma !== next[k] && t.normal !== next[k])) return false;
  }
  return true;
}

/** Token i is the second half of a hyphenated compound ("peace-keeping", "so-called"). */
export function afterJoinedHyphen(tokens: Token[], i: number): boolean {
  const h = tokens[i - 1];
  return !!h && h.normal === '-' && h.end === tokens[i].start;
}

const objectSets = new WeakMap<string[], Set<string>>();

/** A lexicon word list as a set, built once per list. */
function wordSet(words: Set<string> | string[]): Set<string> {
  if (words instanceof Set) return words;
  let set = objectSets.get(words);
  if (!set) objectSets.set(words, (set = new Set(words)));
  return set;
}

function objectWithin(tokens: Token[], from: number, to: number, words: Set<string> | string[]): boolean {
  const set = wordSet(words);
  // Six words: room for a recipient before the thing given ("gave the Ivory Coast 5 million dollars").
  for (let j = from; j < Math.min(to, from + 6); j++) {
    const t = tokens[j];
    if (t.normal === '-') continue; // "a day-old blockade"
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    if (set.has(t.lemma) || set.has(t.normal)) return true;
    // The object is the verb's own noun phrase ("provided Kyiv with arms", "sent supplies of food"),
    // not a noun inside a later prepositional phrase ("gave no details about the weapon").
    if (t.pos === 'ADP' && t.normal !== 'with' && t.normal !== 'of') return false;
  }
  return false;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
/** Prepositions inside the thing judged or before its label: "the strike on the boat", "an act of piracy", "as terrorists". */
const LABEL_ADP = new Set(['of', 'on', 'against', 'in', 'as', 'by', 'off', 'near']);

/** A label after the thing it names: "called the seizure \"an act of piracy\"", "designated the so-called Cartel of the
 * Suns a terrorist organization". Looks past quotation marks and the judged noun phrase (up to 12 words); stops at a
 * verb or any other punctuation. */
function labelWithin(tokens: Token[], from: number, to: number, words: string[]): boolean {
  const set = wordSet(words);
  for (let j = from; j < Math.min(to, from + 12); j++) {
    const t = tokens[j];
    if (QUOTE_MARKS.has(t.normal) || t.normal === '-') continue;
    // "so-called": the second half of a hyphenated compound is no verb.
    const compound = j > from && afterJoinedHyphen(tokens, j);
    if (t.pos === 'PUNCT' || (t.pos === 'VERB' && !compound) || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
    if (set.has(t.lemma) || set.has(t.normal)) return true;
    if (t.pos === 'ADP' && !LABEL_ADP.has(t.normal)) return false;
  }
  return false;
}

function nearWord(tokens: Token[], a: number, b: number, words: string[]): boolean {
  const set = wordSet(words);
  for (let j = a; j < b; j++) if (set.has(tokens[j].lemma) || set.has(tokens[j].normal)) return true;
  return false;
}

function accepts(tokens: Token[], i: number, from: number, to: number, e: TriggerEntry, nominal: boolean): boolean {
  const t = tokens[i];
  const last = i + e.next.length;
  if (e.pos === 'N' && !nominal && e.next.length === 0) return false;
  // Headline verbs the tagger reads as plural nouns: "US fires on boat" (a verb phrase entry, after a subject).
  const headlineVerb = e.pos === 'V' && e.next.length > 0 && t.pos === 'NOUN' && /s$/.test(t.normal) && i > from && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NOUN');
  if (e.pos === 'V' && !headlineVerb && (nominal || (t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'AUX'))) return false;
  // The second half of a hyphenated compound is no verb: "peace-keeping force", "cost-cutting".
  if (e.pos === 'V' && i > from && afterJoinedHyphen(tokens, i)) return false;
  if (e.label && e.event === 'SANCTION' && !nominal) {
    // "a designated terrorist organization" is an adjective; "a gang it has designated as a terrorist organization"
    // describes a listing made before, whose object is the noun outside the relative clause: neither is a new listing.
    if (i > from && tokens[i - 1].pos === 'DET') return false;
    if (tokens[last + 1]?.normal === 'as') return false;
  }
  if (e.object && !(e.label ? labelWithin(tokens, last + 1, to, e.object) : objectWithin(tokens, last + 1, to, e.object))) return false;
  if (e.armed && !isArmed(tokens, i, from, to)) return false;
  if (e.near && !nearWord(tokens, Math.max(from, i - 8), Math.min(to, last + 9), e.near)) return false;
  if (e.weak) {
    const next = tokens[last + 1]?.normal;
    const supported = next === 'to' || next === 'of' || next === 'against' ||
      [1, 2, 3].some((k) => i - k >= from && THREAT_SUPPORT.has(tokens[i - k].lemma));
    if (!supported) return false;
  }
  if (!nominal && e.next.length === 0) {
    // Attributive participle: "of sanctioned oil tankers", "the attacking forces".
    const prev = tokens[i - 1];
    const nextTok = tokens[i + 1];
    if (i > from && prev && (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ' || (prev.pos === 'ADP' && prev.normal !== 'by')) && (nextTok?.pos === 'NOUN' || nextTok?.pos === 'PROPN') && /(ed|ing)$/.test(t.normal)) return false;
    // Reduced relative: "four companies accused of moving oil", "men suspected of smuggling".
    if (i > from && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /ed$/.test(t.normal) && nextTok?.normal === 'of') return false;
    // "declined to comment": a claim stance, not a REJECT event.
    if ((t.lemma === 'decline' || t.lemma === 'refuse') && tokens[i + 1]?.normal === 'to' && tokens[i + 2] && NO_COMMENT.has(tokens[i + 2].lemma)) return false;
    // "declined to 2 percent" is a fall; "declined to resign" a refusal.
    if (t.lemma === 'decline' && tokens[i + 1]?.normal === 'to' && tokens[i + 2]?.pos !== 'VERB') return false;
    if (t.lemma === 'release' && objectWithin(tokens, i + 1, to, NOT_RELEASED)) return false;
    // "the video released by Washington": a reduced relative whose head is what was released.
    if (t.lemma === 'release' && i > from && NOT_RELEASED.has(tokens[i - 1].lemma)) return false;
  }
  // "did not respond to a request for comment": newsroom boilerplate, not a demand between parties.
  if (t.lemma === 'request' && tokens[i + 1]?.normal === 'for' && tokens[i + 2] && NO_COMMENT.has(tokens[i + 2].lemma)) return false;
  return true;
}

/** wink leaves some participles and plurals unlemmatized ("attacking"/ADJ, "airstrikes"): strip the suffix. */
function unlemmatized(t: Token): TriggerEntry[] | undefined {
  if (t.lemma !== t.normal || (t.pos !== 'ADJ' && t.pos !== 'VERB' && t.pos !== 'NOUN')) return undefined;
  if (t.pos === 'NOUN' && /[^su]s$/.test(t.normal)) {
    const found = TRIGGERS.get(t.normal.slice(0, -1));
    if (found?.some((e) => e.pos !== 'V')) return found;
  }
  const m = /^(\w+?)(ing|ed)$/.exec(t.normal);
  if (!m) return undefined;
  return TRIGGERS.get(m[1]) ?? TRIGGERS.get(m[1] + 'e') ?? (m[1].length > 3 && m[1].at(-1) === m[1].at(-2) ? TRIGGERS.get(m[1].slice(0, -1)) : undefined);
}

/** Triggers in tokens [from, to), in text order; phrase triggers consume their words. */
export function findTriggers(tokens: Token[], from: number, to: number): Trigger[] {
  const out: Trigger[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const a = TRIGGERS.get(t.lemma) ?? unlemmatized(t);
    const b = t.normal !== t.lemma ? TRIGGERS.get(t.normal) : undefined;
    if (!a && !b) continue;
    const nominal = isNominal(tokens, i, from);
    const entries = a && b ? [...a, ...b].sort((x, y) => y.next.length - x.next.length) : (a ?? b)!;
    for (const e of entries) {
      if (!matchesNext(tokens, i, to, e.next) || !accepts(tokens, i, from, to, e, nominal)) continue;
      out.push({ i, last: i + e.next.length, entry: e, nominal: nominal || e.pos === 'N' });
      i += e.next.length;
      break;
    }
  }
  return out;
}

function cueOf(t: Token, cues: ReadonlyMap<string, string>): string | undefined {
  return cues.get(t.lemma) ?? cues.get(t.normal) ?? cues.get(t.normal.replace(/(ing|s)$/, ''));
}

/** Refines the lexicon's default mode from nearby words. */
export function refineMode(tokens: Token[], tr: Trigger, clauseTo: number, sentenceTo: number): string | null {
  const e = tr.entry;
  if (e.event === 'ASSAULT') {
    // "suicide bombers", "a suicide car bombing": the attacker's death is the mode, whatever the weapon.
    for (let j = tr.i - 1; j >= Math.max(0, tr.i - 3); j--) if (tokens[j].lemma === 'suicide') return 'suicide-attack';
    // "US fires on boat": a warship or aircraft firing on a vessel uses missiles or guns: no weapon mode.
    if (e.mode === 'firearms' && e.next.length > 0 && tokens.slice(tr.last + 1, Math.min(clauseTo, tr.last + 5)).some((t) => VESSEL_TARGETS.has(t.lemma))) return null;
    if (e.mode && e.mode !== 'aerial') return e.mode;
    for (let j = tr.i - 1; j >= Math.max(0, tr.i - 3); j--) {
      const cue = cueOf(tokens[j], ASSAULT_MODE_CUES);
      if (cue && (!e.mode || cue === 'explosion' || cue === 'drone')) return cue;
      if (tokens[j].pos === 'PUNCT' || tokens[j].pos === 'VERB') break;
    }
    // "hit a pier on the coast with a drone": the instrument phrase, anywhere after the trigger in its clause.
    for (let j = tr.last + 1; j < Math.min(clauseTo, tr.last + 12); j++) {
      const n = tokens[j].normal;
      if (n !== 'with' && n !== 'by' && n !== 'using') continue;
      for (let k = j + 1; k < Math.min(clauseTo, j + 4); k++) {
        const cue = cueOf(tokens[k], ASSAULT_MODE_CUES);
        if (cue) return cue;
        if (tokens[k].pos === 'VERB' || tokens[k].pos === 'PUNCT') break;
      }
    }
    // "killed the deputy chief", "killed eight top leaders": a killing aimed at a named office.
    if (e.casualty && !e.mode) {
      for (let j = tr.last + 1; j < Math.min(clauseTo, tr.last + 7); j++) {
        const t = tokens[j];
        if (LEADER_WORDS.has(t.normal)) return 'targeted';
        if (t.pos === 'VERB' || t.pos === 'PUNCT' || (t.pos === 'ADP' && t.normal !== 'of')) break;
      }
    }
    return e.mode;
  }
  if (e.event === 'PROTEST' && e.mode === 'demo') {
    for (let j = Math.max(0, tr.i - 8); j < Math.min(sentenceTo, tr.last + 9); j++) if (RIOT_WORDS.has(tokens[j].normal)) return 'riot';
    return e.mode;
  }
  if (e.event === 'MOBILIZE') {
    for (let j = Math.max(0, tr.i - 2); j < Math.min(clauseTo, tr.last + 8); j++) {
      const n = tokens[j].normal;
      if (WEAPON_WORDS.has(n) || WEAPON_WORDS.has(tokens[j].lemma)) return 'weapons';
      if (n === 'police' || n === 'officers') return 'police';
    }
    return 'troops';
  }
  if (e.event === 'THREATEN') {
    for (let j = tr.last + 1; j < sentenceTo; j++) {
      // "threatened a general strike": a stoppage restricts, it does not attack.
      if (tokens[j].lemma === 'strike' && /^(general|hunger|labour|labor)$/.test(tokens[j - 1].normal)) return 'restrict';
      const cue = cueOf(tokens[j], THREAT_MODE_CUES);
      if (cue) return cue;
    }
    return e.mode;
  }
  return e.mode;
}
