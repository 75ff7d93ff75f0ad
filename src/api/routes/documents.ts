// Documents: list, one report with its text and standoff layers, and adding a report (paste or upload).
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Layers } from '../../core/types.ts';
import { ingestOne } from '../../app/ingest.ts';
import { resolveLocked } from '../../app/resolve-incremental.ts';
import { ingestBytes, ingestString, type IngestOptions, type IngestResult } from '../../ingest/index.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError, errorBody, errorResponses, newRouter, notFound } from '../errors.ts';
import {
  DocSummarySchema,
  DocumentSchema,
  IdParam,
  LAYER_NAMES,
  PageQuery,
  pageOf,
  type ApiLayerName,
} from '../schemas.ts';

export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const layerList = z
  .string()
  .max(200)
  .superRefine((s, ctx) => {
    for (const name of s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      if (!(LAYER_NAMES as readonly string[]).includes(name))
        ctx.addIssue({ code: 'custom', message: `unknown layer "${name}" (known: ${LAYER_NAMES.join(', ')})` });
    }
  })
  .openapi({
    description: `comma-separated layers to include (default all: ${LAYER_NAMES.join(',')}); empty for none`,
    example: 'entities,times',
  });

const Published = z
  .string()
  .max(64)
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    'expected an ISO 8601 date or time',
  );

const MetaFields = {
  title: z.string().max(500).optional(),
  outlet: z.string().max(200).optional(),
  published: Published.optional().openapi({ example: '2025-10-04' }),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, 'expected a language tag such as en or es')
    .optional(),
};

function exactlyOne(keys: string[]) {
  return (body: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const given = keys.filter((k) => body[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({ code: 'custom', path: [], message: `give exactly one of ${keys.join(', ')}` });
  };
}

const JsonBody = z
  .object({ text: z.string().optional(), html: z.string().optional(), ...MetaFields })
  .strict()
  .superRefine(exactlyOne(['text', 'html']))
  .openapi('NewDocument');

const FormBody = z
  .object({
    file: z
      .instanceof(File)
      .optional()
      .openapi({
        type: 'string',
        format: 'binary',
        description: '.txt, .md or .html; format sniffed from name and content',
      }),
    text: z.string().optional(),
    ...MetaFields,
  })
  .strict()
  .superRefine(exactlyOne(['file', 'text']));

const IngestReply = z
  .object({
    status: z.enum(['stored', 'duplicate', 'rejected']),
    id: z.string(),
    events: z.array(z.string()).openapi({ description: 'ids of the events that include this document' }),
    warnings: z.array(z.string()),
  })
  .openapi('IngestReply');

/** An upload's name, safe to keep as the document's source. */
function uploadSource(name: string): string {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .slice(0, 200);
  return `upload:${base || 'file'}`;
}

function listRoute() {
  return createRoute({
    method: 'get',
    path: '/documents',
    tags: ['documents'],
    summary: 'List documents (ordered by publication time, then id)',
    request: { query: PageQuery.strict() },
    responses: {
      200: {
        description: 'A page of documents',
        content: { 'application/json': { schema: pageOf(DocSummarySchema, 'DocumentPage') } },
      },
      ...errorResponses(400),
    },
  });
}

function getRoute() {
  return createRoute({
    method: 'get',
    path: '/documents/{id}',
    tags: ['documents'],
    summary: 'One document: metadata, text, layers (standoff, UTF-16 offsets) and the events drawn from it',
    request: { params: IdParam, query: z.object({ layers: layerList.optional() }).strict() },
    responses: {
      200: { description: 'The document', content: { 'application/json': { schema: DocumentSchema } } },
      ...errorResponses(400, 404),
    },
  });
}

function postRoute(maxBytes: number) {
  const tooLarge = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json(errorBody('payload_too_large', `body larger than ${maxBytes} bytes`), 413),
  });
  return createRoute({
    method: 'post',
    path: '/documents',
    tags: ['documents'],
    summary: 'Add a report: runs the pipeline, stores it, re-resolves the events',
    middleware: [tooLarge] as const,
    request: {
      // not `required`: with two media types each validator must run only for its own content type
      body: {
        content: { 'application/json': { schema: JsonBody }, 'multipart/form-data': { schema: FormBody } },
      },
    },
    responses: {
      201: {
        description: 'Stored; the events now include it',
        content: { 'application/json': { schema: IngestReply } },
      },
      200: {
        description: 'Already stored (same text): nothing changed',
        content: { 'application/json': { schema: IngestReply } },
      },
      ...errorResponses(400, 413, 415, 422),
    },
  });
}

/** Picks the requested layers (all by default); tokens are internal and never served. */
function pickLayers(layers: Layers, wanted: string | undefined): Record<string, unknown[]> {
  const names: ApiLayerName[] =
    wanted === undefined
      ? [...LAYER_NAMES]
      : (wanted
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean) as ApiLayerName[]);
  return Object.fromEntries(names.map((n) => [n, (layers[n] ?? []) as unknown[]]));
}

export function documentRoutes(deps: ApiDeps, opts: { maxUploadBytes?: number } = {}) {
  const { store } = deps;
  const maxBytes = opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  async function ingestBody(input: IngestResult) {
    const outcome = await deps.serialWrite(async () => {
      const o = await ingestOne(store, input);
      if (o.status === 'stored') await resolveLocked(store); // under the lock: workers may resolve the same store
      return o;
    });
    if (outcome.status === 'rejected') {
      if (outcome.code === 'pipeline-failed' || outcome.code === 'store-failed')
        throw new ApiError(500, 'internal', outcome.message ?? 'ingest failed');
      throw new ApiError(422, 'ingest_rejected', outcome.message ?? 'rejected', { reason: outcome.code ?? null });
    }
    const id = outcome.id!;
    const events = (await store.listEvents({ doc: id })).map((e) => e.id);
    return { status: outcome.status, id, events, warnings: outcome.warnings ?? [] };
  }

  return newRouter()
    .openapi(listRoute(), async (c) => {
      const { limit, offset } = c.req.valid('query');
      const [items, counts] = await Promise.all([store.listDocuments({ limit, offset }), store.counts()]);
      return c.json({ items, total: counts.documents, limit, offset }, 200);
    })
    .openapi(getRoute(), async (c) => {
      const { id } = c.req.valid('param');
      const doc = await store.getDocument(id);
      if (!doc) throw notFound('document', id);
      const events = (await store.listEvents({ doc: id })).map((e) => ({
        id: e.id,
        event: e.event,
        mentions: e.mentions.filter((m) => m.doc === id).map((m) => m.mention),
      }));
      const layers = pickLayers(doc.layers, c.req.valid('query').layers);
      return c.json({ meta: doc.meta, text: doc.text, layers, messages: doc.messages, events }, 200);
    })
    .openapi(postRoute(maxBytes), async (c) => {
      const limits = { maxTextBytes: maxBytes, maxHtmlBytes: maxBytes };
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      let input: IngestResult;
      if (!type)
        throw new ApiError(
          400,
          'invalid_parameters',
          'a JSON body {text|html, ...} or a multipart/form-data upload is required',
        );
      if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
        // both validated bodies share one type in the typings; the content type says which one ran
        const { file, text, ...meta } = c.req.valid('form') as z.output<typeof FormBody>;
        const opts: IngestOptions = { ...meta, ...limits };
        if (file)
          input = ingestBytes(new Uint8Array(await file.arrayBuffer()), uploadSource(file.name), opts, file.name);
        else input = ingestString(text ?? '', 'api:text', opts);
      } else {
        const { text, html, ...meta } = c.req.valid('json') as z.output<typeof JsonBody>;
        const opts: IngestOptions = { ...meta, ...limits };
        input =
          html !== undefined
            ? ingestString(html, 'api:html', opts, 'html')
            : ingestString(text ?? '', 'api:text', opts);
      }
      const reply = await ingestBody(input);
      return c.json(reply, reply.status === 'stored' ? 201 : 200);
    });
}
