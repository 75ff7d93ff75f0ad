// Clause segmentation and modality of a trigger (asserted, hypothetical, negated, question, historical).
import type { Modality, Token } from '../core/types.ts';

/** Clause ranges over tokens [from, to): boundaries at complementizers, relative pronouns, contrast words, ";". */
export interface Clause {
  from: number;
  to: number;
  /** The word that opened it ("that", "which", "while"), or null for the first clause. */
  opener: string | null;
  /** The main clause after a sentence-initial "if"/"unless" clause: the consequence of a condition. */
  consequent?: boolean;
  /** A "that"-clause governed by a denial ("denied that", "rejected claims that"): its content is negated. */
  denied?: boolean;
}

const OPENERS = new Set(['which', 'who', 'whom', 'while', 'although', 'though', 'whereas', 'because', 'unless', 'if', 'whether']);
/** Temporal subordinators that open a clause when a subject and its verb follow: "a day after Washington designated
 * the group", "until the strikes on boats stop" (not "after the talks", "before dawn"). */
export const TEMPORAL: ReadonlySet<string> = new Set(['after', 'before', 'until', 'till', 'since', 'once']);

/** A subject noun phrase, then a finite verb, right after token i: "Washington designated", "the strikes on boats stop". */
function clauseFollows(tokens: Token[], i: number, to: number): boolean {
  let noun = false;
  for (let j = i + 1; j < Math.min(to, i + 12); j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') { noun = true; continue; }
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'X' || (t.pos === 'ADP' && noun && t.normal !== 'after' && t.normal !== 'before')) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return noun && !/ing$/.test(t.normal) && t.normal !== 'to';
    return false;
  }
  return false;
}

/** Verbs whose "that"-complement the speaker holds false. */
const DENIAL = new Set(['deny', 'refute', 'dispute']);
/** "rejected claims that", "dismissed reports that": a denial through a noun of report. */
const DISMISSAL = new Set(['reject', 'dismiss']);
const REPORT_NOUNS = new Set(['claim', 'report', 'allegation', 'accusation', 'suggestion', 'rumor', 'rumour', 'assertion', 'charge']);

/** Is the "that" at token i the complementizer of a denial ("denied that", "denied reports that")? */
function deniedBefore(tokens: Token[], i: number, from: number): boolean {
  let sawReportNoun = false;
  for (let j = i - 1; j >= Math.max(from, i - 5); j--) {
    const l = tokens[j].lemma;
    if (DENIAL.has(l)) return true;
    if (DISMISSAL.has(l)) return sawReportNoun;
    if (REPORT_NOUNS.has(l)) { sawReportNoun = true; continue; }
    if (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PART') continue;
    return false;
  }
  return false;
}

export function splitClauses(tokens: Token[], from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let start = from;
  // "If the talks fail, ...": a sentence-initial subordinate clause runs to the first comma.
  let opener: string | null = from < to && OPENERS.has(tokens[from].normal) && tokens[from].normal !== 'who' && tokens[from].normal !== 'which' ? tokens[from].normal : null;
  // "Should the rebels disarm, ...", "Were the talks to fail, ...": an inverted condition opens like "if".
  if (!opener && from + 1 < to && /^(should|were|had)$/.test(tokens[from].normal) && tokens[from].pos === 'AUX' && /^(DET|PROPN|NOUN|PRON)$/.test(tokens[from + 1].pos) && tokens[to - 1].text !== '?') opener = 'if';
  let leading = opener !== null;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    const n = t.normal;
    let boundary = false;
    if (leading && n === ',') {
      const conditional = opener === 'if' || opener === 'unless';
      clauses.push({ from: start, to: i + 1, opener });
      start = i + 1;
      opener = null;
      leading = false;
      if (conditional && start < to) clauses.push({ from: start, to: start, opener: null, consequent: true });
      continue;
    }
    // "The boat, which had left Colombia on Sunday, was struck on Tuesday": the comma before the main verb closes the
    // relative clause; the rest is the main clause again.
    if (n === ',' && (opener === 'which' || opener === 'who') && tokens[start - 1]?.normal === ',' && resumesMain(tokens, i + 1, to)) {
      clauses.push({ from: start, to: i + 1, opener });
      start = i + 1;
      opener = null;
      continue;
    }
    // "A man who survived a strike on Thursday was flown to Quito": with no comma, the main clause resumes at a finite
    // auxiliary right after the relative clause's object (not after a verb of saying: "who said the boat was struck").
    if ((opener === 'who' || opener === 'which') && t.pos === 'AUX' && RESUMING_AUX.test(n) && relativeDone(tokens, start, i, to)) {
      pushClause(clauses, start, i, opener);
      start = i;
      opener = null;
      continue;
    }
    if (n === ';') boundary = true;
    else if (n === 'that' && t.pos !== 'DET') boundary = true;
    else if (OPENERS.has(n) && (n !== 'who' || t.pos === 'PRON')) boundary = true;
    else if (n === 'but' && tokens[i - 1].normal === ',') boundary = true;
    else if (TEMPORAL.has(n) && clauseFollows(tokens, i, to)) boundary = true;
    // A closing quotation mark ends the quoted words; the reporting clause follows ("…,” the minister said).
    else if ((t.text === '”' || t.text === '"') && /^[,.!?]$/.test(tokens[i - 1].text) && i + 1 < to) boundary = true;
    if (!boundary) continue;
    pushClause(clauses, start, i, opener);
    start = i;
    opener = n;
    leading = false;
  }
  pushClause(clauses, start, to, opener);
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    if (c.opener === 'that' && deniedBefore(tokens, c.from, k > 0 ? clauses[k - 1].from : from)) c.denied = true;
  }
  return clauses;
}

const RESUMING_AUX = /^(?:was|were|is|are|has|have|had)$/;
/** Verbs whose object may be a clause with "that" left out: its auxiliary belongs to that clause. */
const CLAUSAL = new Set(['say', 'tell', 'claim', 'believe', 'think', 'know', 'report', 'deny', 'confirm', 'allege', 'insist', 'argue', 'announce',
  'fear', 'hope', 'suspect', 'warn', 'acknowledge', 'admit', 'show', 'suggest', 'indicate', 'find', 'learn', 'hear', 'see', 'assert', 'note', 'add', 'feel', 'understand', 'realize', 'realise', 'recall', 'agree', 'ensure', 'expect', 'estimate', 'assume']);

/** Relative clause [from, i) has its own verb and object, and the auxiliary at i (after a noun, before a participle)
 * predicates the antecedent: "who survived a US strike on Thursday | was flown". */
function relativeDone(tokens: Token[], from: number, i: number, to: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  let j = i + 1;
  while (j < to && tokens[j].pos === 'ADV') j++;
  if (j >= to || tokens[j].pos !== 'VERB' || /ing$/.test(tokens[j].normal)) return false;
  let verb = false;
  for (let k = from + 1; k < i; k++) {
    const t = tokens[k];
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (CLAUSAL.has(t.lemma)) return false;
      if (t.pos === 'VERB') verb = true;
    }
  }
  return verb;
}

/** A finite verb (after adverbs) right after a comma: the predicate of the main clause resumes there. */
function resumesMain(tokens: Token[], i: number, to: number): boolean {
  while (i < to && tokens[i].pos === 'ADV') i++;
  const t = tokens[i];
  if (!t || i + 1 >= to) return false;
  return t.pos === 'AUX' && t.normal !== 'to' || t.pos === 'VERB' && !/ing$/.test(t.normal);
}

/** Appends a clause; an empty placeholder left by a conditional opening takes the range and stays a consequent. */
function pushClause(clauses: Clause[], from: number, to: number, opener: string | null): void {
  const last = clauses.at(-1);
  if (last && last.from === last.to && last.from === from) { last.to = to; return; }
  clauses.push({ from, to, opener });
}

const MODALS = new Set(['could', 'may', 'might', 'would', 'will', 'shall', 'should', 'can', "'ll", "'d", 'wo', 'ca', 'must']);
/** Verbs whose "to"-complement has not (yet) happened. */
const INTENT = new Set([
  'go', 'plan', 'consider', 'intend', 'prepare', 'threaten', 'vow', 'promise', 'pledge', 'want', 'seek', 'propose', 'aim', 'expect',
  'ready', 'willing', 'able', 'try', 'attempt', 'decide', 'agree', 'refuse', 'offer', 'order', 'urge', 'ask', 'demand', 'call', 'hope',
  'need', 'likely', 'set', 'about', 'warn', 'weigh', 'mull', 'push', 'authorize', 'approve',
]);
/** Verbs whose noun object has not happened: "is considering an attack", "plans a strike". */
const NOMINAL_INTENT = new Set(['consider', 'plan', 'propose', 'weigh', 'mull', 'prepare', 'contemplate', 'seek', 'want', 'envisage', 'threaten', 'discuss', 'debate', 'rule']);
const ASPECTUAL = new Set(['begin', 'start', 'resume', 'continue', 'keep', 'stop']);
/** Nominal heads that make a following trigger hypothetical: "plans for a strike", "the threat of an attack". */
const HYPO_NOMINAL = new Set(['plan', 'plans', 'possibility', 'possible', 'potential', 'threat', 'option', 'prospect', 'risk', 'proposal', 'proposed', 'planned', 'future', 'eventual', 'imminent', 'idea', 'scenario', 'contingency', 'upcoming', 'forthcoming', 'anticipated']);
/** "Talks are scheduled for Friday", "the summit is due to open": a planned happening, not one that took place. */
const PLANNED = new Set(['schedule', 'scheduled', 'plan', 'planned', 'set', 'due', 'expect', 'expected', 'slate', 'slated']);
/** Verbs that only stage a nominal event, so a negation on them negates it: "has not called a strike". */
const SUPPORT_VERBS = new Set(['call', 'stage', 'hold', 'impose', 'order', 'declare', 'mount', 'make', 'issue']);
/** Possessive determiners: "its crew", "their homes". */
export const POSSESSIVE: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const NEG = new Set(['not', "n't", 'never', 'no', 'nor']);
const LIGHT = new Set(['carry', 'conduct', 'launch', 'out', 'be', 'have', 'do', 'any', 'a', 'an', 'the', 'such', 'ever']);

/** Decides the modality of a trigger at token i inside clause c of a sentence ending at sentenceEnd;
 * `presupposed` (a definite description of a known event) looks only at the words governing it locally.
 * The historical reading (years-old background) is decided by the caller from dates and cues (`historicalCue`). */
export function modalityOf(tokens: Token[], i: number, c: Clause, sentenceEnd: number, nominal: boolean, presupposed = false): Modality {
  const last = tokens[sentenceEnd - 1];
  if (!presupposed) {
    if (last && last.text === '?') return 'question';
    if (c.opener === 'if' || c.opener === 'unless' || c.opener === 'whether' || c.consequent) return 'hypothetical';
  }
  let sawTo = false;
  let subject = false;
  let nominalVerb = false;
  for (let j = i - 1; j >= Math.max(c.from, i - 8); j--) {
    const t = tokens[j];
    const n = t.normal;
    const l = t.lemma;
    if (DENIAL.has(l)) return 'negated';
    if (subject) {
      // "denied his troops had fired": a denial with the complementizer left out.
      if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') continue;
      break;
    }
    if (NEG.has(n)) {
      // "no strike", "not attacked", "never struck", "has not called a strike"; not "did not comment on the operation".
      if (nominal ? (n === 'no' && i - j <= 3) || supportedNominal(tokens, j + 1, i) : true) return 'negated';
      break;
    }
    if (MODALS.has(n) && t.pos !== 'NOUN') return 'hypothetical';
    if (n === 'to' && (t.pos === 'PART' || !nominal)) { sawTo = true; continue; }
    if (sawTo && (INTENT.has(l) || INTENT.has(n))) return 'hypothetical';
    if (nominal && (HYPO_NOMINAL.has(n) || (NOMINAL_INTENT.has(l) && t.pos === 'VERB'))) return 'hypothetical';
    if (nominal) {
      if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'NOUN' || n === 'of' || LIGHT.has(l) || POSSESSIVE.has(n)) continue;
      if (t.pos === 'VERB' || t.pos === 'AUX') { nominalVerb = true; continue; }
      // "proposed a ceasefire and direct talks": a coordinated object shares its governor.
      if ((n === 'and' || n === 'or') && !nominalVerb && j > c.from && tokens[j - 1].pos === 'NOUN') continue;
      break;
    }
    // "would consider sending medicine": a gerund object of a verb of intent.
    if (t.pos === 'VERB' && NOMINAL_INTENT.has(l) && j === i - 1 && tokens[i].normal.endsWith('ing')) return 'hypothetical';
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || ASPECTUAL.has(l) || LIGHT.has(l)) continue;
    if (sawTo) continue;
    if (t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN') { subject = true; continue; }
    break;
  }
  if (nominal && !presupposed && modalPredicate(tokens, i, c)) return 'hypothetical';
  return c.denied && !presupposed ? 'negated' : 'asserted';
}

/** An indefinite nominal subject whose verb is a modal: "A deal could be reached", "New sanctions may follow". */
function modalPredicate(tokens: Token[], i: number, c: Clause): boolean {
  for (let j = c.from; j < i; j++) {
    const t = tokens[j];
    if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.normal === 'a' || t.normal === 'an' || t.normal === 'new' || t.normal === 'of')) return false;
  }
  for (let j = i + 1; j < Math.min(c.to, i + 12); j++) {
    const t = tokens[j];
    if (t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    if (tokens[j - 1].normal === 'to') continue; // "a deal to establish ties": a modifier, not the predicate
    if (t.lemma === 'be' && PLANNED.has(tokens[j + 1]?.normal ?? '')) {
      // "was set on fire" is not a plan: set/due count only before to/for
      const w = tokens[j + 1].normal;
      if ((w !== 'set' && w !== 'due') || tokens[j + 2]?.normal === 'to' || tokens[j + 2]?.normal === 'for') return true;
    }
    return MODALS.has(t.normal) && !NEG.has(tokens[j + 1]?.normal ?? '');
  }
  return false;
}

/** Tokens [a, b) hold only a staging verb and its determiners/adjectives: "called a", "staged any large". */
function supportedNominal(tokens: Token[], a: number, b: number): boolean {
  let verb = false;
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    if (t.pos === 'VERB' && (SUPPORT_VERBS.has(t.lemma) || LIGHT.has(t.lemma))) { verb = true; continue; }
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'NUM' || LIGHT.has(t.lemma)) continue;
    return false;
  }
  return verb;
}

const AGO_UNITS = new Set(['years', 'decades', 'centuries', 'generations']);

/** Background cues in a clause: "had long been", "years ago", "decades ago", "in the 1980s", "historically". */
export function historicalCue(tokens: Token[], c: Clause): boolean {
  for (let j = c.from; j < c.to; j++) {
    const n = tokens[j].normal;
    if (n === 'historically') return true;
    if (n === 'long' && j > c.from && (tokens[j - 1].normal === 'had' || tokens[j - 1].normal === "'d")) return true;
    if (n === 'ago' && j > c.from && (AGO_UNITS.has(tokens[j - 1].normal) || tokens[j - 1].normal === 'long')) return true;
    if (n.length === 5 && n.endsWith('0s') && /^(1[89]|20)\d0s$/.test(n) && j > c.from && /^(the|in|during|since)$/.test(tokens[j - 1].normal)) return true;
  }
  return false;
}

/** "has deployed", "have been striking", "has maintained": an ongoing or up-to-now happening. */
export function isPerfectOrProgressive(tokens: Token[], i: number, c: Clause): boolean {
  for (let j = i - 1; j >= Math.max(c.from, i - 4); j--) {
    const n = tokens[j].normal;
    if (n === 'has' || n === 'have' || n === "'ve" || n === "'s") return true;
    if (tokens[j].pos !== 'AUX' && tokens[j].pos !== 'ADV' && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'DET') return false;
  }
  return tokens[i].normal.endsWith('ing') && i > c.from && /^(is|are|am)$/.test(tokens[i - 1].normal);
}
