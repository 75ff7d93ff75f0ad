// The store: documents with their mentions and claims, resolved events, and the ingest log.
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Claim, Doc, DocMeta, EventRecord, Mention } from '../core/types.ts';
import { chunks, connect, queryRows, splitMentionKey, tuplesIn, type Connection, type OpenOptions, type StoreDb, type WithLock } from './db.ts';
import { eventHistory, getEvent, listEvents, replaceEvents } from './events.ts';
import type { EventFilter, EventLink, HistoryEntry, HistoryRow, ReplaceOptions, ReplaceResult } from './events.ts';
import { migrate } from './migrate.ts';
import { claims, documents, ingestLog, mentions, meta } from './schema.ts';
import { storableText, unstorableDocument } from './storable.ts';

export type { EventFilter, EventLink, HistoryEntry, HistoryKind, HistoryRow, ReplaceOptions, ReplaceResult } from './events.ts';
export type { OpenOptions } from './db.ts';

export type IngestStatus = 'stored' | 'duplicate' | 'rejected';

export interface SaveResult {
  status: IngestStatus;
  id: string;
  /** Why a document was rejected ("store-failed", "no-id", "bad-text"). */
  code?: string;
  message?: string;
}

export interface IngestEntry {
  source: string | null;
  docId?: string | null;
  status: IngestStatus;
  code?: string | null;
  message?: string | null;
}

export interface IngestLogRow extends Required<IngestEntry> {
  id: number;
  at: string;
}

/** A mention with its claims and the document facts the resolver needs. */
export interface StoredMention {
  doc: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  mention: Mention;
  claims: Claim[];
}

export interface DocSummary extends DocMeta {
  mentions: number;
  claims: number;
}

export interface Counts {
  documents: number;
  mentions: number;
  claims: number;
  events: number;
  eventHistory: number;
  ingestLog: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  readonly location: string;
  /** The Drizzle database, for queries the store does not offer. */
  readonly db: StoreDb;
  /**
   * Stores a document, its mentions and claims in one transaction; the same id twice changes nothing.
   * `logFailure: false` leaves a failed save out of the ingest log (a worker that will retry logs only the last try).
   */
  saveDocument(doc: Doc, opts?: { raw?: string | null; logFailure?: boolean }): Promise<SaveResult>;
  logIngest(entry: IngestEntry): Promise<void>;
  ingestLog(page?: Page): Promise<IngestLogRow[]>;
  getDocument(id: string): Promise<Doc | null>;
  listDocuments(page?: Page): Promise<DocSummary[]>;
  allMentions(): Promise<StoredMention[]>;
  /** The mentions of these documents, or only the mentions named by `keys` (`doc:mention`): what a window resolution reads. */
  mentionsOf(docIds: string[], keys?: string[]): Promise<StoredMention[]>;
  replaceEvents(events: EventRecord[], links?: EventLink[], history?: HistoryEntry[], opts?: ReplaceOptions): Promise<ReplaceResult>;
  listEvents(filter?: EventFilter): Promise<EventRecord[]>;
  getEvent(id: string): Promise<EventRecord | null>;
  eventHistory(id: string): Promise<HistoryRow[]>;
  counts(): Promise<Counts>;
  schemaVersion(): Promise<string | null>;
  /** A value from the store's key/value table (schema version, resolution mark). */
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  /** Serialises work across processes: a PostgreSQL advisory lock, or an in-process lock on PGlite. */
  withLock: WithLock;
  close(): Promise<void>;
}

/** Opens (and migrates) the store: PGlite at dbPath / SITREP_DB / ./.sitrep/db, or PostgreSQL at url / DATABASE_URL. */
export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  const conn = await connect(opts);
  try {
    await migrate(conn.db, opts.migrationsDir);
  } catch (e) {
    await conn.close();
    throw e;
  }
  return makeStore(conn);
}

function errorText(e: unknown): string {
  const err = e as { message?: string; cause?: { message?: string } };
  return err?.cause?.message ?? err?.message ?? String(e);
}

function makeStore(conn: Connection): Store {
  const { db } = conn;

  async function logIngest(entry: IngestEntry): Promise<void> {
    // messages quote the input they reject, which may hold what the database refuses
    await db.insert(ingestLog).values({
      source: storableText(entry.source),
      docId: storableText(entry.docId),
      status: entry.status,
      code: entry.code ?? null,
      message: storableText(entry.message),
    });
  }

  async function saveDocument(doc: Doc, opts: { raw?: string | null; logFailure?: boolean } = {}): Promise<SaveResult> {
    const id = doc?.meta?.id;
    const source = doc?.meta?.source ?? null;
    if (!id || typeof doc.text !== 'string') {
      const message = 'document has no id or no text';
      await logIngest({ source, docId: id ?? null, status: 'rejected', code: 'no-id', message });
      return { status: 'rejected', id: id ?? '', code: 'no-id', message };
    }
    const unstorable = unstorableDocument(doc, opts.raw);
    if (unstorable) {
      const message = `cannot store this document: its ${unstorable}`;
      await logIngest({ source, docId: id, status: 'rejected', code: 'bad-text', message });
      return { status: 'rejected', id, code: 'bad-text', message };
    }
    // Cheap check first so a re-ingested report does not ship its whole text and layers to the database again.
    const [known] = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, id));
    if (known) {
      await logIngest({ source, docId: id, status: 'duplicate' });
      return { status: 'duplicate', id };
    }
    try {
      return await db.transaction(async (tx) => {
        const inserted = await tx
          .insert(documents)
          .values({
            id,
            url: doc.meta.url,
            outlet: doc.meta.outlet,
            title: doc.meta.title,
            language: doc.meta.language,
            published: doc.meta.published,
            source,
            format: doc.meta.format ?? null,
            ingestedAt: doc.meta.ingestedAt ?? null,
            text: doc.text,
            raw: opts.raw ?? null,
            layers: doc.layers,
            messages: doc.messages,
          })
          .onConflictDoNothing()
          .returning({ id: documents.id });
        if (!inserted.length) {
          await tx.insert(ingestLog).values({ source, docId: id, status: 'duplicate' });
          return { status: 'duplicate' as const, id };
        }
        const ms = doc.layers.mentions ?? [];
        if (ms.length) await tx.insert(mentions).values(ms.map((m) => mentionRow(id, m)));
        const cs = doc.layers.claims ?? [];
        if (cs.length) await tx.insert(claims).values(cs.map((c, idx) => claimRow(id, idx, c)));
        await tx.insert(ingestLog).values({ source, docId: id, status: 'stored' });
        return { status: 'stored' as const, id };
      });
    } catch (e) {
      const message = errorText(e);
      if (opts.logFailure !== false) await logIngest({ source, docId: id, status: 'rejected', code: 'store-failed', message });
      return { status: 'rejected', id, code: 'store-failed', message };
    }
  }

  async function getDocument(id: string): Promise<Doc | null> {
    const [row] = await db.select().from(documents).where(eq(documents.id, id));
    if (!row) return null;
    const docMeta: DocMeta = {
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      url: row.url,
      language: row.language,
      published: row.published,
      source: row.source,
      ingestedAt: row.ingestedAt,
    };
    if (row.format !== null) docMeta.format = row.format;
    return { meta: docMeta, text: row.text, layers: row.layers, messages: row.messages };
  }

  async function listDocuments(page: Page = {}): Promise<DocSummary[]> {
    const mentionCount = sql<number>`(select count(*)::int from ${mentions} where ${mentions.docId} = ${documents.id})`;
    const claimCount = sql<number>`(select count(*)::int from ${claims} where ${claims.docId} = ${documents.id})`;
    const rows = await db
      .select({
        id: documents.id,
        title: documents.title,
        outlet: documents.outlet,
        url: documents.url,
        language: documents.language,
        published: documents.published,
        source: documents.source,
        ingestedAt: documents.ingestedAt,
        format: documents.format,
        mentions: mentionCount,
        claims: claimCount,
      })
      .from(documents)
      .orderBy(asc(documents.published), asc(documents.id))
      .limit(page.limit ?? 1_000_000)
      .offset(page.offset ?? 0);
    return rows.map(({ format, ...r }) => (format === null ? r : { ...r, format }));
  }

  /**
   * Mentions with their claims and document facts: of every document, of the given documents, or (`keys`, as
   * `doc:mention`) just the given mentions.
   */
  async function mentionsOf(docIds?: string[], keys?: string[]): Promise<StoredMention[]> {
    type Batch = { docs: string[] } | { pairs: [string, string][] } | null;
    const pairs = (keys ?? []).map(splitMentionKey);
    const batches: Batch[] = keys
      ? chunks(pairs, 500).map((b) => ({ pairs: b }))
      : docIds
        ? chunks([...new Set(docIds)], 500).map((b) => ({ docs: b }))
        : [null];
    const out: StoredMention[] = [];
    for (const batch of batches) {
      const where = (doc: typeof mentions.docId | typeof claims.docId, mention: typeof mentions.mentionId | typeof claims.mentionId) =>
        !batch ? undefined
          : 'docs' in batch ? inArray(doc, batch.docs)
            : tuplesIn([sql`${doc}`, sql`${mention}`], batch.pairs);
      const ms = await db
        .select({
          doc: mentions.docId,
          published: documents.published,
          outlet: documents.outlet,
          url: documents.url,
          mention: mentions.data,
        })
        .from(mentions)
        .innerJoin(documents, eq(mentions.docId, documents.id))
        .where(where(mentions.docId, mentions.mentionId))
        .orderBy(asc(documents.published), asc(mentions.docId), asc(mentions.start), asc(mentions.mentionId));
      const cs = await db
        .select({ doc: claims.docId, mention: claims.mentionId, data: claims.data })
        .from(claims)
        .where(where(claims.docId, claims.mentionId))
        .orderBy(asc(claims.docId), asc(claims.idx));
      const byMention = new Map<string, Claim[]>();
      for (const c of cs) {
        const key = `${c.doc}\u0000${c.mention}`;
        const list = byMention.get(key);
        if (list) list.push(c.data);
        else byMention.set(key, [c.data]);
      }
      for (const m of ms) out.push({ ...m, claims: byMention.get(`${m.doc}\u0000${m.mention.id}`) ?? [] });
    }
    return out;
  }

  async function ingestLogRows(page: Page = {}): Promise<IngestLogRow[]> {
    const rows = await db
      .select()
      .from(ingestLog)
      .orderBy(desc(ingestLog.id))
      .limit(page.limit ?? 1000)
      .offset(page.offset ?? 0);
    return rows.map((r) => ({ ...r, status: r.status as IngestStatus, at: r.at.toISOString() }));
  }

  async function counts(): Promise<Counts> {
    const tables: [keyof Counts, string][] = [
      ['documents', 'documents'], ['mentions', 'mentions'], ['claims', 'claims'],
      ['events', 'events'], ['eventHistory', 'event_history'], ['ingestLog', 'ingest_log'],
    ];
    const query = tables.map(([k, t]) => `(select count(*)::int from "${t}") as "${k}"`).join(', ');
    const [row] = await queryRows<Record<string, number>>(db, sql.raw(`select ${query}`));
    return Object.fromEntries(tables.map(([k]) => [k, Number(row[k])])) as unknown as Counts;
  }

  async function getMeta(key: string): Promise<string | null> {
    const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, key));
    return row?.value ?? null;
  }

  async function setMeta(key: string, value: string): Promise<void> {
    await db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
  }

  return {
    kind: conn.kind,
    location: conn.location,
    db,
    saveDocument,
    logIngest,
    ingestLog: ingestLogRows,
    getDocument,
    listDocuments,
    allMentions: () => mentionsOf(),
    mentionsOf,
    replaceEvents: (evs, links, history, opts) => replaceEvents(db, evs, links, history, opts),
    listEvents: (filter) => listEvents(db, filter),
    getEvent: (id) => getEvent(db, id),
    eventHistory: (id) => eventHistory(db, id),
    counts,
    schemaVersion: () => getMeta('schema_version'),
    getMeta,
    setMeta,
    withLock: conn.withLock,
    close: conn.close,
  };
}

function mentionRow(docId: string, m: Mention): typeof mentions.$inferInsert {
  return {
    docId,
    mentionId: m.id,
    event: m.event,
    mode: m.mode,
    modality: m.modality,
    start: m.start,
    end: m.end,
    text: m.text,
    data: m,
  };
}

function claimRow(docId: string, idx: number, c: Claim): typeof claims.$inferInsert {
  return {
    docId,
    idx,
    mentionId: c.mention,
    stance: c.stance,
    source: c.source,
    conveyedBy: c.conveyed_by,
    reportedBy: c.reported_by,
    hedges: c.hedges ?? [],
    start: c.start,
    end: c.end,
    data: c,
  };
}
