// The one way the scorers run the pipeline: `processInput`, exactly what `sitrep annotate` runs.
import type { Doc } from '../core/types.ts';
import { processInput } from '../app/process.ts';
import type { StageTiming } from '../pipeline/runner.ts';

export interface EvalInput {
  id: string;
  text: string;
  published?: string | null;
  language?: string;
  title?: string | null;
}

/** Annotates a gold document's text unchanged (offsets must stay those of the gold). */
export function annotateForEval(input: EvalInput, timings?: StageTiming[]): Doc {
  const meta = { id: input.id, title: input.title ?? null, outlet: null, url: null, language: input.language ?? 'en', published: input.published ?? null, source: `eval:${input.id}` };
  return processInput({ meta, text: input.text }, timings);
}
