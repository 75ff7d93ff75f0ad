import type { Doc, DocMeta, LayerName } from '../core/types.ts';
import type { Context, Stage } from './stage.ts';
import { defaultStages } from './stages.ts';

export interface StageTiming {
  stage: string;
  ms: number;
}

/** Checks that every stage's `requires` is provided by an earlier stage. */
export function checkOrder(stages: Stage[]): void {
  const have = new Set<LayerName>();
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) throw new Error(`stage ${s.name} requires layer "${r}" which no earlier stage provides`);
    }
    for (const p of s.provides) have.add(p);
  }
}

export function contextFor(meta: DocMeta): Context {
  return { referenceTime: meta.published, language: meta.language || 'en' };
}

/** Runs the stages over a document in order; returns per-stage timings when asked. */
export function runPipeline(doc: Doc, stages: Stage[] = defaultStages(), timings?: StageTiming[]): Doc {
  checkOrder(stages);
  const ctx = contextFor(doc.meta);
  for (const s of stages) {
    const t0 = timings ? performance.now() : 0;
    s.run(doc, ctx);
    if (timings) timings.push({ stage: s.name, ms: performance.now() - t0 });
  }
  return doc;
}

export function newDoc(meta: DocMeta, text: string): Doc {
  return { meta, text, layers: {}, messages: [] };
}
