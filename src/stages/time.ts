import type { Doc } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// Placeholder: to be replaced by the real stage.
export const timeStage: Stage = {
  name: 'time',
  requires: ['sentences'],
  provides: ['times'],
  run(doc: Doc) {
    doc.layers.times = [];
  },
};
