// The HTTP API: one Hono app over a Store, routes under /api, its OpenAPI 3.1 document and a docs page.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { cacheWhileEventsUnchanged } from './cache.ts';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/index.ts';
import { makeDeps } from './deps.ts';
import { DOCS_CSP, renderDocsPage, type OpenApiDoc } from './docs.ts';
import { errorBody, onApiError } from './errors.ts';
import { actorRoutes } from './routes/actors.ts';
import { documentRoutes } from './routes/documents.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/export.ts';
import { healthRoutes } from './routes/health.ts';
import { placeRoutes } from './routes/places.ts';
import { searchRoutes } from './routes/search.ts';
import { tallyRoutes } from './routes/tallies.ts';
import { webRoutes } from './routes/web.ts';

export interface AppOptions {
  /** Largest accepted POST body in bytes (default 5 MB). */
  maxUploadBytes?: number;
  /** Origins allowed to call the API from a browser; none by default (CORS off). */
  corsOrigins?: string[];
  /** Version shown in the OpenAPI document. */
  version?: string;
  /** Folder of the built web app (default dist/web); null serves no app. */
  webDir?: string | null;
}

const OPENAPI_CONFIG = (version: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'sitrep API',
    version,
    description:
      'The sourced event record of sitrep: documents with their standoff layers, PLOVER events with claims, contradictions and revisions, actors, places, tallies, search and exports. Errors are JSON {error: {code, message, details?}}; lists are paged with limit (1..500) and offset and say their total; GET responses carry an ETag.',
  },
});

/** Builds the app; the caller owns the store (opens and closes it). */
export function createApp(store: Store, opts: AppOptions = {}): OpenAPIHono {
  const deps = makeDeps(store);
  const app = new OpenAPIHono();
  app.use('*', secureHeaders({ strictTransportSecurity: false, xFrameOptions: 'DENY' }));
  if (opts.corsOrigins?.length)
    app.use('*', cors({ origin: opts.corsOrigins, allowMethods: ['GET', 'HEAD', 'POST'], exposeHeaders: ['ETag'] }));
  app.use('*', async (c, next) => {
    await next();
    // browsers revalidate with If-None-Match instead of trusting a stale copy
    if (c.req.method === 'GET' && c.res.ok && !c.res.headers.has('Cache-Control'))
      c.res.headers.set('Cache-Control', 'no-cache');
  });
  app.use('*', etag());

  // Aggregates over all events: answered from a cache while the events are unchanged (10k events: ~1 s → ~1 ms).
  for (const path of ['/api/actors', '/api/actors/*', '/api/places', '/api/tallies']) app.use(path, cacheWhileEventsUnchanged(deps.store));
  app.route('/api', documentRoutes(deps, { maxUploadBytes: opts.maxUploadBytes }));
  app.route('/api', eventRoutes(deps));
  app.route('/api', actorRoutes(deps));
  app.route('/api', placeRoutes(deps));
  app.route('/api', tallyRoutes(deps));
  app.route('/api', searchRoutes(deps));
  app.route('/api', exportRoutes(deps));
  app.route('/api', healthRoutes(deps));

  const config = OPENAPI_CONFIG(opts.version ?? '0.1.0');
  app.doc31('/openapi.json', config);
  let docsPage: string | null = null;
  app.get('/docs', (c) => {
    docsPage ??= renderDocsPage(app.getOpenAPI31Document(config) as OpenApiDoc);
    return c.html(docsPage, 200, { 'Content-Security-Policy': DOCS_CSP });
  });

  if (opts.webDir !== null) app.route('/', webRoutes(opts.webDir));

  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError(onApiError);
  return app;
}
