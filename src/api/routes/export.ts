// Exports (CODEBOOK §2): PLOVER JSON Lines or the whole record as JSON, optionally for filtered events only.
import { createRoute, z } from '@hono/zod-openapi';
import type { Claim, DocMeta, EventRecord } from '../../core/types.ts';
import { toJson } from '../../export/json.ts';
import { toPloverLines } from '../../export/plover.ts';
import type { Store } from '../../store/index.ts';
import type { ApiDeps } from '../deps.ts';
import { errorResponses, newRouter } from '../errors.ts';
import { listEventsPage } from '../queries.ts';
import { EventFilterQuery, toEventQuery } from './events.ts';

const ExportQuery = EventFilterQuery.extend({
  format: z.enum(['plover', 'json']).default('plover'),
  header: z
    .enum(['true', 'false'])
    .default('true')
    .openapi({ description: 'plover: start with the schema header line' }),
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

export function exportRoutes({ store }: ApiDeps) {
  const route = createRoute({
    method: 'get',
    path: '/export',
    tags: ['export'],
    summary:
      'Export the record: PLOVER JSON Lines (application/x-ndjson) or the whole record (application/json); event filters as in /api/events',
    request: { query: ExportQuery },
    responses: {
      200: {
        description: 'The export',
        content: {
          'application/x-ndjson': { schema: z.string() },
          'application/json': { schema: z.object({ schema: z.string() }).loose() },
        },
      },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      ...errorResponses(400),
    },
  });

  return newRouter().openapi(route, async (c) => {
    const { format, header, ...filter } = c.req.valid('query');
    const filtered = Object.values(filter).some((v) => v !== undefined);
    const { items: events } = await listEventsPage(store.db, toEventQuery(filter), ALL, 0);
    if (format === 'json')
      return c.body(await jsonRecord(store, events, filtered), 200, {
        'Content-Type': 'application/json; charset=utf-8',
      });
    const body = toPloverLines(events, { header: header === 'true' })
      .map((l) => l + '\n')
      .join('');
    return c.body(body, 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  });
}
