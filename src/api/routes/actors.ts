// Actors: who appears in the events, how often as actor and as recipient; and who acts on whom (graph edges).
import { createRoute, z } from '@hono/zod-openapi';
import { sql, type SQL } from 'drizzle-orm';
import { events } from '../../store/schema.ts';
import type { ApiDeps } from '../deps.ts';
import { errorResponses, newRouter } from '../errors.ts';
import { containsPattern, eventConditions, pageRows, whereClause } from '../queries.ts';
import { PageQuery, TextFilter, pageOf } from '../schemas.ts';
import { EventFilterQuery, toEventQuery } from './events.ts';

const ActorSchema = z
  .object({
    name: z.string(),
    code: z.string().nullable(),
    sector: z.string().nullable(),
    wikidata: z.string().nullable(),
    as_actor: z.number().int(),
    as_recipient: z.number().int(),
    events: z.number().int(),
  })
  .openapi('ActorCount');

const EdgeSchema = z
  .object({
    actor: z.string(),
    actor_code: z.string().nullable(),
    recipient: z.string(),
    recipient_code: z.string().nullable(),
    category: z.string(),
    events: z.number().int(),
  })
  .openapi('ActorEdge');

/** The same event filters as /api/events, plus `name` (substring of the actor's name or code) for actors. */
const EventFilters = EventFilterQuery.omit({ actor: true });
const ActorQuery = PageQuery.extend(EventFilters.shape).extend({ name: TextFilter.optional() }).strict();
const EdgeQuery = PageQuery.extend(EventFilterQuery.shape).strict();

const side = (role: 'actor' | 'recipient', key: string) => sql.raw(`"events"."record"->'${role}'->>'${key}'`);

function actorRows(role: 'actor' | 'recipient', conds: SQL[]) {
  const [a, r] = role === 'actor' ? [1, 0] : [0, 1];
  const isObject = sql.raw(`json_typeof("events"."record"->'${role}') = 'object'`);
  return sql`select ${side(role, 'name')} as name, ${side(role, 'code')} as code, ${side(role, 'sector')} as sector,
    ${side(role, 'wikidata')} as wikidata, ${events.id} as event_id, ${sql.raw(String(a))} as a, ${sql.raw(String(r))} as r
    from ${events} ${whereClause([...conds, isObject])}`;
}

export function actorRoutes({ store }: ApiDeps) {
  const list = createRoute({
    method: 'get',
    path: '/actors',
    tags: ['actors'],
    summary: 'Actors of the (filtered) events with counts as actor and as recipient, most frequent first',
    request: { query: ActorQuery },
    responses: {
      200: {
        description: 'A page of actors',
        content: { 'application/json': { schema: pageOf(ActorSchema, 'ActorPage') } },
      },
      ...errorResponses(400),
    },
  });
  const edges = createRoute({
    method: 'get',
    path: '/actors/edges',
    tags: ['actors'],
    summary: 'Who acts on whom: actor → recipient pairs by PLOVER category with event counts (for the actor graph)',
    request: { query: EdgeQuery },
    responses: {
      200: {
        description: 'A page of edges',
        content: { 'application/json': { schema: pageOf(EdgeSchema, 'ActorEdgePage') } },
      },
      ...errorResponses(400),
    },
  });

  return newRouter()
    .openapi(list, async (c) => {
      const { limit, offset, name, ...filter } = c.req.valid('query');
      const conds = eventConditions(toEventQuery(filter));
      const named = name
        ? sql`where name ilike ${containsPattern(name)} or code ilike ${containsPattern(name)}`
        : sql``;
      const inner = sql`select name, code, max(sector) as sector, max(wikidata) as wikidata, sum(a)::int as as_actor,
        sum(r)::int as as_recipient, count(distinct event_id)::int as events
        from (${actorRows('actor', conds)} union all ${actorRows('recipient', conds)}) as x ${named} group by name, code`;
      const page = await pageRows<z.infer<typeof ActorSchema>>(
        store.db,
        inner,
        sql`events desc, name asc, code asc nulls first`,
        limit,
        offset,
      );
      return c.json({ ...page, limit, offset }, 200);
    })
    .openapi(edges, async (c) => {
      const { limit, offset, ...filter } = c.req.valid('query');
      const conds = [
        ...eventConditions(toEventQuery(filter)),
        sql.raw(`json_typeof("events"."record"->'actor') = 'object'`),
        sql.raw(`json_typeof("events"."record"->'recipient') = 'object'`),
      ];
      const inner = sql`select ${side('actor', 'name')} as actor, ${side('actor', 'code')} as actor_code,
        ${side('recipient', 'name')} as recipient, ${side('recipient', 'code')} as recipient_code, ${events.event} as category, count(*)::int as events
        from ${events} ${whereClause(conds)} group by 1, 2, 3, 4, 5`;
      const page = await pageRows<z.infer<typeof EdgeSchema>>(
        store.db,
        inner,
        sql`events desc, actor, recipient, category`,
        limit,
        offset,
      );
      return c.json({ ...page, limit, offset }, 200);
    });
}
