// Clause segmentation and modality of a trigger (asserted, hypothetical, negated, question, historical).
import type { Modality, Token } from '../core/types.ts';

/** Clause ranges over tokens [from, to): boundaries at complementizers, relative pronouns, contrast words, ";". */
export interface Clause {
  from: number;
  to: number;
  /** The word that opened it ("that", "which", "while"), or null for the first clause. */
  opener: string | null;
}

const OPENERS = new Set(['which', 'who', 'whom', 'while', 'although', 'though', 'whereas', 'because', 'unless', 'if', 'whether']);

export function splitClauses(tokens: Token[], from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let start = from;
  let opener: string | null = null;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    const n = t.normal;
    let boundary = false;
    if (n === ';') boundary = true;
    else if (n === 'that' && t.pos !== 'DET') boundary = true;
    else if (OPENERS.has(n) && (n !== 'who' || t.pos === 'PRON')) boundary = true;
    else if (n === 'but' && tokens[i - 1].normal === ',') boundary = true;
    // A closing quotation mark ends the quoted words; the reporting clause follows ("…,” the minister said).
    else if ((t.text === '”' || t.text === '"') && /^[,.!?]$/.test(tokens[i - 1].text) && i + 1 < to) boundary = true;
    if (!boundary) continue;
    clauses.push({ from: start, to: i, opener });
    start = i;
    opener = n;
  }
  clauses.push({ from: start, to, opener });
  return clauses;
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
const HYPO_NOMINAL = new Set(['plan', 'plans', 'possibility', 'possible', 'potential', 'threat', 'option', 'prospect', 'risk', 'proposal', 'proposed', 'planned', 'future', 'eventual', 'imminent']);
const NEG = new Set(['not', "n't", 'never', 'no', 'nor']);
const LIGHT = new Set(['carry', 'conduct', 'launch', 'out', 'be', 'have', 'do', 'any', 'a', 'an', 'the', 'such', 'ever']);

/** Decides the modality of a trigger at token i inside clause c of a sentence ending at sentenceEnd. */
export function modalityOf(tokens: Token[], i: number, c: Clause, sentenceEnd: number, nominal: boolean): Modality {
  const last = tokens[sentenceEnd - 1];
  if (last && last.text === '?') return 'question';
  if (c.opener === 'if' || c.opener === 'unless' || c.opener === 'whether') return 'hypothetical';
  let sawTo = false;
  let pluperfect = false;
  for (let j = i - 1; j >= Math.max(c.from, i - 8); j--) {
    const t = tokens[j];
    const n = t.normal;
    const l = t.lemma;
    if (l === 'deny') return 'negated';
    if (NEG.has(n)) {
      // "no strike", "not attacked", "never struck"; not "did not comment on the operation".
      if (nominal ? n === 'no' && i - j <= 3 : true) return 'negated';
      break;
    }
    if (MODALS.has(n) && t.pos !== 'NOUN') return 'hypothetical';
    if (n === 'to' && (t.pos === 'PART' || !nominal)) { sawTo = true; continue; }
    if (sawTo && (INTENT.has(l) || INTENT.has(n))) return 'hypothetical';
    if (nominal && (HYPO_NOMINAL.has(n) || (NOMINAL_INTENT.has(l) && t.pos === 'VERB'))) return 'hypothetical';
    if (n === 'had' && t.pos === 'AUX') pluperfect = true;
    if (nominal) {
      if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'NOUN' || n === 'of' || LIGHT.has(l)) continue;
      if (t.pos === 'VERB' || t.pos === 'AUX') continue;
      break;
    }
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || ASPECTUAL.has(l) || LIGHT.has(l)) continue;
    if (sawTo) continue;
    break;
  }
  return pluperfect ? 'historical' : 'asserted';
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
