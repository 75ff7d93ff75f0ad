import type { ActorRef, EventRecord } from '../core/types.ts';
import { table } from './output.ts';

export function dateText(e: EventRecord): string {
  if (!e.date) return '?';
  if (!e.enddate) return `${e.date}…`;
  return e.enddate === e.date ? e.date : `${e.date}..${e.enddate}`;
}

export function actorText(a: ActorRef | null): string {
  if (!a) return '—';
  return a.code && !a.name.includes(a.code) ? `${a.name} (${a.code})` : a.name;
}

export function fatalitiesText(e: EventRecord): string {
  const f = e.fatalities;
  if (!f) return '—';
  return f.low === f.high ? String(f.best) : `${f.best} (${f.low}–${f.high})`;
}

/** The events table of `sitrep events` and `sitrep demo`. */
export function eventsTable(events: EventRecord[]): string {
  const rows = events.map((e) => [
    e.id,
    dateText(e),
    e.event + (e.mode ? '/' + e.mode : '') + (e.tally ? ' (tally)' : ''),
    e.place?.name ?? '—',
    `${actorText(e.actor)} → ${actorText(e.recipient)}`,
    fatalitiesText(e),
    String(new Set(e.sources.map((s) => s.doc)).size),
    e.status,
  ]);
  return table(['id', 'date', 'category', 'place', 'actor → recipient', 'killed', 'docs', 'status'], rows, 44);
}
