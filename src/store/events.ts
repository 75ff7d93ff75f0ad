// Resolved events in the store: replaced as a whole after each resolve run, with a history of what changed.
import { and, asc, eq, exists, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { EventRecord, EventStatus, PloverCategory } from '../core/types.ts';
import { chunks, tuplesIn, type StoreDb } from './db.ts';
import { eventHistory as historyT, eventMentions, events } from './schema.ts';

export type HistoryKind = 'created' | 'merged' | 'split' | 'revised' | 'removed';

export interface EventLink {
  eventId: string;
  doc: string;
  mention: string;
}

export interface HistoryEntry {
  eventId: string;
  kind: HistoryKind;
  detail?: Record<string, unknown>;
}

export interface HistoryRow {
  id: number;
  eventId: string;
  kind: HistoryKind;
  detail: Record<string, unknown>;
  at: string;
}

export interface ReplaceResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
}

export interface EventFilter {
  event?: PloverCategory;
  status?: EventStatus;
  /** ISO date: events that end on or after it (open-ended events always do). */
  from?: string;
  /** ISO date: events that start on or before it. */
  to?: string;
  /** Only events resolved from a mention of this document. */
  doc?: string;
  limit?: number;
  offset?: number;
}


function eventRow(e: EventRecord): typeof events.$inferInsert {
  return {
    id: e.id,
    event: e.event,
    mode: e.mode,
    date: e.date,
    enddate: e.enddate,
    granularity: e.date_granularity,
    status: e.status,
    record: e,
  };
}

/** The links an event record names itself (its mentions), used when the caller gives none. */
export function linksOf(evs: EventRecord[]): EventLink[] {
  return evs.flatMap((e) => (e.mentions ?? []).map((m) => ({ eventId: e.id, doc: m.doc, mention: m.mention })));
}

export interface ReplaceOptions {
  /**
   * Replace only these stored events (a window resolution): the others stay as they are. An id of `evs` that is
   * stored but outside the scope is an error (the window would overwrite an event it did not re-resolve).
   */
  scope?: string[];
}

/**
 * Makes the stored events exactly `evs` in one transaction: inserts new ids, updates changed records, deletes
 * ids no longer produced (within `scope` when given). Records 'created' and 'removed' history itself; the caller adds
 * merged/split/revised.
 */
export async function replaceEvents(
  db: StoreDb,
  evs: EventRecord[],
  links?: EventLink[],
  history: HistoryEntry[] = [],
  opts: ReplaceOptions = {},
): Promise<ReplaceResult> {
  const ids = new Set<string>();
  for (const e of evs) {
    if (ids.has(e.id)) throw new Error(`replaceEvents: duplicate event id ${e.id}`);
    ids.add(e.id);
  }
  const allLinks = dedupeLinks(links ?? linksOf(evs));
  return db.transaction(async (tx) => {
    const prev = new Map<string, string>();
    const select = () => tx.select({ id: events.id, record: events.record }).from(events);
    // json columns come back with the key order they were written in, so text comparison detects changes.
    const rows = opts.scope ? [] : await select();
    for (const b of chunks(opts.scope ?? [])) rows.push(...(await select().where(inArray(events.id, b))));
    for (const r of rows) prev.set(r.id, JSON.stringify(r.record));
    if (opts.scope) {
      const fresh = [...ids].filter((id) => !prev.has(id));
      for (const b of chunks(fresh)) {
        const clash = await tx.select({ id: events.id }).from(events).where(inArray(events.id, b));
        if (clash.length > 0) throw new Error(`replaceEvents: ${clash[0].id} is stored outside the replaced scope`);
      }
    }
    const result: ReplaceResult = { created: [], updated: [], unchanged: [], removed: [] };
    const toInsert: EventRecord[] = [];
    for (const e of evs) {
      const before = prev.get(e.id);
      if (before === undefined) {
        result.created.push(e.id);
        toInsert.push(e);
      } else if (before !== JSON.stringify(e)) {
        result.updated.push(e.id);
        const { id: _id, ...changes } = eventRow(e);
        await tx.update(events).set({ ...changes, updatedAt: sql`now()` }).where(eq(events.id, e.id));
      } else result.unchanged.push(e.id);
    }
    for (const id of prev.keys()) if (!ids.has(id)) result.removed.push(id);
    for (const batch of chunks(result.removed)) await tx.delete(events).where(inArray(events.id, batch));
    for (const batch of chunks(toInsert)) await tx.insert(events).values(batch.map(eventRow));

    // Only the links of new and changed events are rewritten (removed ones go with their event, by cascade): an
    // unchanged record lists the same mentions, so its links stand. Rewriting them all cost O(every mention) per run.
    // A changed event's links are diffed against the stored ones: an event that gains one report (a campaign tally
    // with thousands) writes one row, not all of them again.
    const rewrite = new Set([...result.created, ...result.updated, ...unchangedWithOtherLinks(evs, result.unchanged, allLinks)]);
    const linkKey = (e: string, d: string, m: string) => `${e}\u0000${d}\u0000${m}`;
    const stored = new Set<string>();
    for (const batch of chunks([...rewrite].filter((id) => prev.has(id)))) {
      for (const r of await tx.select().from(eventMentions).where(inArray(eventMentions.eventId, batch))) stored.add(linkKey(r.eventId, r.docId, r.mentionId));
    }
    const wanted = allLinks.filter((l) => rewrite.has(l.eventId));
    const keep = new Set(wanted.map((l) => linkKey(l.eventId, l.doc, l.mention)));
    const gone = [...stored].filter((k) => !keep.has(k)).map((k) => k.split('\u0000'));
    for (const batch of chunks(gone)) {
      await tx.delete(eventMentions).where(tuplesIn([sql`${eventMentions.eventId}`, sql`${eventMentions.docId}`, sql`${eventMentions.mentionId}`], batch));
    }
    const added = wanted.filter((l) => !stored.has(linkKey(l.eventId, l.doc, l.mention)));
    for (const batch of chunks(added, 1000)) {
      await tx.insert(eventMentions).values(batch.map((l) => ({ eventId: l.eventId, docId: l.doc, mentionId: l.mention })));
    }

    const told = new Set(history.filter((h) => h.kind === 'created').map((h) => h.eventId));
    const entries: HistoryEntry[] = [
      ...result.created.filter((id) => !told.has(id)).map((eventId) => ({ eventId, kind: 'created' as const })),
      ...history,
      ...result.removed.map((eventId) => ({ eventId, kind: 'removed' as const })),
    ];
    for (const batch of chunks(entries)) {
      await tx.insert(historyT).values(batch.map((h) => ({ eventId: h.eventId, kind: h.kind, detail: h.detail ?? {} })));
    }
    return result;
  });
}

/** Unchanged events whose given links are not exactly the mentions their record lists (a caller's explicit links). */
function unchangedWithOtherLinks(evs: EventRecord[], unchanged: string[], links: EventLink[]): string[] {
  if (!unchanged.length) return [];
  const given = new Map<string, Set<string>>();
  for (const l of links) {
    let set = given.get(l.eventId);
    if (!set) given.set(l.eventId, (set = new Set()));
    set.add(`${l.doc}\u0000${l.mention}`);
  }
  const same = new Set(unchanged);
  return evs
    .filter((e) => same.has(e.id))
    .filter((e) => {
      const own = new Set((e.mentions ?? []).map((m) => `${m.doc}\u0000${m.mention}`));
      const got = given.get(e.id) ?? new Set<string>();
      return own.size !== got.size || [...own].some((k) => !got.has(k));
    })
    .map((e) => e.id);
}

function dedupeLinks(links: EventLink[]): EventLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.eventId}\u0000${l.doc}\u0000${l.mention}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Events whose interval ends on or after `day`. An open-ended interval ("since September") runs up to now and an
 * undated event is kept; a bounded "open" one ("in the week before publication") ends at its end date.
 */
export function endsOnOrAfter(day: string): SQL {
  const ends = sql`coalesce(${events.enddate}, ${events.date})`;
  return or(gte(ends, day), and(eq(events.granularity, 'open'), isNull(events.enddate)), isNull(events.date))!;
}

export async function listEvents(db: StoreDb, filter: EventFilter = {}): Promise<EventRecord[]> {
  const where: SQL[] = [];
  if (filter.event) where.push(eq(events.event, filter.event));
  if (filter.status) where.push(eq(events.status, filter.status));
  if (filter.to) where.push(lte(events.date, filter.to));
  if (filter.from) where.push(endsOnOrAfter(filter.from));
  if (filter.doc) {
    const linked = db
      .select({ one: sql`1` })
      .from(eventMentions)
      .where(and(eq(eventMentions.eventId, events.id), eq(eventMentions.docId, filter.doc)));
    where.push(exists(linked));
  }
  const rows = await db
    .select({ record: events.record })
    .from(events)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(events.date), asc(events.id))
    .limit(filter.limit ?? 1_000_000)
    .offset(filter.offset ?? 0);
  return rows.map((r) => r.record);
}

export async function getEvent(db: StoreDb, id: string): Promise<EventRecord | null> {
  const [row] = await db.select({ record: events.record }).from(events).where(eq(events.id, id));
  return row?.record ?? null;
}

export async function eventHistory(db: StoreDb, id: string): Promise<HistoryRow[]> {
  const rows = await db.select().from(historyT).where(eq(historyT.eventId, id)).orderBy(asc(historyT.id));
  return rows.map((r) => ({
    id: r.id,
    eventId: r.eventId,
    kind: r.kind as HistoryKind,
    detail: r.detail as Record<string, unknown>,
    at: r.at.toISOString(),
  }));
}
