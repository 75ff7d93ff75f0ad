// The API's shapes, declared once in zod: they validate requests and become the OpenAPI document.
import { z } from '@hono/zod-openapi';

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({ description: `1..${MAX_LIMIT}` }),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

/** Ids are short ASCII tokens (doc_…, evt_…); anything else is a 400 before the database sees it. */
export const IdParam = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1-64 letters, digits, _ or -')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'evt_0123456789ab' }),
});

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a calendar date');

/** A short free-text filter: trimmed, non-empty, bounded. */
export const TextFilter = z.string().trim().min(1).max(200);

/** `total` is the number of matches before `limit`/`offset`. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
    .openapi(name);
}

const Bounds = z.object({ best: z.number(), low: z.number(), high: z.number() });

export const ActorRefSchema = z
  .object({
    text: z.string(),
    start: z.number(),
    end: z.number(),
    name: z.string(),
    code: z.string().nullable(),
    sector: z.string().nullable(),
    wikidata: z.string().nullable(),
  })
  .openapi('ActorRef');

export const PlaceSchema = z
  .object({
    text: z.string(),
    start: z.number(),
    end: z.number(),
    name: z.string(),
    kind: z.string(),
    country: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    radius_km: z.number(),
    gid: z.string().nullable().optional(),
    by: z.string(),
  })
  .openapi('Place');

export const SourceRefSchema = z
  .object({
    doc: z.string(),
    outlet: z.string().nullable(),
    conveyed_by: z.string().nullable(),
    cited: z.string().nullable(),
    stance: z.string(),
    hedges: z.array(z.string()),
    start: z.number(),
    end: z.number(),
    independent: z.boolean().optional(),
  })
  .openapi('SourceRef');

export const EventSchema = z
  .object({
    id: z.string(),
    event: z.string().openapi({ description: 'PLOVER category' }),
    mode: z.string().nullable(),
    date: z.string().nullable(),
    enddate: z.string().nullable(),
    date_granularity: z.string().nullable(),
    actor: ActorRefSchema.nullable(),
    recipient: ActorRefSchema.nullable(),
    place: PlaceSchema.nullable(),
    event_text: z.string(),
    context: z.array(z.string()),
    fatalities: Bounds.nullable(),
    vessels: Bounds.nullable(),
    status: z.string(),
    tally: z.boolean(),
    sources: z.array(SourceRefSchema),
    mentions: z.array(
      z.object({ doc: z.string(), mention: z.string(), start: z.number(), end: z.number(), text: z.string() }),
    ),
    contradictions: z.array(
      z.object({
        field: z.string(),
        values: z.array(z.object({ value: z.unknown(), sources: z.array(z.string()) })),
        chosen: z.unknown().optional(),
        rule: z.string().optional(),
      }),
    ),
    revisions: z.array(
      z.object({ field: z.string(), old: z.unknown(), new: z.unknown(), at: z.string().nullable(), doc: z.string() }),
    ),
    values: z
      .record(z.string(), z.array(z.object({ value: z.unknown(), sources: z.array(SourceRefSchema) })))
      .optional(),
    independent_sources: z.number().optional(),
  })
  .openapi('Event');

export const DocMetaSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string(),
    published: z.string().nullable(),
    source: z.string().nullable(),
    ingestedAt: z.string().nullable().optional(),
    format: z.string().optional(),
  })
  .openapi('DocMeta');

export const DocSummarySchema = DocMetaSchema.extend({ mentions: z.number().int(), claims: z.number().int() }).openapi(
  'DocSummary',
);

export const LAYER_NAMES = ['sentences', 'entities', 'times', 'places', 'quotes', 'mentions', 'claims'] as const;
export type ApiLayerName = (typeof LAYER_NAMES)[number];

export const MessageSchema = z.object({
  level: z.string(),
  code: z.string(),
  text: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
});

export const DocumentSchema = z
  .object({
    meta: DocMetaSchema,
    text: z.string(),
    layers: z
      .record(z.string(), z.array(z.unknown()))
      .openapi({ description: `standoff layers (${LAYER_NAMES.join(', ')}), UTF-16 offsets into text` }),
    messages: z.array(MessageSchema),
    events: z
      .array(z.object({ id: z.string(), event: z.string(), mentions: z.array(z.string()) }))
      .openapi({ description: 'events resolved from this document, with the ids of its mentions each one draws on' }),
  })
  .openapi('Document');

export const DossierSchema = z
  .object({
    event: EventSchema,
    documents: z.record(
      z.string(),
      z.object({
        title: z.string().nullable(),
        outlet: z.string().nullable(),
        published: z.string().nullable(),
        url: z.string().nullable(),
      }),
    ),
    sentences: z
      .record(z.string(), z.string())
      .openapi({ description: 'keyed "doc:start-end": the sentence holding each source and mention span' }),
    history: z.array(z.object({ kind: z.string(), detail: z.unknown(), at: z.string() })),
  })
  .openapi('Dossier');
