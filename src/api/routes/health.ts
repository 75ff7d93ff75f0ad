// Health: the store answers, with its kind, schema version and row counts.
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps.ts';
import { newRouter } from '../errors.ts';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    store: z.enum(['pglite', 'postgres']),
    schemaVersion: z.string().nullable(),
    counts: z.object({
      documents: z.number().int(),
      mentions: z.number().int(),
      claims: z.number().int(),
      events: z.number().int(),
      eventHistory: z.number().int(),
      ingestLog: z.number().int(),
    }),
  })
  .openapi('Health');

export function healthRoutes({ store }: ApiDeps) {
  const route = createRoute({
    method: 'get',
    path: '/health',
    tags: ['health'],
    summary: 'The store answers: kind, schema version, counts',
    responses: { 200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } } },
  });
  return newRouter().openapi(route, async (c) => {
    const [counts, schemaVersion] = await Promise.all([store.counts(), store.schemaVersion()]);
    return c.json({ status: 'ok' as const, store: store.kind, schemaVersion, counts }, 200);
  });
}
