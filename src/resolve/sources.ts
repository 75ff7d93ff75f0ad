// Sources of an event (claims of its members), their independence, and the event's status.
import type { ActorRef, Claim, Contradiction, EventStatus, SourceRef } from '../core/types.ts';
import type { Member } from './model.ts';

/** A source with the claim it came from (the claim carries the cited party's code). */
export interface SourcedClaim {
  ref: SourceRef;
  claim: Claim | null;
  member: Member;
}

function norm(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/** Claims of one member as sources; a member without claims is a source of its own outlet. */
export function memberSources(m: Member): SourcedClaim[] {
  if (m.claims.length === 0) {
    const x = m.mention;
    return [{
      ref: { doc: m.doc.id, outlet: m.doc.outlet, conveyed_by: null, cited: null, stance: 'asserted', hedges: [], start: x.start, end: x.end },
      claim: null,
      member: m,
    }];
  }
  return m.claims.map((c) => ({
    ref: {
      doc: m.doc.id,
      outlet: c.reported_by ?? m.doc.outlet,
      conveyed_by: c.conveyed_by,
      cited: c.source,
      stance: c.stance,
      hedges: [...c.hedges],
      start: c.start,
      end: c.end,
    },
    claim: c,
    member: m,
  }));
}

/**
 * Marks independence: sources sharing an origin (the outlet they relay, else their own outlet) count once,
 * and the direct report of an origin is preferred over relays of it.
 */
export function markIndependence(sources: SourcedClaim[]): number {
  const byOrigin = new Map<string, SourcedClaim[]>();
  for (const s of sources) {
    const origin = norm(s.ref.conveyed_by) || norm(s.ref.outlet) || s.ref.doc;
    const list = byOrigin.get(origin);
    if (list) list.push(s);
    else byOrigin.set(origin, [s]);
  }
  for (const list of byOrigin.values()) {
    const lead = list.find((s) => !s.ref.conveyed_by) ?? list[0];
    for (const s of list) s.ref.independent = s === lead;
  }
  return byOrigin.size;
}

const ANONYMOUS = /\b(anonym\w*|anónim\w*|unnamed|unidentified|condition of|sources?|fuentes?)\b/i;
// Offices and institutions speak on the record; a bare "official" is unnamed, so it does not count here.
const OFFICIAL = /\b(minist\w*|government|gobierno|pentagon|pentágono|department|departamento|president|presidente|secretary|secretario|spokes\w*|portavoz|command|comando|military|militar\w*|navy|army|armada|white house|casa blanca|hegseth|trump|maduro|cabello|rubio|southcom)\b/i;

/** Sources who are not named: "anonymous officials", "sources familiar with the matter". */
export function isAnonymous(c: Claim | null): boolean {
  return !!c?.source && ANONYMOUS.test(c.source);
}

/** A party or official speaking on the record (not anonymous sources, not the outlet itself). */
export function isOfficial(c: Claim | null): boolean {
  if (!c || !c.source || isAnonymous(c)) return false;
  return c.stance === 'confirmed' || !!c.sourceCode || OFFICIAL.test(c.source);
}

/** Whether a claim is the event actor's own word (by actor code, else by name). */
export function isActorOwn(c: Claim | null, actor: ActorRef | null): boolean {
  if (!c || !c.source || !actor || ANONYMOUS.test(c.source)) return false;
  if (c.sourceCode && actor.code) return c.sourceCode === actor.code;
  const cited = norm(c.source);
  const names = [norm(actor.name), norm(actor.text)].filter((n) => n.length >= 3);
  return names.some((n) => cited.includes(n) || (cited.length >= 4 && n.includes(cited)));
}

/** denied > disputed > confirmed > multiple_sources > single_source. */
export function eventStatus(sources: SourcedClaim[], actor: ActorRef | null, contradictions: Contradiction[], independent: number): EventStatus {
  const denials = sources.filter((s) => s.ref.stance === 'denied');
  if (denials.some((s) => isActorOwn(s.claim, actor))) return 'denied';
  if (denials.length > 0 || contradictions.length > 0) return 'disputed';
  const own = (s: SourcedClaim) => isActorOwn(s.claim, actor) && (s.ref.stance === 'asserted' || s.ref.stance === 'alleged');
  if (sources.some((s) => s.ref.stance === 'confirmed' || own(s))) return 'confirmed';
  return independent >= 2 ? 'multiple_sources' : 'single_source';
}
