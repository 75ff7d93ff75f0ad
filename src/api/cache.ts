// Aggregates over every event (actors, places, tallies, exports) cost ~1 s at 10k events: cache them per events version.
import { sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/index.ts';
import { events as eventsTable } from '../store/schema.ts';
import { queryRows } from '../store/db.ts';

/** Changes whenever an event is added, updated or removed. */
export async function eventsVersion(store: Store): Promise<string> {
  const [row] = await queryRows<{ n: number | string; t: string | null }>(
    store.db,
    sql`select count(*)::int as n, max(${eventsTable.updatedAt})::text as t from ${eventsTable}`,
  );
  return `${row?.n ?? 0}@${row?.t ?? ''}`;
}

/** A small LRU of response bodies keyed by events version + request. */
export function versionedCache<T>(size = 32) {
  const cache = new Map<string, T>();
  return {
    get(key: string): T | undefined {
      const hit = cache.get(key);
      if (hit !== undefined) {
        cache.delete(key);
        cache.set(key, hit);
      }
      return hit;
    },
    remember(key: string, value: T): T {
      cache.set(key, value);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return value;
    },
  };
}

/** Middleware: answers a GET from the cache while the events are unchanged; caches 200 responses.
 * Concurrent misses for one key wait for the first one instead of each running the same aggregate. */
export function cacheWhileEventsUnchanged(store: Store, size = 64): MiddlewareHandler {
  type Entry = { body: ArrayBuffer; headers: [string, string][] };
  const cache = versionedCache<Entry>(size);
  const inFlight = new Map<string, Promise<Entry | null>>();
  const respond = (e: Entry) => new Response(e.body, { status: 200, headers: e.headers });
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key = `${await eventsVersion(store)}|${c.req.url}`;
    const hit = cache.get(key);
    if (hit) {
      c.res = respond(hit);
      return;
    }
    const pending = inFlight.get(key);
    if (pending) {
      const e = await pending;
      if (e) {
        c.res = respond(e);
        return;
      }
    }
    let settle: (e: Entry | null) => void = () => {};
    inFlight.set(key, new Promise((r) => (settle = r)));
    try {
      await next();
      if (c.res.status !== 200) return settle(null);
      const entry = cache.remember(key, { body: await c.res.clone().arrayBuffer(), headers: [...c.res.headers.entries()] });
      settle(entry);
    } finally {
      settle(null);
      inFlight.delete(key);
    }
  };
}
