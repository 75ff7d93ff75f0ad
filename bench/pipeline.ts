// Pipeline throughput: articles/s overall and ms + tokens/s per stage, on a generated corpus.
// Run: npx tsx bench/pipeline.ts [articles] [--workers N]   (N worker threads share the corpus: the multi-core figure)
import { docId } from '../src/core/ids.ts';
import { newDoc, runPipeline, type StageTiming } from '../src/pipeline/runner.ts';
import { defaultStages } from '../src/pipeline/stages.ts';
import { generateCorpus } from './corpus.ts';

import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const wi = args.indexOf('--workers');
const workers = wi >= 0 ? Number(args[wi + 1]) : 0;
const n = Number(args.find((a, i) => /^\d+$/.test(a) && i !== wi + 1) ?? 1000);

/** Runs the corpus over N worker threads; returns articles/s once all are warm. */
async function runParallel(k: number): Promise<void> {
  const per = Math.ceil(n / k);
  const ws = Array.from({ length: k }, (_, i) =>
    new Worker(new URL('./pipeline-worker.mjs', import.meta.url), { workerData: { n, from: i * per, to: Math.min(n, (i + 1) * per) } }),
  );
  await Promise.all(ws.map((w) => new Promise((r) => w.once('message', r))));
  const t0 = performance.now();
  const done = ws.map((w) => new Promise<{ tokens: number }>((r) => w.once('message', r)));
  ws.forEach((w) => w.postMessage('go'));
  const tokens = (await Promise.all(done)).reduce((a, b) => a + b.tokens, 0);
  const secs = (performance.now() - t0) / 1000;
  console.log(`${k} worker threads: ${n} articles, ${(n / secs).toFixed(0)} articles/s, ${(tokens / secs / 1000).toFixed(0)}k tokens/s, ${secs.toFixed(2)} s`);
  await Promise.all(ws.map((w) => w.terminate()));
}
if (workers > 0) {
  await runParallel(workers);
  process.exit(0);
}

const corpus = generateCorpus(n);
const stages = defaultStages();

function run(items: typeof corpus, timings?: StageTiming[]): number {
  let tokens = 0;
  for (const it of items) {
    const doc = newDoc({ id: docId(it.text), title: null, outlet: null, url: null, language: 'en', published: it.published, source: it.id }, it.text);
    runPipeline(doc, stages, timings);
    tokens += doc.layers.tokens?.length ?? 0;
  }
  return tokens;
}

run(corpus.slice(0, 20)); // warm-up: lazy lexicons and gazetteer load here
const timings: StageTiming[] = [];
const t0 = performance.now();
const tokens = run(corpus, timings);
const secs = (performance.now() - t0) / 1000;
const perStage = new Map<string, number>();
for (const t of timings) perStage.set(t.stage, (perStage.get(t.stage) ?? 0) + t.ms);

console.log(`corpus: ${n} articles, ${tokens} tokens (${Math.round(tokens / n)} per article)`);
console.log(`overall: ${(n / secs).toFixed(0)} articles/s, ${(tokens / secs / 1000).toFixed(0)}k tokens/s, ${secs.toFixed(2)} s`);
console.log('| stage | ms/article | articles/s | tokens/s |');
console.log('|---|---|---|---|');
for (const [stage, ms] of perStage) {
  const s = ms / 1000;
  console.log(`| ${stage} | ${(ms / n).toFixed(3)} | ${(n / s).toFixed(0)} | ${(tokens / s / 1000).toFixed(0)}k |`);
}
console.log(`peak RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
