// The pair model of the lexical resolver: features of two mentions of one topic and a logistic fit over them.
import { cosine, type LexFeatures } from './lexical.ts';
import { wordnetRelation } from './wordnet.ts';
import { agreement } from './lexical-args.ts';

/** Trigger statistics learned from annotated data: how often same-lemma and cross-lemma mention pairs corefer. */
export interface LemmaStats {
  /** Lemma → share of its same-lemma pairs (within one sub-topic) that corefer. */
  same: Map<string, number>;
  /** "a|b" (a < b) → share of pairs that corefer. */
  pairs: Map<string, number>;
  /** Share over all same-lemma pairs: the prior for unseen lemmas. */
  samePrior: number;
}

/** Logistic pair models over `pairFeatures`: one for same-lemma pairs, one for pairs of different lemmas. */
export interface PairModel {
  same: number[];
  other: number[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.sqrt(a.size * b.size);
}

function sharedNamed(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if ((x[0] === '@' || x[0] === '^' || x[0] === '#') && b.has(x)) n++;
  return Math.min(n, 3);
}

export const FEATURE_NAMES = [
  'bias', 'same lemma', 'same-lemma rate', 'lemma-pair rate', 'unseen pair', 'context overlap', 'shared names/places/numbers',
  'day conflict', 'same day', 'same document', 'same sentence', 'verb-noun', 'salience (min)', 'same lemma × context',
  'other lemma × context', 'other lemma × salience', 'both lead sentences', 'same lemma × same document',
  'other lemma × lemma-context cosine', 'name conflict', 'name match', 'number conflict', 'number match',
  'place conflict', 'place match', 'another (one side)', 'another (both)',
  'WordNet synonym', 'WordNet synonym × context', 'other lemma × document co-occurrence',
  'other lemma × sentence co-occurrence', 'both first in document', 'both lead', 'one lead', 'salience (max)',
  'other lemma × names/places overlap', 'pronoun',
];

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** How the topic uses the two lemmas: share of documents / sentences with both, Jaccard of the names next to them. */
function topicUse(a: LexFeatures, b: LexFeatures): [number, number, number] {
  const t = a.topic;
  if (!t || a.lemma === b.lemma || t !== b.topic) return [0, 0, 0];
  const co = (m: Map<string, Set<string>>) => {
    const x = m.get(a.lemma);
    const y = m.get(b.lemma);
    return x && y && x.size && y.size ? shared(x, y) / Math.min(x.size, y.size) : 0;
  };
  const na = t.named.get(a.lemma);
  const nb = t.named.get(b.lemma);
  const inter = na && nb ? shared(na, nb) : 0;
  const union = (na?.size ?? 0) + (nb?.size ?? 0) - inter;
  return [co(t.docs), co(t.sentences), union ? inter / union : 0];
}


/** Features of a mention pair (see FEATURE_NAMES). */
export function pairFeatures(a: LexFeatures, b: LexFeatures, stats?: LemmaStats): number[] {
  const same = a.lemma === b.lemma;
  const sameRate = same ? (stats?.same.get(a.lemma) ?? stats?.samePrior ?? 0.5) : 0;
  const pair = same ? undefined : stats?.pairs.get(pairKey(a.lemma, b.lemma));
  const dayConflict = a.days.size > 0 && b.days.size > 0 && ![...a.days].some((d) => b.days.has(d));
  const sameDay = a.days.size > 0 && [...a.days].some((d) => b.days.has(d));
  const sameDoc = a.doc === b.doc;
  const ctx = overlap(a.context, b.context);
  const sal = Math.min(a.salience, b.salience);
  const names = agreement(a.names, b.names);
  const nums = agreement(a.nums, b.nums);
  const places = agreement(a.places, b.places);
  // Only synonymy: derivation ("die"/"death") and shared hypernyms ("murder"/"kill") lowered dev CoNLL.
  const synonym = !same && wordnetRelation(a.word, b.word) === 3;
  const [docCo, sentCo, namedCo] = topicUse(a, b);
  return [
    1,
    same ? 1 : 0,
    sameRate,
    pair ?? 0,
    !same && pair === undefined ? 1 : 0,
    ctx,
    sharedNamed(a.context, b.context) / 3,
    dayConflict ? 1 : 0,
    sameDay ? 1 : 0,
    sameDoc ? 1 : 0,
    sameDoc && a.sentence === b.sentence ? 1 : 0,
    (a.pos === 'VERB') !== (b.pos === 'VERB') ? 1 : 0,
    sal,
    same ? ctx : 0,
    same ? 0 : ctx,
    same ? 0 : sal,
    a.sentence <= 2 && b.sentence <= 2 ? 1 : 0,
    same && sameDoc ? 1 : 0,
    same || !a.lemmaContext || !b.lemmaContext ? 0 : cosine(a.lemmaContext, b.lemmaContext),
    names < 0 ? 1 : 0,
    names > 0 ? 1 : 0,
    nums < 0 ? 1 : 0,
    nums > 0 ? 1 : 0,
    places < 0 ? 1 : 0,
    places > 0 ? 1 : 0,
    a.another !== b.another ? 1 : 0,
    a.another && b.another ? 1 : 0,
    synonym ? 1 : 0,
    synonym ? ctx : 0,
    docCo,
    sentCo,
    a.first && b.first ? 1 : 0,
    a.lead && b.lead ? 1 : 0,
    !!a.lead !== !!b.lead ? 1 : 0,
    Math.max(a.salience, b.salience),
    namedCo,
    a.pos === 'PRON' || b.pos === 'PRON' ? 1 : 0,
  ];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function dot(w: number[], x: number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w[i] * x[i];
  return z;
}

export function pairProbability(model: PairModel, x: number[]): number {
  return sigmoid(dot(x[1] ? model.same : model.other, x));
}

/** Logistic regression by batch gradient descent on standardised features (deterministic: zero start). */
export function fitLogistic(xs: number[][], ys: number[], epochs = 400, rate = 1, l2 = 1e-3): number[] {
  const d = xs[0]?.length ?? 0;
  const n = xs.length;
  if (!n) return new Array<number>(d).fill(0);
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const x of xs) for (let k = 0; k < d; k++) mean[k] += x[k] / n;
  for (const x of xs) for (let k = 0; k < d; k++) sd[k] += (x[k] - mean[k]) ** 2 / n;
  // A constant column carries nothing (the bias has it): leave it out.
  const live = sd.map((v, k) => k === 0 || v > 1e-9);
  for (let k = 0; k < d; k++) sd[k] = live[k] ? Math.sqrt(sd[k]) || 1 : 1;
  const z = xs.map((x) => x.map((v, k) => (k === 0 ? 1 : live[k] ? (v - mean[k]) / sd[k] : 0)));
  const w = new Array<number>(d).fill(0);
  for (let e = 0; e < epochs; e++) {
    const g = new Array<number>(d).fill(0);
    for (let i = 0; i < n; i++) {
      const err = sigmoid(dot(w, z[i])) - ys[i];
      for (let k = 0; k < d; k++) g[k] += err * z[i][k];
    }
    for (let k = 0; k < d; k++) w[k] -= rate * (g[k] / n + (k ? l2 * w[k] : 0));
  }
  // Back to raw features: w·((x − mean)/sd) = Σ (w/sd)·x − Σ w·mean/sd.
  const raw = w.map((v, k) => (k === 0 ? v : v / sd[k]));
  for (let k = 1; k < d; k++) raw[0] -= (w[k] * mean[k]) / sd[k];
  return raw;
}

export function trainPairModel(xs: number[][], ys: number[]): PairModel {
  const pick = (same: boolean) => {
    const idx = xs.map((x, i) => (!!x[1] === same ? i : -1)).filter((i) => i >= 0);
    return fitLogistic(idx.map((i) => xs[i]), idx.map((i) => ys[i]));
  };
  return { same: pick(true), other: pick(false) };
}

/** Without a trained model: same lemma or a learned pair, plus shared names, minus a day conflict. */
export function heuristicAffinity(a: LexFeatures, b: LexFeatures, stats?: LemmaStats): number {
  const x = pairFeatures(a, b, stats);
  return x[1] * 0.8 + x[3] + 0.2 * x[6] - 0.5 * x[7];
}


