// Search: PostgreSQL full-text search over documents' text and events' text, ranked, with highlighted snippets.
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../store/db.ts';
import { documents, events } from '../../store/schema.ts';
import type { ApiDeps } from '../deps.ts';
import { errorResponses, newRouter } from '../errors.ts';
import { PageQuery, pageOf } from '../schemas.ts';

// Control characters as highlight marks: stripped from the text first, so a report cannot forge a highlight.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

const HitSchema = z
  .object({
    type: z.enum(['document', 'event']),
    id: z.string(),
    label: z.string().openapi({ description: "document title (or outlet), or the event's PLOVER category" }),
    date: z.string().nullable().openapi({ description: 'publication time of a document, start date of an event' }),
    rank: z.number(),
    snippet: z.string().openapi({ description: 'plain text around the matches (never HTML)' }),
    highlights: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .openapi({ description: 'matched words in snippet, UTF-16 offsets' }),
  })
  .openapi('SearchHit');

const SearchQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .openapi({ description: 'web-search syntax: words, "a phrase", or, -not', example: 'tanker seized' }),
  type: z.enum(['document', 'event']).optional().openapi({ description: 'only documents or only events' }),
}).strict();

/** A ts_headline result with marks → plain text plus highlight offsets. */
export function splitHeadline(headline: string): { snippet: string; highlights: { start: number; end: number }[] } {
  const text = headline.replace(/\s+/g, ' ').trim();
  let snippet = '';
  const highlights: { start: number; end: number }[] = [];
  let open = -1;
  for (const ch of text) {
    if (ch === OPEN) open = snippet.length;
    else if (ch === CLOSE) {
      if (open >= 0 && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}

interface HitRow {
  type: 'document' | 'event';
  id: string;
  label: string;
  date: string | null;
  rank: number | string;
  headline: string;
}

export function searchRoutes({ store }: ApiDeps) {
  const route = createRoute({
    method: 'get',
    path: '/search',
    tags: ['search'],
    summary: "Full-text search (PostgreSQL, 'simple' configuration) over documents and events, best first",
    request: { query: SearchQuery },
    responses: {
      200: {
        description: 'A page of hits',
        content: { 'application/json': { schema: pageOf(HitSchema, 'SearchPage') } },
      },
      ...errorResponses(400),
    },
  });

  return newRouter().openapi(route, async (c) => {
    const { q, type, limit, offset } = c.req.valid('query');
    const tsq = sql`websearch_to_tsquery('simple', ${q})`;
    const docVector = sql`to_tsvector('simple', coalesce(${documents.title}, '') || ' ' || ${documents.text})`;
    const eventText = sql`(${events.record}->>'event_text')`;
    const docHits = sql`select 'document' as type, ${documents.id} as id, coalesce(${documents.title}, ${documents.outlet}, ${documents.id}) as label,
      ${documents.published} as date, ${documents.text} as body, ts_rank(${docVector}, ${tsq})::float8 as rank
      from ${documents} where ${docVector} @@ ${tsq}`;
    const eventHits = sql`select 'event' as type, ${events.id} as id, ${events.event} as label, ${events.date} as date,
      ${eventText} as body, ts_rank(to_tsvector('simple', ${eventText}), ${tsq})::float8 as rank
      from ${events} where to_tsvector('simple', ${eventText}) @@ ${tsq}`;
    const hits = type === 'document' ? docHits : type === 'event' ? eventHits : sql`${docHits} union all ${eventHits}`;
    const [count] = await queryRows<{ n: number | string }>(
      store.db,
      sql`select count(*)::int as n from (${hits}) as t`,
    );
    const total = Number(count?.n ?? 0);
    if (!total || offset >= total) return c.json({ items: [], total, limit, offset }, 200);
    const rows = await queryRows<HitRow>(
      store.db,
      sql`select type, id, label, date, rank,
        ts_headline('simple', translate(body, ${OPEN + CLOSE}, ''), ${tsq}, ${HEADLINE_OPTIONS}) as headline
        from (${hits}) as t order by rank desc, type asc, id asc limit ${limit} offset ${offset}`,
    );
    const items = rows.map((r) => ({
      type: r.type,
      id: r.id,
      label: r.label,
      date: r.date,
      rank: Number(r.rank),
      ...splitHeadline(r.headline),
    }));
    return c.json({ items, total, limit, offset }, 200);
  });
}
