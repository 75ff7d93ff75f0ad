// Places: where the (filtered) events happened, with coordinates, uncertainty radius and event counts.
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { events } from '../../store/schema.ts';
import type { ApiDeps } from '../deps.ts';
import { errorResponses, newRouter } from '../errors.ts';
import { eventConditions, pageRows, whereClause } from '../queries.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import { EventFilterQuery, toEventQuery } from './events.ts';

const PlaceCountSchema = z
  .object({
    name: z.string(),
    kind: z.string(),
    country: z.string().nullable(),
    gid: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    radius_km: z
      .number()
      .nullable()
      .openapi({ description: 'the smallest uncertainty radius any event gives this place' }),
    events: z.number().int(),
    first: z.string().nullable().openapi({ description: 'earliest event date' }),
    last: z.string().nullable().openapi({ description: 'latest event end date' }),
  })
  .openapi('PlaceCount');

const PlaceQuery = PageQuery.extend(EventFilterQuery.shape).strict();

const p = (key: string) => sql.raw(`"events"."record"->'place'->>'${key}'`);

interface PlaceRow {
  name: string;
  kind: string;
  country: string | null;
  gid: string | null;
  lat: number | string | null;
  lon: number | string | null;
  radius_km: number | string | null;
  events: number;
  first: string | null;
  last: string | null;
}

const num = (x: number | string | null): number | null => (x === null ? null : Number(x));

export function placeRoutes({ store }: ApiDeps) {
  const list = createRoute({
    method: 'get',
    path: '/places',
    tags: ['places'],
    summary: 'Places of the (filtered) events with coordinates and counts, most frequent first',
    request: { query: PlaceQuery },
    responses: {
      200: {
        description: 'A page of places',
        content: { 'application/json': { schema: pageOf(PlaceCountSchema, 'PlacePage') } },
      },
      ...errorResponses(400),
    },
  });

  return newRouter().openapi(list, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    const conds = [
      ...eventConditions(toEventQuery(filter)),
      sql.raw(`json_typeof("events"."record"->'place') = 'object'`),
    ];
    const inner = sql`select ${p('name')} as name, ${p('kind')} as kind, ${p('country')} as country, max(${p('gid')}) as gid,
      (${p('lat')})::float8 as lat, (${p('lon')})::float8 as lon, min((${p('radius_km')})::float8) as radius_km,
      count(*)::int as events, min(${events.date}) as first, max(coalesce(${events.enddate}, ${events.date})) as last
      from ${events} ${whereClause(conds)} group by 1, 2, 3, 5, 6`;
    const page = await pageRows<PlaceRow>(
      store.db,
      inner,
      sql`events desc, name asc, country asc nulls first`,
      limit,
      offset,
    );
    const items = page.items.map((r) => ({ ...r, lat: num(r.lat), lon: num(r.lon), radius_km: num(r.radius_km) }));
    return c.json({ items, total: page.total, limit, offset }, 200);
  });
}
