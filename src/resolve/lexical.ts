// Event coreference for mentions that carry no PLOVER code (benchmarks such as ECB+): documents are clustered
// into topics first, then mentions within a topic by trigger lemma similarity plus sentence context
// (participants, places, times and numbers our stages find in the mention's sentence).
import { createRequire } from 'node:module';
import type { Doc, Token } from '../core/types.ts';
import { anchoredArgs, CANNOT_LINK, conflictsIn, sentenceArgs, type ConflictKind, type LexArgs } from './lexical-args.ts';
import { heuristicAffinity, pairFeatures, pairProbability, type LemmaStats, type PairModel } from './lexical-pairs.ts';

export interface LexMention {
  id: string;
  start: number;
  end: number;
  sentence: number;
}

export interface LexDoc {
  id: string;
  doc: Doc;
  mentions: LexMention[];
}

/** What the lexical resolver compares. */
export interface LexFeatures {
  id: string;
  doc: string;
  sentence: number;
  lemma: string;
  /** Dictionary form of the trigger head (lower case) for lexicon look-ups. */
  word: string;
  pos: string;
  /** Names, places, numbers and content lemmas of the mention's sentence (the trigger left out). */
  context: Set<string>;
  /** Day-precise dates of the sentence (ISO) our time stage resolved, and weekday names ("wd:friday"). */
  days: Set<string>;
  /** Surnames of the people our entity stage finds in the sentence. */
  names: Set<string>;
  /** Numbers of the sentence (ages, tolls, distances). */
  nums: Set<string>;
  /** Places our place stage finds in the sentence. */
  places: Set<string>;
  /** The sentence marks a further happening of the kind ("another", "second", "earlier", "previous"). */
  another: boolean;
  /** Dates, years, place coordinates and counts of the sentence (argument conflicts). */
  args?: LexArgs;
  /** Share of the topic's documents whose mentions use this lemma (set by `markSalience`). */
  salience: number;
  /** Unit vector of the contexts of every mention with this lemma in the topic (set by `markSalience`). */
  lemmaContext?: Map<string, number>;
  /** Where the topic uses each lemma (shared by the topic's mentions, set by `markSalience`). */
  topic?: TopicLemmas;
  /** First mention of its document (set by `markSalience`). */
  first?: boolean;
  /** In the first sentence of its document that holds a mention (headline or lead, set by `markSalience`). */
  lead?: boolean;
}

/** Per lemma of a topic: the documents and sentences using it as a trigger, the names and places next to it. */
export interface TopicLemmas {
  docs: Map<string, Set<string>>;
  sentences: Map<string, Set<string>>;
  named: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): Set<string> {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
  return set;
}

/** Topic-level lemma usage, document-first and lead flags. */
function markTopic(feats: LexFeatures[]): void {
  const topic: TopicLemmas = { docs: new Map(), sentences: new Map(), named: new Map() };
  const firstSentence = new Map<string, number>();
  for (const f of feats) {
    addTo(topic.docs, f.lemma, f.doc);
    addTo(topic.sentences, f.lemma, `${f.doc}#${f.sentence}`);
    const named = topic.named.get(f.lemma) ?? new Set<string>();
    for (const c of f.context) if (c[0] === '@' || c[0] === '^') named.add(c);
    topic.named.set(f.lemma, named);
    firstSentence.set(f.doc, Math.min(firstSentence.get(f.doc) ?? Infinity, f.sentence));
  }
  const seen = new Set<string>();
  for (const f of [...feats].sort((a, b) => a.sentence - b.sentence)) {
    f.first = !seen.has(f.doc);
    seen.add(f.doc);
    f.lead = f.sentence === firstSentence.get(f.doc);
    f.topic = topic;
  }
}

/** Salience of each mention's lemma within one topic: how many of its documents use it as a trigger. */
export function markSalience(feats: LexFeatures[]): LexFeatures[] {
  const docs = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const f of feats) {
    all.add(f.doc);
    const set = docs.get(f.lemma) ?? new Set<string>();
    set.add(f.doc);
    docs.set(f.lemma, set);
  }
  const bags = new Map<string, Map<string, number>>();
  for (const f of feats) {
    const bag = bags.get(f.lemma) ?? new Map<string, number>();
    for (const c of f.context) bag.set(c, (bag.get(c) ?? 0) + 1);
    bags.set(f.lemma, bag);
  }
  for (const bag of bags.values()) {
    let norm = 0;
    for (const [k, n] of bag) {
      const w = Math.sqrt(n);
      bag.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of bag) bag.set(k, w / norm);
  }
  for (const f of feats) {
    f.salience = all.size > 1 ? (docs.get(f.lemma)!.size - 1) / (all.size - 1) : 0;
    f.lemmaContext = bags.get(f.lemma);
  }
  markTopic(feats);
  return feats;
}

const ANOTHER = /^(another|second|third|earlier|previous|latest|new)$/;
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const STOP = new Set(['be', 'have', 'do', 'say', 'tell', 'report', 'also', 'year', 'time', 'people', 'new', 'get', 'make', 'go', 'take', 'news', 'http', 'https', 'www', 'com']);

const require = createRequire(import.meta.url);
// wink's Porter2 stemmer: "killed"/"killing" → "kill", "arrests" → "arrest", "nominated" → "nomin".
const porter = require('wink-eng-lite-web-model/dist/porter-stemmer.js') as (word: string) => string;

/** Irregular forms the stemmer leaves apart. */
const IRREGULAR: Record<string, string> = { shot: 'shoot', struck: 'strike', fled: 'flee', caught: 'catch', took: 'take', sank: 'sink', sunk: 'sink', seized: 'seiz', slain: 'slay', bombing: 'bomb', arested: 'arrest' };

/** Comparable trigger form: verbs by their lemma, other words by their surface form, then stemmed. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  return IRREGULAR[w] ?? porter(w);
}

export function tokenStem(t: Token): string {
  return stem(t.pos === 'VERB' || t.pos === 'AUX' ? t.lemma || t.normal : t.normal);
}

function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  return tokens.filter((t) => t.end > start && t.start < end);
}

/** Head of a trigger: a single word, else the first verb, else the last noun, else the last word. */
export function headToken(toks: Token[]): Token | null {
  if (toks.length <= 1) return toks[0] ?? null;
  return toks.find((t) => t.pos === 'VERB') ?? [...toks].reverse().find((t) => t.pos === 'NOUN') ?? toks[toks.length - 1];
}

export function mentionFeatures(d: LexDoc): LexFeatures[] {
  const doc = d.doc;
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const bySentence = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  return d.mentions.map((m) => {
    const toks = tokensIn(tokens, m.start, m.end);
    const head = headToken(toks);
    const lemma = head ? tokenStem(head) : stem(d.doc.text.slice(m.start, m.end));
    const si = head?.sentence ?? sentences.findIndex((s) => s.start <= m.start && m.start < s.end);
    const s = sentences[si];
    const context = new Set<string>();
    const days = new Set<string>();
    const names = new Set<string>();
    const nums = new Set<string>();
    const places = new Set<string>();
    let another = false;
    for (const t of bySentence.get(si) ?? []) {
      if (t.end > m.start && t.start < m.end) continue;
      if (WEEKDAY.test(t.normal)) days.add(`wd:${t.normal.slice(0, 3)}`);
      if (ANOTHER.test(t.normal)) another = true;
      if (t.pos === 'NUM' && /\d/.test(t.normal)) nums.add(t.normal.replace(/,/g, ''));
      if (!CONTENT_POS.has(t.pos) || STOP.has(t.lemma)) continue;
      context.add(t.pos === 'NUM' ? `#${t.normal}` : tokenStem(t));
    }
    if (s) {
      for (const e of doc.layers.entities ?? []) {
        if (e.start < s.start || e.end > s.end) continue;
        context.add(`@${e.actor?.wikidata ?? e.text.toLowerCase()}`);
        if (e.type === 'PERSON') names.add(e.text.toLowerCase().split(/\s+/).at(-1)!.replace(/'s$/, ''));
      }
      for (const p of doc.layers.places ?? []) {
        if (p.start < s.start || p.end > s.end) continue;
        context.add(`^${p.gid ?? p.name.toLowerCase()}`);
        places.add(p.gid ?? p.name.toLowerCase());
      }
      for (const t of doc.layers.times ?? []) {
        if (t.start < s.start || t.end > s.end || !t.interval) continue;
        if (t.interval.granularity === 'day' && t.interval.start === t.interval.end) days.add(t.interval.start);
      }
    }
    const word = (head ? head.lemma || head.normal : d.doc.text.slice(m.start, m.end)).toLowerCase();
    const args = s ? sentenceArgs(doc, si, s.start, s.end) : undefined;
    if (args) for (const x of days) if (x.startsWith('wd:')) args.weekdays.add(x);
    if (args) args.own = anchoredArgs(doc, m.start, m.end);
    return { id: m.id, doc: d.id, sentence: si, lemma, word, pos: head?.pos ?? '', context, days, names, nums, places, another, args, salience: 0 };
  });
}

// ---------- documents → topics ----------

const DOC_NAME_WEIGHT = 2;

/** TF-IDF vectors over content lemmas, unit length. */
function docVectors(docs: LexDoc[]): Map<string, number>[] {
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d.doc.layers.tokens ?? []) {
      if (!CONTENT_POS.has(t.pos) || STOP.has(t.lemma) || t.normal.length < 3) continue;
      // Names and numbers (years, ages, tolls) tell apart two happenings of one kind.
      const k = t.pos === 'NUM' ? `#${t.normal}` : tokenStem(t);
      tf.set(k, (tf.get(k) ?? 0) + (t.pos === 'PROPN' || t.pos === 'NUM' ? DOC_NAME_WEIGHT : 1));
    }
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log((n + 1) / (df.get(k)! + 0.5));
      if (w <= 0) continue;
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const x = b.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** Average-linkage agglomerative clustering of n items under a similarity, merging while the best link ≥ threshold. */
export function agglomerate(n: number, sim: (i: number, j: number) => number, threshold: number, minClusters = 1): number[][] {
  const clusters: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  // Sum of pairwise similarities between clusters, kept up to date on merges.
  const total: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) total[i][j] = total[j][i] = sim(i, j);
  for (let live = n; live > minClusters; live--) {
    let bi = -1;
    let bj = -1;
    let best = threshold;
    for (let i = 0; i < n; i++) {
      const ci = clusters[i];
      if (!ci) continue;
      for (let j = i + 1; j < n; j++) {
        const cj = clusters[j];
        if (!cj) continue;
        const avg = total[i][j] / (ci.length * cj.length);
        if (avg >= best) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    clusters[bi]!.push(...clusters[bj]!);
    clusters[bj] = null;
    for (let k = 0; k < n; k++) {
      if (!clusters[k] || k === bi) continue;
      total[bi][k] = total[k][bi] = total[bi][k] + total[bj][k];
    }
  }
  return clusters.filter((c): c is number[] => c !== null);
}

/** A topic splits in two when both halves have ≥ SPLIT_MIN documents and link below SPLIT_BELOW (set on dev/train). */
const SPLIT_MIN = 4;
const SPLIT_BELOW = 0.2;

/** Documents grouped into topics (lists of indices into `docs`). */
export function clusterDocuments(docs: LexDoc[], threshold: number): number[][] {
  const vecs = docVectors(docs);
  const sim = (i: number, j: number) => cosine(vecs[i], vecs[j]);
  const out: number[][] = [];
  for (const c of agglomerate(docs.length, sim, threshold)) {
    // Two happenings of one kind (two earthquakes) share a topic's vocabulary: split a topic that falls into two
    // sizeable halves with a weak average link between them.
    if (c.length < 2 * SPLIT_MIN) {
      out.push(c);
      continue;
    }
    const halves = agglomerate(c.length, (i, j) => sim(c[i], c[j]), -Infinity, 2).map((h) => h.map((i) => c[i]));
    let link = 0;
    for (const i of halves[0]) for (const j of halves[1]) link += sim(i, j);
    link /= halves[0].length * halves[1].length;
    if (halves.every((h) => h.length >= SPLIT_MIN) && link < SPLIT_BELOW) out.push(...halves);
    else out.push(c);
  }
  return out;
}

// ---------- mentions within a topic ----------
export interface LexOptions {
  /** Topic threshold for document clustering (cosine). */
  docThreshold: number;
  /** Average-linkage threshold on the pair model's probability. */
  mentionThreshold: number;
  stats?: LemmaStats;
  model?: PairModel;
  /** Same-lemma baseline: link every same-lemma pair of a topic, nothing else. */
  baseline?: boolean;
  /** Given document groups (indices), e.g. gold topics, instead of clustering documents. */
  docGroups?: number[][];
  /** Argument conflicts that forbid linking two mentions (cannot-link constraints in the agglomeration). */
  cannotLink?: ConflictKind[];
  /** Subtracted from a conflicting pair's probability (default: Infinity, a hard constraint). */
  conflictPenalty?: number;
}

/** Clusters mentions of many documents: topics first, then mentions within each topic. */
export function lexicalResolve(docs: LexDoc[], opts: LexOptions): string[][] {
  const topics = opts.docGroups ?? clusterDocuments(docs, opts.docThreshold);
  const out: string[][] = [];
  for (const topic of topics) {
    const feats = markSalience(topic.flatMap((i) => mentionFeatures(docs[i])));
    if (opts.baseline) {
      const byLemma = new Map<string, string[]>();
      for (const f of feats) {
        const list = byLemma.get(f.lemma);
        if (list) list.push(f.id);
        else byLemma.set(f.lemma, [f.id]);
      }
      out.push(...byLemma.values());
      continue;
    }
    const model = opts.model;
    const sim = model
      ? (i: number, j: number) => pairProbability(model, pairFeatures(feats[i], feats[j], opts.stats))
      : (i: number, j: number) => heuristicAffinity(feats[i], feats[j], opts.stats);
    const kinds = opts.cannotLink ?? [];
    const constrained = kinds.length
      ? (i: number, j: number) => (conflictsIn(feats[i].args, feats[j].args, kinds) ? Math.max(CANNOT_LINK, sim(i, j) - (opts.conflictPenalty ?? Infinity)) : sim(i, j))
      : sim;
    const groups = agglomerate(feats.length, constrained, opts.mentionThreshold);
    for (const g of groups) out.push(g.map((i) => feats[i].id));
  }
  return out;
}

export { pairKey, pairFeatures, FEATURE_NAMES, trainPairModel, fitLogistic, type LemmaStats, type PairModel } from './lexical-pairs.ts';
