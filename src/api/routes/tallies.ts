// Tallies: running counts the reports give ("the 14th strike", "at least 60 killed") next to sitrep's own sum.
import { createRoute, z } from '@hono/zod-openapi';
import type { DocMeta } from '../../core/types.ts';
import { tallyRows } from '../../export/json.ts';
import type { ApiDeps } from '../deps.ts';
import { errorResponses, newRouter } from '../errors.ts';
import { PageQuery, SourceRefSchema, pageOf } from '../schemas.ts';

const TallySchema = z
  .object({
    event: z.string().openapi({ description: 'id of the tally event' }),
    what: z.enum(['killed', 'vessels', 'strikes']),
    value: z.number(),
    bound: z.string(),
    text: z.string(),
    as_of: z.string().nullable().openapi({ description: 'publication time of the earliest report giving this figure' }),
    sources: z.array(SourceRefSchema),
    computed: z
      .object({ events: z.number().int(), value: z.number() })
      .openapi({ description: "what sitrep's own single-happening events add up to by as_of" }),
  })
  .openapi('Tally');

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const TallyQuery = PageQuery.extend({ what: z.enum(['killed', 'vessels', 'strikes']).optional() }).strict();

export function tallyRoutes({ store }: ApiDeps) {
  const list = createRoute({
    method: 'get',
    path: '/tallies',
    tags: ['tallies'],
    summary: 'Reported running tallies with their as-of time and the sum sitrep computes from its own events',
    request: { query: TallyQuery },
    responses: {
      200: {
        description: 'A page of tallies',
        content: { 'application/json': { schema: pageOf(TallySchema, 'TallyPage') } },
      },
      ...errorResponses(400),
    },
  });

  return newRouter().openapi(list, async (c) => {
    const { limit, offset, what } = c.req.valid('query');
    const events = await store.listEvents({ limit: 10_000_000 });
    const documents: DocMeta[] = (await store.listDocuments({ limit: 10_000_000 })).map(
      ({ mentions: _m, claims: _c, ...meta }) => meta,
    );
    const rows = tallyRows(events, documents)
      .filter((r) => !what || r.what === what)
      .sort((a, b) => cmp(a.as_of ?? '\uffff', b.as_of ?? '\uffff') || cmp(a.event, b.event) || cmp(a.what, b.what));
    return c.json({ items: rows.slice(offset, offset + limit), total: rows.length, limit, offset }, 200);
  });
}
