import type { Doc } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// Placeholder: to be replaced by the real stage.
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens'],
  provides: ['entities'],
  run(doc: Doc) {
    doc.layers.entities = [];
  },
};
