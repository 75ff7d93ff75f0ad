// Whether two mentions can describe the same happening: category/mode, time, place, participants.
import type { ActorRef, Place } from '../core/types.ts';
import { datesCompatible, distanceKm } from './days.ts';
import type { Member } from './model.ts';
import { areaCircles } from '../lexicons/seas.ts';

/** Modes that describe the same kind of act from different angles (drone ⊂ aerial; explosion/destroy are outcomes of either). */
const MODE_FAMILIES: Record<string, string> = {
  aerial: 'air-strike',
  drone: 'air-strike',
  explosion: 'air-strike',
  destroy: 'air-strike',
};

export function modesCompatible(a: string | null, b: string | null): boolean {
  if (a == null || b == null || a === b) return true;
  const fa = MODE_FAMILIES[a];
  return fa !== undefined && fa === MODE_FAMILIES[b];
}

/** How specific a mode is, to publish the most specific one of a cluster. */
export function modeRank(mode: string | null): number {
  if (mode == null) return 0;
  if (mode === 'drone') return 3;
  if (mode === 'aerial') return 2;
  return 1;
}

const AREA_KINDS = new Set(['sea', 'region']);
/** Slack added to the two radii before two points are called different places. */
const PLACE_SLACK_KM = 50;

/** "eastern Pacific" lies in "Pacific", "southern Caribbean" in "Caribbean Sea": the wider name ends the narrower one. */
function namedWithin(narrow: string, wide: string): boolean {
  const w = wide.toLowerCase().replace(/\s+(sea|ocean)$/, '').replace(/^the\s+/, '');
  const n = narrow.toLowerCase();
  return n !== w && w.length >= 4 && (n.endsWith(' ' + w) || n.includes(' ' + w + ' '));
}

/** An ocean drawn as several circles is compared through the one nearest to the other place. */
function nearestCircle(p: Place, other: Place): Place {
  const circles = areaCircles(p.gid ?? null);
  if (!circles) return p;
  let best = circles[0];
  let gap = Infinity;
  for (const c of circles) {
    const g = distanceKm(c.lat, c.lon, other.lat!, other.lon!) - c.radius_km;
    if (g < gap) [best, gap] = [c, g];
  }
  return { ...p, lat: best.lat, lon: best.lon, radius_km: best.radius_km };
}

export function placesCompatible(pa: Place | null, pb: Place | null): boolean {
  if (!pa || !pb) return true;
  if (pa.gid && pa.gid === pb.gid) return true;
  if (pa.country && pb.country && pa.country !== pb.country) return false;
  const located = pa.lat != null && pa.lon != null && pb.lat != null && pb.lon != null;
  if (!located) return true;
  const a = nearestCircle(pa, pb);
  const b = nearestCircle(pb, pa);
  const d = distanceKm(a.lat!, a.lon!, b.lat!, b.lon!);
  // Two named seas are different unless one lies inside the other ("southern Caribbean" in "Caribbean");
  // a coastal zone ("off the coast of Venezuela", which has a country) only has to touch the sea.
  if (AREA_KINDS.has(a.kind) && AREA_KINDS.has(b.kind) && a.name !== b.name) {
    if (namedWithin(a.name, b.name) || namedWithin(b.name, a.name)) return true;
    const coastal = (a.country != null) !== (b.country != null);
    return d <= (coastal ? a.radius_km + b.radius_km : Math.max(a.radius_km, b.radius_km));
  }
  return d <= a.radius_km + b.radius_km + PLACE_SLACK_KM;
}

export function partiesCompatible(a: ActorRef | null, b: ActorRef | null): boolean {
  return !a?.code || !b?.code || a.code === b.code;
}

/** A different day and a different toll together mean a different happening (either alone is a reporting discrepancy). */
function differOnDayAndToll(a: Member, b: Member): boolean {
  return !!a.iv?.day && !!b.iv?.day && a.iv.s !== b.iv.s && a.killed != null && b.killed != null && a.killed !== b.killed;
}

/**
 * A recipient that is an actor of the act (its own, or the only party named) is a role slip of a weaker parser
 * (Spanish "Estados Unidos atacó…" read with the US as target): such a recipient is not compared.
 */
function selfTargeted(m: Member): boolean {
  const r = m.mention.recipient?.code;
  return !!r && (!m.mention.actor?.code || r === m.mention.actor.code);
}

export function membersCompatible(a: Member, b: Member): boolean {
  const ma = a.mention;
  const mb = b.mention;
  return (
    ma.event === mb.event &&
    modesCompatible(ma.mode, mb.mode) &&
    datesCompatible(a.iv, b.iv) &&
    placesCompatible(a.place, b.place) &&
    partiesCompatible(ma.actor, mb.actor) &&
    (selfTargeted(a) || selfTargeted(b) || partiesCompatible(ma.recipient, mb.recipient)) &&
    !differOnDayAndToll(a, b)
  );
}

/** Preference among compatible clusters: agreement beyond mere compatibility. */
export function affinity(a: Member, b: Member): number {
  const ma = a.mention;
  const mb = b.mention;
  let score = 0;
  if (a.iv && b.iv && a.iv.day && b.iv.day) score += a.iv.s === b.iv.s ? 3 : 1;
  if (a.place && b.place && (a.place.gid ?? a.place.name) === (b.place.gid ?? b.place.name)) score += 2;
  if (ma.actor?.code && ma.actor.code === mb.actor?.code) score += 1;
  if (ma.recipient?.code && ma.recipient.code === mb.recipient?.code) score += 1;
  if (ma.mode && ma.mode === mb.mode) score += 1;
  if (a.killed != null && a.killed === b.killed) score += 1;
  return score;
}
