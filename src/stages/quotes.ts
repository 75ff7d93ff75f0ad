import type { Doc } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// Placeholder: to be replaced by the real stage.
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['entities'],
  provides: ['quotes'],
  run(doc: Doc) {
    doc.layers.quotes = [];
  },
};
