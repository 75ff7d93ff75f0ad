import type { Doc } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// Placeholder: to be replaced by the real stage.
export const placesStage: Stage = {
  name: 'places',
  requires: ['entities'],
  provides: ['places'],
  run(doc: Doc) {
    doc.layers.places = [];
  },
};
