// PLOVER JSON Lines: one resolved event per line, keys per CODEBOOK §2 (the scored contract).
import type { ActorRef, EventRecord, Place } from '../core/types.ts';

export const PLOVER_SCHEMA = 'sitrep.plover/1';

export interface PloverOptions {
  /** Emit the `{"schema": "sitrep.plover/1", ...}` header line first (readers skip it). */
  header?: boolean;
  /** Extra header keys (e.g. `{ generator: "sitrep 0.1.0" }`); never a clock reading unless the caller passes one. */
  headerExtra?: Record<string, unknown>;
  /** How documents are named in `sources`/`mentions` (doc id by default; a url or file name if the caller maps it). */
  docLabel?: (docId: string) => string;
}

export interface PloverActor {
  entity_text: string;
  code: string | null;
  identifier_id: string | null;
  sector: string | null;
}

export interface PloverEvent {
  id: string;
  event: string;
  mode: string | null;
  date: string | null;
  enddate: string | null;
  date_granularity: string | null;
  actor: PloverActor | null;
  recipient: PloverActor | null;
  event_loc: { name: string; country: string | null; lat: number | null; lon: number | null; kind: string; radius_km: number } | null;
  event_text: string;
  context: string[];
  fatalities: { best: number; low: number; high: number } | null;
  status: string;
  sources: { outlet: string | null; doc: string; conveyed_by: string | null; cited: string | null; stance: string; hedges: string[]; independent: boolean; start: number; end: number }[];
  mentions: { doc: string; start: number; end: number }[];
  contradictions: { field: string; values: { value: unknown; sources: string[] }[]; chosen: unknown; rule: string | null }[];
  tally: boolean;
  vessels: { best: number; low: number; high: number } | null;
  revisions: { field: string; old: unknown; new: unknown; at: string | null; doc: string }[];
  independent_sources: number;
}

function actorOut(a: ActorRef | null): PloverActor | null {
  return a ? { entity_text: a.name || a.text, code: a.code, identifier_id: a.wikidata, sector: a.sector } : null;
}

function placeOut(p: Place | null): PloverEvent['event_loc'] {
  return p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind, radius_km: p.radius_km } : null;
}

/** One event as a PLOVER object (required keys first, extras after). */
export function toPloverEvent(e: EventRecord, docLabel: (docId: string) => string = (d) => d): PloverEvent {
  return {
    id: e.id,
    event: e.event,
    mode: e.mode,
    date: e.date,
    enddate: e.enddate,
    date_granularity: e.date_granularity,
    actor: actorOut(e.actor),
    recipient: actorOut(e.recipient),
    event_loc: placeOut(e.place),
    event_text: e.event_text,
    context: [...e.context],
    fatalities: e.fatalities ? { ...e.fatalities } : null,
    status: e.status,
    sources: e.sources.map((s) => ({
      outlet: s.outlet,
      doc: docLabel(s.doc),
      conveyed_by: s.conveyed_by,
      cited: s.cited,
      stance: s.stance,
      hedges: [...s.hedges],
      independent: s.independent ?? true,
      start: s.start,
      end: s.end,
    })),
    mentions: e.mentions.map((m) => ({ doc: docLabel(m.doc), start: m.start, end: m.end })),
    contradictions: e.contradictions.map((c) => ({
      field: c.field,
      values: c.values.map((v) => ({ value: v.value, sources: v.sources.map(docLabel) })),
      chosen: c.chosen ?? null,
      rule: c.rule ?? null,
    })),
    tally: e.tally,
    vessels: e.vessels ? { ...e.vessels } : null,
    revisions: e.revisions.map((r) => ({ field: r.field, old: r.old, new: r.new, at: r.at, doc: docLabel(r.doc) })),
    independent_sources: e.independent_sources ?? e.sources.filter((s) => s.independent !== false).length,
  };
}

/** JSON Lines, one event per line, optionally preceded by the schema header. */
export function toPloverLines(events: EventRecord[], options: PloverOptions = {}): string[] {
  const lines: string[] = [];
  if (options.header) lines.push(JSON.stringify({ schema: PLOVER_SCHEMA, events: events.length, ...options.headerExtra }));
  for (const e of events) lines.push(JSON.stringify(toPloverEvent(e, options.docLabel)));
  return lines;
}
