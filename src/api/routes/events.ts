// Events: the resolved record, filtered (dates, category, actor, place, bbox, text, status), and one event's dossier.
import { createRoute, z } from '@hono/zod-openapi';
import { PLOVER_CATEGORIES } from '../../core/types.ts';
import { buildDossier } from '../../cli/show.ts';
import type { ApiDeps } from '../deps.ts';
import { errorResponses, newRouter, notFound } from '../errors.ts';
import { listEventsPage, type EventQuery } from '../queries.ts';
import { DossierSchema, EventSchema, IdParam, IsoDate, PageQuery, TextFilter, pageOf } from '../schemas.ts';

export const EVENT_STATUSES = ['confirmed', 'multiple_sources', 'single_source', 'disputed', 'denied'] as const;

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** "minLon,minLat,maxLon,maxLat" → numbers, or a list of what is wrong with it. */
export function parseBbox(s: string): { bbox?: [number, number, number, number]; problems: string[] } {
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p)))
    return { problems: ['expected minLon,minLat,maxLon,maxLat (four numbers)'] };
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number);
  const problems: string[] = [];
  if ([minLon, maxLon].some((x) => x < -180 || x > 180)) problems.push('longitudes must be within -180..180');
  if ([minLat, maxLat].some((x) => x < -90 || x > 90)) problems.push('latitudes must be within -90..90');
  if (minLat > maxLat) problems.push('minLat must not exceed maxLat');
  return problems.length ? { problems } : { bbox: [minLon, minLat, maxLon, maxLat], problems };
}

export const EventFilterQuery = z.object({
  from: IsoDate.optional().openapi({ description: 'events ending on or after this day (YYYY-MM-DD)' }),
  to: IsoDate.optional().openapi({ description: 'events starting on or before this day (YYYY-MM-DD)' }),
  category: z
    .enum(PLOVER_CATEGORIES as [string, ...string[]])
    .optional()
    .openapi({ description: 'PLOVER category' }),
  actor: TextFilter.optional().openapi({ description: 'substring of the actor or recipient name or code' }),
  place: TextFilter.optional().openapi({ description: 'substring of the place name or its country code' }),
  bbox: z
    .string()
    .max(100)
    .superRefine((s, ctx) => {
      for (const message of parseBbox(s).problems) ctx.addIssue({ code: 'custom', message });
    })
    .optional()
    .openapi({
      description: 'minLon,minLat,maxLon,maxLat (WGS 84); events without coordinates are left out',
      example: '-80,5,-60,15',
    }),
  q: TextFilter.optional().openapi({ description: 'substring of the event text' }),
  status: z.enum(EVENT_STATUSES).optional(),
  doc: IdParam.shape.id
    .optional()
    .openapi({ param: { name: 'doc', in: 'query' }, description: 'only events drawn from this document' }),
});

type EventFilterInput = z.infer<typeof EventFilterQuery>;

/** Checks from ≤ to (a cross-field rule the per-field schemas cannot state). */
function checkRange(q: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (q.from && q.to && q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['from'], message: '"from" is after "to"' });
}

export const EventListQuery = PageQuery.extend(EventFilterQuery.shape).strict().superRefine(checkRange);

export function toEventQuery(q: EventFilterInput): EventQuery {
  return { ...q, bbox: q.bbox ? parseBbox(q.bbox).bbox : undefined };
}

const listRoute = createRoute({
  method: 'get',
  path: '/events',
  tags: ['events'],
  summary: 'List events, filtered and paged (ordered by date, then id)',
  request: { query: EventListQuery },
  responses: {
    200: {
      description: 'A page of events',
      content: { 'application/json': { schema: pageOf(EventSchema, 'EventPage') } },
    },
    ...errorResponses(400),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/events/{id}',
  tags: ['events'],
  summary:
    "One event's dossier: the event with its claims, contradictions and revisions, its documents, sentences and history",
  request: { params: IdParam },
  responses: {
    200: { description: 'The dossier', content: { 'application/json': { schema: DossierSchema } } },
    ...errorResponses(400, 404),
  },
});

export function eventRoutes({ store }: ApiDeps) {
  return newRouter()
    .openapi(listRoute, async (c) => {
      const { limit, offset, ...filter } = c.req.valid('query');
      const page = await listEventsPage(store.db, toEventQuery(filter), limit, offset);
      return c.json({ items: page.items, total: page.total, limit, offset }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      // exact ids only: buildDossier's prefix matching is a CLI convenience
      if (!(await store.getEvent(id))) throw notFound('event', id);
      return c.json(await buildDossier(store, id), 200);
    });
}
