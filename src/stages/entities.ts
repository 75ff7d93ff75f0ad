import type { Doc, Entity } from '../core/types.ts';
import type { Context, Stage } from '../pipeline/stage.ts';
import { codeGenerics, matchGenerics } from './entities-generic.ts';
import { matchDemonyms, matchLexicon } from './entities-lexicon.ts';
import { matchProperRuns } from './entities-propn.ts';
import { matchRoles, resolveRoles } from './entities-roles.ts';
import { newScan } from './entities-scan.ts';

export { findActor, actorLexicon } from '../lexicons/actors.ts';

/** The year of an ISO reference time ("2025-12-30" → 2025), or null. */
export function yearOf(referenceTime: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(referenceTime ?? '');
  return m ? +m[1] : null;
}

/**
 * Finds entities: lexicon actors, role descriptions resolved in the document, unknown proper-noun runs.
 * `referenceTime` (the publication date) picks office holders by period ("the Russian president" in 1998 is Yeltsin).
 */
export function findEntities(text: string, tokens: NonNullable<Doc['layers']['tokens']>, referenceTime: string | null = null): Entity[] {
  const scan = newScan(text, tokens, yearOf(referenceTime));
  matchLexicon(scan, new Set<number>());
  matchRoles(scan);
  matchDemonyms(scan);
  const generics = new Map();
  matchGenerics(scan, generics);
  matchProperRuns(scan);
  codeGenerics(scan, generics);
  scan.cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = resolveRoles(scan.cands, scan.year);
  for (const e of out) e.text = text.slice(e.start, e.end);
  return out;
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens'],
  provides: ['entities'],
  run(doc: Doc, ctx: Context) {
    doc.layers.entities = findEntities(doc.text, doc.layers.tokens ?? [], ctx?.referenceTime ?? null);
  },
};
