// Runs an English text through the whole default pipeline as one report published on `published`.
import type { Doc } from '../../src/core/types.ts';
import { newDoc, runPipeline } from '../../src/pipeline/runner.ts';

export function annotateText(text: string, published: string, outlet: string | null = null): Doc {
  return runPipeline(newDoc({ id: 'd', title: null, outlet, url: null, language: 'en', published, source: null }, text));
}
