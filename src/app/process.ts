import type { Doc, DocMeta } from '../core/types.ts';
import { newDoc, runPipeline, type StageTiming } from '../pipeline/runner.ts';

/** Runs the default pipeline over one ingested input; the same code path for `annotate`, `ingest` and `eval`. */
export function processInput(input: { meta: DocMeta; text: string }, timings?: StageTiming[]): Doc {
  const doc = newDoc({ ...input.meta }, input.text);
  return runPipeline(doc, undefined, timings);
}

/** The `annotate` JSON of CODEBOOK §2: metadata, text, layers (tokens left out: they are internal). */
export function annotationOf(doc: Doc): { doc: DocMeta; text: string; layers: Record<string, unknown>; messages: Doc['messages'] } {
  const { tokens: _tokens, ...layers } = doc.layers;
  return { doc: doc.meta, text: doc.text, layers, messages: doc.messages };
}
