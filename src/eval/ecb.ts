// ECB+ cross-document event coreference: gold mentions of validated sentences, test topics 36–45, whole test
// corpus as one task. Scores the same-lemma baseline and our lexical resolver (MUC, B³, CEAF-e, CoNLL F1).
// Run: npx tsx src/eval/ecb.ts [--tune]   (thresholds tuned on the dev topics, lemma pairs learned on train)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FEATURE_NAMES, lexicalResolve, markSalience, mentionFeatures, pairFeatures, pairKey, trainPairModel, type LemmaStats, type LexDoc, type LexFeatures, type LexOptions, type PairModel } from '../resolve/lexical.ts';
import { corefScores, type CorefScores } from '../resolve/metrics.ts';
import { allTopics, annotateDocs, DEV_TOPICS, ECB_ROOT, readTopics, TEST_TOPICS, type EcbDoc } from './ecb-data.ts';

export interface Split {
  docs: EcbDoc[];
  lex: LexDoc[];
  key: string[][];
}

/** Annotated documents, cached as JSON when ECB_CACHE names a directory (the pipeline takes minutes over ECB+). */
async function annotateAll(docs: EcbDoc[], topics: number[]): Promise<LexDoc[]> {
  const dir = process.env.ECB_CACHE;
  const file = dir ? `${dir}/ecb-${topics[0]}-${topics.at(-1)}-${topics.length}.json` : '';
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LexDoc[];
  const lex = await annotateDocs(docs);
  if (file) writeFileSync(file, JSON.stringify(lex));
  return lex;
}

export async function loadSplit(topics: number[], root = ECB_ROOT): Promise<Split> {
  const docs = readTopics(topics, root);
  const lex = await annotateAll(docs, topics);
  const clusters = new Map<string, string[]>();
  for (const d of docs) for (const m of d.mentions) {
    const list = clusters.get(m.gold);
    if (list) list.push(m.id);
    else clusters.set(m.gold, [m.id]);
  }
  return { docs, lex, key: [...clusters.values()] };
}

/** Mention features grouped by gold sub-topic (topic + ecb/ecbplus), with gold cluster ids. */
function bySubtopic(split: Split, topics?: Set<number>): { feats: LexFeatures[]; gold: string[] }[] {
  const gold = new Map<string, string>();
  for (const d of split.docs) for (const m of d.mentions) gold.set(m.id, m.gold);
  const groups = new Map<string, LexFeatures[]>();
  split.docs.forEach((d, i) => {
    if (topics && !topics.has(d.topic)) return;
    const k = `${d.topic}/${d.subtopic}`;
    groups.set(k, [...(groups.get(k) ?? []), ...mentionFeatures(split.lex[i])]);
  });
  return [...groups.values()].map((feats) => ({ feats: markSalience(feats), gold: feats.map((f) => gold.get(f.id)!) }));
}

/**
 * Trigger statistics from annotated topics: for each lemma the share of its same-lemma pairs in one sub-topic that
 * corefer, and for lemma pairs a ≠ b the share of their mention pairs that corefer (smoothed towards 0).
 */
export function learnStats(split: Split, topics?: Set<number>, minPairs = 2): LemmaStats {
  const same = new Map<string, [number, number]>();
  const pairs = new Map<string, [number, number]>();
  let sp = 0;
  let sa = 0;
  for (const { feats, gold } of bySubtopic(split, topics)) {
    for (let i = 0; i < feats.length; i++) {
      for (let j = i + 1; j < feats.length; j++) {
        const a = feats[i];
        const b = feats[j];
        const pos = gold[i] === gold[j] ? 1 : 0;
        const table = a.lemma === b.lemma ? same : pairs;
        const k = a.lemma === b.lemma ? a.lemma : pairKey(a.lemma, b.lemma);
        const c = table.get(k) ?? [0, 0];
        c[0] += pos;
        c[1]++;
        table.set(k, c);
        if (a.lemma === b.lemma) {
          sp += pos;
          sa++;
        }
      }
    }
  }
  const samePrior = sa ? sp / sa : 0.5;
  const out: LemmaStats = { same: new Map(), pairs: new Map(), samePrior };
  for (const [k, [p, n]] of same) out.same.set(k, (p + 2 * samePrior) / (n + 2));
  for (const [k, [p, n]] of pairs) if (n >= minPairs && p > 0) out.pairs.set(k, p / (n + 1));
  return out;
}

/** Pair examples from one set of topics, with statistics learned on other topics (no leakage into the features). */
function examples(split: Split, topics: Set<number>, stats: LemmaStats, xs: number[][], ys: number[]): void {
  for (const { feats, gold } of bySubtopic(split, topics)) {
    for (let i = 0; i < feats.length; i++) {
      for (let j = i + 1; j < feats.length; j++) {
        xs.push(pairFeatures(feats[i], feats[j], stats));
        ys.push(gold[i] === gold[j] ? 1 : 0);
      }
    }
  }
}

/** Two folds over the training topics: statistics from one half, pair examples from the other. */
export function trainModel(train: Split): { stats: LemmaStats; model: PairModel } {
  const topics = [...new Set(train.docs.map((d) => d.topic))].sort((a, b) => a - b);
  const foldA = new Set(topics.filter((_, i) => i % 2 === 0));
  const foldB = new Set(topics.filter((_, i) => i % 2 === 1));
  const xs: number[][] = [];
  const ys: number[] = [];
  examples(train, foldB, learnStats(train, foldA), xs, ys);
  examples(train, foldA, learnStats(train, foldB), xs, ys);
  return { stats: learnStats(train), model: trainPairModel(xs, ys) };
}

/** Gold sub-topics (topic + ecb/ecbplus) as document groups. */
export function goldGroups(split: Split): number[][] {
  const groups = new Map<string, number[]>();
  split.docs.forEach((d, i) => groups.set(`${d.topic}/${d.subtopic}`, [...(groups.get(`${d.topic}/${d.subtopic}`) ?? []), i]));
  return [...groups.values()];
}

export function score(split: Split, opts: LexOptions): CorefScores {
  return corefScores(split.key, lexicalResolve(split.lex, opts));
}

const pct = (x: number) => (100 * x).toFixed(1);
export function row(name: string, s: CorefScores): string {
  return `| ${name} | ${pct(s.muc.r)} | ${pct(s.muc.p)} | ${pct(s.muc.f)} | ${pct(s.b3.r)} | ${pct(s.b3.p)} | ${pct(s.b3.f)} | ${pct(s.ceafe.r)} | ${pct(s.ceafe.p)} | ${pct(s.ceafe.f)} | **${pct(s.conll)}** |`;
}

/** Picks the document and mention thresholds that maximise CoNLL F1 on the dev topics. */
export function tune(dev: Split, base: Omit<LexOptions, 'docThreshold' | 'mentionThreshold'>): { doc: number; mention: number; conll: number } {
  let best = { doc: DEFAULTS.docThreshold, mention: DEFAULTS.mentionThreshold, conll: -1 };
  for (const doc of [0.075, 0.1, 0.125, 0.15]) {
    for (const mention of [0.4, 0.45, 0.5, 0.55]) {
      const s = score(dev, { ...base, docThreshold: doc, mentionThreshold: mention });
      if (s.conll > best.conll) best = { doc, mention, conll: s.conll };
    }
  }
  return best;
}

/** Thresholds as tuned on the dev topics (`--tune` re-derives them). */
export const DEFAULTS = { docThreshold: 0.15, mentionThreshold: 0.45 };

/** The test-topic scores `sitrep eval ecb` prints: baselines and ours, trained on the training topics of `root`. */
export async function evaluateEcb(root = ECB_ROOT): Promise<{ rows: [string, CorefScores][]; docs: number; mentions: number }> {
  const test = await loadSplit(TEST_TOPICS, root);
  const train = await loadSplit(allTopics(root).filter((t) => !TEST_TOPICS.includes(t) && !DEV_TOPICS.includes(t)), root);
  const { stats, model } = trainModel(train);
  const opts: LexOptions = { ...DEFAULTS, stats, model };
  return {
    docs: test.docs.length,
    mentions: test.key.flat().length,
    rows: [
      ['same lemma, our document clusters', score(test, { ...opts, baseline: true })],
      ['ours, our document clusters', score(test, opts)],
    ],
  };
}

async function main(): Promise<void> {
  if (!existsSync(ECB_ROOT)) {
    console.error(`ECB+ not found at ${ECB_ROOT}`);
    process.exit(1);
  }
  const t0 = performance.now();
  const test = await loadSplit(TEST_TOPICS);
  const train = await loadSplit(allTopics().filter((t) => !TEST_TOPICS.includes(t) && !DEV_TOPICS.includes(t)));
  const { stats, model } = trainModel(train);
  console.log(`ECB+ test: ${test.docs.length} docs, ${test.key.flat().length} gold event mentions, ${test.key.length} gold clusters; train: ${train.docs.length} docs, ${stats.same.size} lemmas, ${stats.pairs.size} lemma pairs; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const k of ['same', 'other'] as const) console.log(`pair model (${k} lemma): ${FEATURE_NAMES.map((n, i) => `${n} ${model[k][i].toFixed(2)}`).join(', ')}`);
  let opts: LexOptions = { ...DEFAULTS, stats, model };
  if (process.argv.includes('--tune')) {
    const t = tune(await loadSplit(DEV_TOPICS), { stats, model });
    console.log(`dev tuning: doc ${t.doc}, mention ${t.mention}, dev CoNLL ${pct(t.conll)}`);
    opts = { ...opts, docThreshold: t.doc, mentionThreshold: t.mention };
  }
  console.log('| system | MUC R | MUC P | MUC F1 | B³ R | B³ P | B³ F1 | CEAF-e R | CEAF-e P | CEAF-e F1 | CoNLL F1 |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  console.log(row('same lemma, gold sub-topics', score(test, { ...opts, docGroups: goldGroups(test), baseline: true })));
  console.log(row('same lemma, our document clusters', score(test, { ...opts, baseline: true })));
  console.log(row('ours, gold sub-topics', score(test, { ...opts, docGroups: goldGroups(test) })));
  console.log(row('ours, our document clusters', score(test, opts)));
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
