import type { Doc } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// Placeholder: to be replaced by the real stage.
export const claimsStage: Stage = {
  name: 'claims',
  requires: ['mentions'],
  provides: ['claims'],
  run(doc: Doc) {
    doc.layers.claims = [];
  },
};
