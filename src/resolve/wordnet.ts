// WordNet relations between two trigger words, from the compact extract in src/lexicons/wordnet-data.ts (verbs and
// event nouns, first senses): synonyms ("hit"/"strike"), derivational partners ("die"/"death", "arrest"/"capture"
// through a shared nominalisation) and a shared direct hypernym ("murder"/"kill").
import { WORDNET_SYNSETS, WORDNET_WORDS } from '../lexicons/wordnet-data.ts';

/** 3 synonym, 2 derivationally related, 1 related through a direct hypernym, 0 none or unknown word. */
export type WordnetRelation = 0 | 1 | 2 | 3;

interface Concepts {
  senses: number[];
  /** Senses plus their derivational partners. */
  derived: Set<number>;
  /** `derived` plus the direct hypernyms of its members. */
  broader: Set<number>;
}

let words: Map<string, number[]> | null = null;
let derivedOf: number[][] = [];
let hypernymsOf: number[][] = [];
const cache = new Map<string, Concepts | null>();

const ids = (s: string) => (s ? s.split(/[ ,]/).map((x) => parseInt(x, 36)) : []);

function load(): Map<string, number[]> {
  if (words) return words;
  words = new Map();
  for (const line of WORDNET_WORDS.split('\n')) {
    const sp = line.indexOf(' ');
    words.set(line.slice(0, sp), ids(line.slice(sp + 1)));
  }
  derivedOf = [];
  hypernymsOf = [];
  for (const line of WORDNET_SYNSETS.split('\n')) {
    const bar = line.indexOf('|');
    derivedOf.push(ids(line.slice(0, bar)));
    hypernymsOf.push(ids(line.slice(bar + 1)));
  }
  return words;
}

/** Inflection-stripping candidates for a word the extract does not list (WordNet's "morphy" rules, in short). */
function baseForms(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (/(ed|ing)$/.test(w) && /([b-df-hj-np-tv-z])\1(ed|ing)$/.test(w)) out.push(w.replace(/([a-z])(ed|ing)$/, ''));
  return out;
}

function concepts(word: string): Concepts | null {
  const w = word.toLowerCase();
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const dict = load();
  const senses = dict.get(w) ?? baseForms(w).map((b) => dict.get(b)).find((s) => s) ?? null;
  let out: Concepts | null = null;
  if (senses) {
    const derived = new Set(senses);
    for (const s of senses) for (const d of derivedOf[s] ?? []) derived.add(d);
    const broader = new Set(derived);
    for (const s of derived) for (const h of hypernymsOf[s] ?? []) broader.add(h);
    out = { senses, derived, broader };
  }
  cache.set(w, out);
  return out;
}

function meets(a: Iterable<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The closest WordNet relation between two words (either part of speech). */
export function wordnetRelation(a: string, b: string): WordnetRelation {
  const ca = concepts(a);
  const cb = concepts(b);
  if (!ca || !cb) return 0;
  if (meets(ca.senses, new Set(cb.senses))) return 3;
  if (meets(ca.derived, cb.derived)) return 2;
  if (meets(ca.broader, cb.broader)) return 1;
  return 0;
}

/** Whether the extract knows the word (directly or after stripping an inflection). */
export function wordnetKnows(word: string): boolean {
  return concepts(word) !== null;
}
