import type { Stage } from './stage.ts';
import { sentencesStage } from '../stages/sentences.ts';
import { entitiesStage } from '../stages/entities.ts';
import { timeStage } from '../stages/time.ts';
import { placesStage } from '../stages/places.ts';
import { quotesStage } from '../stages/quotes.ts';
import { eventsStage } from '../stages/events.ts';
import { claimsStage } from '../stages/claims.ts';

/** The default pipeline, in order. Each stage declares what it needs; the runner checks the order. */
export function defaultStages(): Stage[] {
  return [sentencesStage, entitiesStage, timeStage, placesStage, quotesStage, eventsStage, claimsStage];
}
