// The database schema, declared once: drizzle-kit generates the SQL migrations in drizzle/ from it.
// Whole objects are kept as json (not jsonb) so they come back with their key order: exports stay byte-identical.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, json, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { Claim, EventRecord, Layers, Mention, Message } from '../core/types.ts';

const at = () => timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** One row per distinct report; the id is the content hash, so the same text twice is one row. */
export const documents = pgTable(
  'documents',
  {
    id: text('id').primaryKey(),
    url: text('url'),
    outlet: text('outlet'),
    title: text('title'),
    language: text('language').notNull(),
    published: text('published'),
    source: text('source'),
    format: text('format'),
    ingestedAt: text('ingested_at'),
    text: text('text').notNull(),
    raw: text('raw'),
    layers: json('layers').$type<Layers>().notNull(),
    messages: json('messages').$type<Message[]>().notNull(),
  },
  (t) => [index('documents_published_idx').on(t.published)],
);

/** Event mentions of a document; `data` holds the whole Mention, the other columns are for queries. */
export const mentions = pgTable(
  'mentions',
  {
    docId: text('doc_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    mentionId: text('mention_id').notNull(),
    event: text('event').notNull(),
    mode: text('mode'),
    modality: text('modality').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    data: json('data').$type<Mention>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.docId, t.mentionId] }), index('mentions_event_idx').on(t.event)],
);

/** Claims with their attribution chain; `idx` is the claim's position in the document's claims layer. */
export const claims = pgTable(
  'claims',
  {
    docId: text('doc_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    idx: integer('idx').notNull(),
    mentionId: text('mention_id').notNull(),
    stance: text('stance').notNull(),
    source: text('source'),
    conveyedBy: text('conveyed_by'),
    reportedBy: text('reported_by'),
    hedges: jsonb('hedges').$type<string[]>().notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    data: json('data').$type<Claim>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.docId, t.idx] }), index('claims_mention_idx').on(t.docId, t.mentionId)],
);

/** Resolved events; `record` holds the whole EventRecord, the other columns are for filtering. */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    event: text('event').notNull(),
    mode: text('mode'),
    date: text('date'),
    enddate: text('enddate'),
    granularity: text('granularity'),
    status: text('status').notNull(),
    record: json('record').$type<EventRecord>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('events_date_idx').on(t.date), index('events_event_idx').on(t.event)],
);

/** Which mentions an event was resolved from. */
export const eventMentions = pgTable(
  'event_mentions',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    docId: text('doc_id').notNull(),
    mentionId: text('mention_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.docId, t.mentionId] }),
    index('event_mentions_mention_idx').on(t.docId, t.mentionId),
  ],
);

/** The life of an event across re-runs; kept after the event itself is removed (no foreign key). */
export const eventHistory = pgTable(
  'event_history',
  {
    id: serial('id').primaryKey(),
    eventId: text('event_id').notNull(),
    kind: text('kind').notNull(),
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
    at: at(),
  },
  (t) => [index('event_history_event_idx').on(t.eventId)],
);

/**
 * Documents the resolver has taken into account. A document without a row here is new: the next resolution re-resolves
 * only the time window its mentions can reach (src/app/resolve.ts).
 */
export const resolvedDocs = pgTable('resolved_docs', {
  docId: text('doc_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
});

/**
 * The resolver's blocking facts of each resolved asserted mention: category, day interval (days since 1970; `day_start` null =
 * undated, `day_end` null = open-ended) and whether it is a running tally. Lets a resolution find the stored mentions
 * a new document can merge with without reading every mention.
 */
export const mentionIndex = pgTable(
  'mention_index',
  {
    docId: text('doc_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    mentionId: text('mention_id').notNull(),
    event: text('event').notNull(),
    dayStart: integer('day_start'),
    dayEnd: integer('day_end'),
    campaign: boolean('campaign').notNull(),
  },
  (t) => [primaryKey({ columns: [t.docId, t.mentionId] }), index('mention_index_window_idx').on(t.event, t.dayStart)],
);

/** Every input the ingester saw, including the ones it rejected and why. */
export const ingestLog = pgTable(
  'ingest_log',
  {
    id: serial('id').primaryKey(),
    source: text('source'),
    docId: text('doc_id'),
    status: text('status').notNull(),
    code: text('code'),
    message: text('message'),
    at: at(),
  },
  // what happened to one document (workers, retries) without scanning a log that only grows
  (t) => [index('ingest_log_doc_idx').on(t.docId)],
);

/** Key/value facts about the store itself (schema version). */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
