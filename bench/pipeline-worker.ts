// One pipeline worker for bench/pipeline.ts --workers N: annotates the slice of the corpus it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { docId } from '../src/core/ids.ts';
import { newDoc, runPipeline } from '../src/pipeline/runner.ts';
import { generateCorpus } from './corpus.ts';

const { n, from, to } = workerData as { n: number; from: number; to: number };
const items = generateCorpus(n).slice(from, to);
const annotate = (it: (typeof items)[number]) =>
  runPipeline(newDoc({ id: docId(it.text), title: null, outlet: null, url: null, language: 'en', published: it.published, source: it.id }, it.text));
for (const it of items.slice(0, 10)) annotate(it); // warm-up
parentPort!.postMessage('ready');
parentPort!.once('message', () => {
  let tokens = 0;
  for (const it of items) tokens += annotate(it).layers.tokens?.length ?? 0;
  parentPort!.postMessage({ tokens });
});
