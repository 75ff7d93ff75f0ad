// SQL the store does not offer: event filters on the stored record (actor, place, bbox, text) and paged aggregates.
import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { EventRecord } from '../core/types.ts';
import { queryRows, type StoreDb } from '../store/db.ts';
import { eventMentions, events } from '../store/schema.ts';
import { endsOnOrAfter } from '../store/events.ts';

export interface EventQuery {
  from?: string;
  to?: string;
  category?: string;
  status?: string;
  actor?: string;
  place?: string;
  /** [minLon, minLat, maxLon, maxLat]; minLon > maxLon crosses the antimeridian. */
  bbox?: [number, number, number, number];
  q?: string;
  doc?: string;
}

export interface PageResult<T> {
  items: T[];
  total: number;
}

/** A LIKE pattern matching `s` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

const field = (path: string[]): SQL => {
  // path segments are constants of this file, never user input
  const [last, ...head] = [...path].reverse();
  return sql.raw(
    `"events"."record"${head
      .reverse()
      .map((p) => `->'${p}'`)
      .join('')}->>'${last}'`,
  );
};

/** The WHERE conditions for an event query (the same date semantics as the store's listEvents). */
export function eventConditions(f: EventQuery): SQL[] {
  const w: SQL[] = [];
  if (f.category) w.push(eq(events.event, f.category));
  if (f.status) w.push(eq(events.status, f.status));
  if (f.to) w.push(lte(events.date, f.to));
  if (f.from) w.push(endsOnOrAfter(f.from));
  if (f.actor) {
    const p = containsPattern(f.actor);
    const sides = ['actor', 'recipient'].flatMap((side) => [field([side, 'name']), field([side, 'code'])]);
    w.push(
      sql`(${sql.join(
        sides.map((s) => sql`${s} ilike ${p}`),
        sql` or `,
      )})`,
    );
  }
  if (f.place) {
    const p = containsPattern(f.place);
    w.push(sql`(${field(['place', 'name'])} ilike ${p} or ${field(['place', 'country'])} ilike ${p})`);
  }
  if (f.bbox) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    const lon = sql`(${field(['place', 'lon'])})::float8`;
    const lat = sql`(${field(['place', 'lat'])})::float8`;
    const lonIn =
      minLon <= maxLon
        ? sql`${lon} between ${minLon} and ${maxLon}`
        : sql`(${lon} >= ${minLon} or ${lon} <= ${maxLon})`;
    w.push(sql`(${lat} between ${minLat} and ${maxLat} and ${lonIn})`);
  }
  if (f.q) w.push(sql`${field(['event_text'])} ilike ${containsPattern(f.q)}`);
  if (f.doc) {
    w.push(
      sql`exists (select 1 from ${eventMentions} where ${eventMentions.eventId} = ${events.id} and ${eventMentions.docId} = ${f.doc})`,
    );
  }
  return w;
}

export function whereClause(conds: SQL[]): SQL {
  return conds.length ? sql`where ${and(...conds)}` : sql``;
}

/** Runs `inner` twice: once counted, once ordered and paged. */
export async function pageRows<T>(
  db: StoreDb,
  inner: SQL,
  orderBy: SQL,
  limit: number,
  offset: number,
): Promise<PageResult<T>> {
  const [count] = await queryRows<{ n: number | string }>(db, sql`select count(*)::int as n from (${inner}) as t`);
  const total = Number(count?.n ?? 0);
  if (total === 0 || offset >= total) return { items: [], total };
  const items = await queryRows<T>(
    db,
    sql`select * from (${inner}) as t order by ${orderBy} limit ${limit} offset ${offset}`,
  );
  return { items, total };
}

export async function listEventsPage(
  db: StoreDb,
  f: EventQuery,
  limit: number,
  offset: number,
): Promise<PageResult<EventRecord>> {
  const inner = sql`select ${events.id} as id, ${events.date} as date, ${events.record} as record from ${events} ${whereClause(eventConditions(f))}`;
  // json columns come back as text from some drivers: parse when needed so the record's key order is kept
  const page = await pageRows<{ record: EventRecord | string }>(
    db,
    inner,
    sql`date asc nulls last, id asc`,
    limit,
    offset,
  );
  return {
    items: page.items.map((r) => (typeof r.record === 'string' ? (JSON.parse(r.record) as EventRecord) : r.record)),
    total: page.total,
  };
}
