import type { Doc, LayerName } from '../core/types.ts';

/** What every stage is given besides the document: no clock, no network. */
export interface Context {
  /** ISO time that relative dates resolve against; null = leave them unresolved. */
  referenceTime: string | null;
  language: string;
}

/** A pure pipeline stage: it reads layers it `requires` and adds the layers it `provides`. */
export interface Stage {
  name: string;
  requires: LayerName[];
  provides: LayerName[];
  run(doc: Doc, ctx: Context): void;
}
