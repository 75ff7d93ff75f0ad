// Exports (CODEBOOK §2): PLOVER JSON Lines, the whole record as JSON, ACLED-like CSV, GeoJSON, TimelineJS; filters as for events.
import { createRoute, z } from '@hono/zod-openapi';
import type { Claim, DocMeta, EventRecord } from '../../core/types.ts';
import { toJson } from '../../export/json.ts';
import { toPloverLines } from '../../export/plover.ts';
import { toCsv } from '../../export/csv.ts';
import { toGeoJson } from '../../export/geojson.ts';
import { toTimeline } from '../../export/timeline.ts';
import type { Store } from '../../store/index.ts';
import type { ApiDeps } from '../deps.ts';
import { eventsVersion, versionedCache } from '../cache.ts';
import { errorResponses, newRouter } from '../errors.ts';
import { listEventsPage } from '../queries.ts';
import { EventFilterQuery, toEventQuery } from './events.ts';

const ExportQuery = EventFilterQuery.extend({
  format: z.enum(['plover', 'json', 'csv', 'geojson', 'timeline']).default('plover'),
  header: z
    .enum(['true', 'false'])
    .default('true')
    .openapi({ description: 'plover: start with the schema header line' }),
  unlocated: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ description: 'geojson: also list events without coordinates (geometry null)' }),
}).strict();

const ALL = 10_000_000;

/** The record for the json format; with a filter, only the documents and claims the chosen events draw on. */
async function jsonRecord(store: Store, events: EventRecord[], filtered: boolean): Promise<string> {
  const used = new Set(events.flatMap((e) => [...e.sources.map((s) => s.doc), ...e.mentions.map((m) => m.doc)]));
  const keep = (doc: string) => !filtered || used.has(doc);
  const documents: DocMeta[] = (await store.listDocuments({ limit: ALL }))
    .filter((d) => keep(d.id))
    .map(({ mentions: _m, claims: _c, ...meta }) => meta);
  const claims: (Claim & { doc: string })[] = [];
  for (const m of await store.allMentions())
    if (keep(m.doc)) for (const c of m.claims) claims.push({ ...c, doc: m.doc });
  const links = events.flatMap((e) => e.mentions.map((m) => ({ eventId: e.id, docId: m.doc, mentionId: m.mention })));
  return toJson({ documents, events, claims, links }) + '\n';
}

const CACHE_SIZE = 8;

export function exportRoutes({ store }: ApiDeps) {
  // the web app loads every event at once (geojson): 10k events cost ~1 s to read and encode, once per change
  const cache = versionedCache<{ body: string; type: string }>(CACHE_SIZE);

  const route = createRoute({
    method: 'get',
    path: '/export',
    tags: ['export'],
    summary:
      'Export the record: PLOVER JSON Lines (application/x-ndjson), the whole record (json), ACLED-like CSV (text/csv), GeoJSON (application/geo+json) or TimelineJS 3 JSON (timeline); event filters as in /api/events',
    request: { query: ExportQuery },
    responses: {
      200: {
        description: 'The export',
        content: {
          'application/x-ndjson': { schema: z.string() },
          'application/json': { schema: z.object({ schema: z.string() }).loose() },
          'text/csv': { schema: z.string() },
          'application/geo+json': { schema: z.object({ type: z.literal('FeatureCollection') }).loose() },
        },
      },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      ...errorResponses(400),
    },
  });

  return newRouter().openapi(route, async (c) => {
    const { format, header, unlocated, ...filter } = c.req.valid('query');
    const filtered = Object.values(filter).some((v) => v !== undefined);
    // json also holds documents and claims, which the events version does not follow
    const key = format === 'json' ? null : `${await eventsVersion(store)}|${JSON.stringify(c.req.valid('query'))}`;
    const hit = key ? cache.get(key) : undefined;
    const disposition: Record<string, string> = format === 'csv' ? { 'Content-Disposition': 'attachment; filename="sitrep-events.csv"' } : {};
    if (hit) return c.body(hit.body, 200, { 'Content-Type': hit.type, ...disposition });
    const { items: events } = await listEventsPage(store.db, toEventQuery(filter), ALL, 0);
    if (format === 'json')
      return c.body(await jsonRecord(store, events, filtered), 200, {
        'Content-Type': 'application/json; charset=utf-8',
      });
    const out = cache.remember(key!, encode(format, events, header === 'true', unlocated === 'true'));
    return c.body(out.body, 200, { 'Content-Type': out.type, ...disposition });
  });
}

/** The events-only formats as text with their content type. */
function encode(format: 'plover' | 'csv' | 'geojson' | 'timeline', events: EventRecord[], header: boolean, unlocated: boolean) {
  switch (format) {
    case 'csv':
      return { body: toCsv(events), type: 'text/csv; charset=utf-8; header=present' };
    case 'geojson':
      return { body: JSON.stringify(toGeoJson(events, { unlocated })) + '\n', type: 'application/geo+json; charset=utf-8' };
    case 'timeline':
      return { body: JSON.stringify(toTimeline(events)) + '\n', type: 'application/json; charset=utf-8' };
    case 'plover':
      return {
        body: toPloverLines(events, { header }).map((l) => l + '\n').join(''),
        type: 'application/x-ndjson; charset=utf-8',
      };
  }
}
