// Arguments of a mention's sentence that tell two happenings of one kind apart: calendar years, day-precise dates,
// weekdays, place coordinates and the counts (killed, arrested ...) our event stage attaches to the sentence.
import type { Doc } from '../core/types.ts';

export interface LexArgs {
  /** Day-precise dates (ISO) of the sentence. */
  dates: Set<string>;
  /** Weekday names ("fri") of the sentence. */
  weekdays: Set<string>;
  /** Calendar years of day-, month- or year-precise times of the sentence. */
  years: Set<string>;
  /** Places of the sentence as [lat, lon, radius km]. */
  geo: [number, number, number][];
  /** Count kind ("killed") → value, from the event mentions of the sentence. */
  counts: Map<string, number>;
  /** Participants (actor / recipient names, lower case) of our event mention on the trigger. */
  actors: Set<string>;
  /** The same arguments restricted to our event mention whose trigger overlaps the mention (when there is one). */
  own?: LexArgs;
}

const emptyArgs = (): LexArgs => ({ dates: new Set(), weekdays: new Set(), years: new Set(), geo: [], counts: new Map(), actors: new Set() });

/** Arguments our event stage attached to the event mention on the trigger span. */
export function anchoredArgs(doc: Doc, start: number, end: number): LexArgs | undefined {
  const m = (doc.layers.mentions ?? []).find((x) => x.trigger && x.trigger.start < end && x.trigger.end > start);
  if (!m) return undefined;
  const args = emptyArgs();
  const iv = m.time?.interval;
  if (iv && iv.granularity === 'day' && iv.start === iv.end) args.dates.add(iv.start);
  if (iv && YEAR_GRAINS.has(iv.granularity) && iv.start?.slice(0, 4) === iv.end?.slice(0, 4)) args.years.add(iv.start.slice(0, 4));
  const p = m.place;
  if (p && typeof p.lat === 'number' && typeof p.lon === 'number') args.geo.push([p.lat, p.lon, p.radius_km ?? 10]);
  for (const [k, q] of Object.entries(m.quantities ?? {})) if (q && typeof q.value === 'number' && q.bound === 'exact') args.counts.set(k, q.value);
  for (const r of [m.actor, m.recipient]) if (r?.name) args.actors.add((r.wikidata ?? r.name).toLowerCase());
  return args;
}

const YEAR_GRAINS = new Set(['day', 'month', 'year']);

export function sentenceArgs(doc: Doc, sentence: number, start: number, end: number): LexArgs {
  const args = emptyArgs();
  for (const t of doc.layers.times ?? []) {
    if (t.start < start || t.end > end || !t.interval) continue;
    const iv = t.interval;
    if (iv.granularity === 'day' && iv.start === iv.end) args.dates.add(iv.start);
    if (YEAR_GRAINS.has(iv.granularity) && iv.start?.slice(0, 4) === iv.end?.slice(0, 4)) args.years.add(iv.start.slice(0, 4));
  }
  for (const p of doc.layers.places ?? []) {
    if (p.start < start || p.end > end || typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
    args.geo.push([p.lat, p.lon, p.radius_km ?? 10]);
  }
  for (const m of doc.layers.mentions ?? []) {
    if (m.sentence !== sentence) continue;
    for (const [k, q] of Object.entries(m.quantities ?? {})) if (q && typeof q.value === 'number' && q.bound === 'exact') args.counts.set(k, q.value);
  }
  return args;
}

const RAD = Math.PI / 180;
function km(a: [number, number, number], b: [number, number, number]): number {
  const s = Math.sin(((b[0] - a[0]) * RAD) / 2) ** 2 + Math.cos(a[0] * RAD) * Math.cos(b[0] * RAD) * Math.sin(((b[1] - a[1]) * RAD) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, s)));
}

/** -1 when both sides have values and share none, 1 when they share one, 0 when either is empty. */
export function agreement(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  for (const x of a) if (b.has(x)) return 1;
  return -1;
}

/** Every place of one side lies far (beyond both radii plus a margin) from every place of the other. */
export function farPlaces(a: LexArgs, b: LexArgs, marginKm = 50): boolean {
  if (!a.geo.length || !b.geo.length) return false;
  for (const p of a.geo) for (const q of b.geo) if (km(p, q) <= p[2] + q[2] + marginKm) return false;
  return true;
}

/** Fewest days between a date of one side and a date of the other (Infinity when either has none). */
export function dateGap(a: LexArgs, b: LexArgs): number {
  let best = Infinity;
  for (const x of a.dates) for (const y of b.dates) best = Math.min(best, Math.abs(Date.parse(x) - Date.parse(y)) / 864e5);
  return best;
}

/** -1 when a shared count kind differs in value, 1 when one agrees, 0 otherwise. */
export function countAgreement(a: LexArgs, b: LexArgs): number {
  let out = 0;
  for (const [k, v] of a.counts) {
    const w = b.counts.get(k);
    if (w === undefined) continue;
    if (w !== v) return -1;
    out = 1;
  }
  return out;
}

/** Strong evidence of two distinct happenings: different dates, different years or different counts. */
/** Reports of one happening carry datelines a few days apart: only a wider gap tells two happenings apart. */
const DATE_GAP_DAYS = 7;

export type ConflictKind = 'date' | 'weekday' | 'year' | 'count' | 'far' | 'actor';

export function argsConflict(a: LexArgs, b: LexArgs): Record<ConflictKind, boolean> {
  return {
    date: dateGap(a, b) > DATE_GAP_DAYS && dateGap(a, b) < Infinity,
    weekday: agreement(a.weekdays, b.weekdays) < 0,
    year: agreement(a.years, b.years) < 0,
    count: countAgreement(a, b) < 0,
    far: farPlaces(a, b),
    actor: agreement(a.actors, b.actors) < 0,
  };
}

/** A similarity so low that no average link containing it reaches a threshold. */
export const CANNOT_LINK = -1e6;

/** Whether two mentions' arguments conflict in one of the given kinds. */
export function conflictsIn(a: LexArgs | undefined, b: LexArgs | undefined, kinds: ConflictKind[]): boolean {
  if (!a || !b) return false;
  const c = argsConflict(a, b);
  return kinds.some((k) => c[k]);
}
