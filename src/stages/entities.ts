import type { Doc, Entity } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { matchDemonyms, matchLexicon } from './entities-lexicon.ts';
import { matchProperRuns } from './entities-propn.ts';
import { matchRoles, resolveRoles } from './entities-roles.ts';
import { newScan } from './entities-scan.ts';

export { findActor, actorLexicon } from '../lexicons/actors.ts';

/** Finds entities: lexicon actors, role descriptions resolved in the document, unknown proper-noun runs. */
export function findEntities(text: string, tokens: NonNullable<Doc['layers']['tokens']>): Entity[] {
  const scan = newScan(text, tokens);
  matchLexicon(scan, new Set<number>());
  matchRoles(scan);
  matchDemonyms(scan);
  matchProperRuns(scan);
  scan.cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = resolveRoles(scan.cands);
  for (const e of out) e.text = text.slice(e.start, e.end);
  return out;
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens'],
  provides: ['entities'],
  run(doc: Doc) {
    doc.layers.entities = findEntities(doc.text, doc.layers.tokens ?? []);
  },
};
