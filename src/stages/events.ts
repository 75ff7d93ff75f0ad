import type { Doc } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// Placeholder: to be replaced by the real stage.
export const eventsStage: Stage = {
  name: 'events',
  requires: ['places'],
  provides: ['mentions'],
  run(doc: Doc) {
    doc.layers.mentions = [];
  },
};
