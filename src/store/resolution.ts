// What a window resolution reads and marks: which documents are new, which stored mentions a window reaches, which
// events hold them. The rows of mention_index and resolved_docs are written by the resolution, never at ingest.
import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { IndexRow } from '../resolve/window.ts';
import { chunks, mentionKey, splitMentionKey, tuplesIn, type StoreDb } from './db.ts';
import { documents, eventMentions, events, mentionIndex, resolvedDocs } from './schema.ts';

export interface DocKey {
  id: string;
  published: string | null;
}

/** What a window asks of the index: per category, day ranges; and the categories whose tallies all take part. */
export interface IndexWindow {
  ranges: Map<string, [number, number][]>;
  tallyCategories: Set<string>;
  /** Categories of the window's founders. */
  categories: Set<string>;
  /** Stored intervals longer than this many days are read whatever the ranges. */
  wideDays: number;
}


/** Every document's id and publication date (the canonical order's key). */
export async function documentKeys(db: StoreDb): Promise<DocKey[]> {
  return db.select({ id: documents.id, published: documents.published }).from(documents);
}

/** Documents no resolution has taken into account yet. */
export async function pendingDocuments(db: StoreDb, limit?: number): Promise<DocKey[]> {
  const q = db
    .select({ id: documents.id, published: documents.published })
    .from(documents)
    .leftJoin(resolvedDocs, eq(resolvedDocs.docId, documents.id))
    .where(isNull(resolvedDocs.docId));
  return limit === undefined ? q : q.limit(limit);
}

/** Whether any document has been resolved (a store from before the index, or never resolved, has none). */
export async function anyResolved(db: StoreDb): Promise<boolean> {
  return (await db.select({ id: resolvedDocs.docId }).from(resolvedDocs).limit(1)).length > 0;
}

/** Records documents as resolved, with the index rows of their mentions (rows already there are kept). */
export async function markResolved(db: StoreDb, docIds: string[], rows: IndexRow[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const b of chunks(rows, 1000)) await tx.insert(mentionIndex).values(b.map((r) => ({ docId: r.doc, mentionId: r.mention, event: r.event, dayStart: r.dayStart, dayEnd: r.dayEnd, campaign: r.campaign }))).onConflictDoNothing();
    for (const b of chunks(docIds, 1000)) await tx.insert(resolvedDocs).values(b.map((docId) => ({ docId }))).onConflictDoNothing();
  });
}

/** Forgets every mark (the next resolution reads everything). */
export async function clearResolved(db: StoreDb): Promise<void> {
  await db.delete(resolvedDocs);
  await db.delete(mentionIndex);
}

/**
 * Index rows the window may reach (a superset; `reachableKeys` decides): in a category of the window, undated, wide or
 * in one of its day ranges; and the tallies of its tally categories.
 */
export async function windowRows(db: StoreDb, win: IndexWindow): Promise<IndexRow[]> {
  const out = new Map<string, IndexRow>();
  const add = async (where: SQL | undefined) => {
    for (const r of await db.select().from(mentionIndex).where(where)) {
      out.set(mentionKey(r.docId, r.mentionId), { doc: r.docId, mention: r.mentionId, event: r.event, dayStart: r.dayStart, dayEnd: r.dayEnd, campaign: r.campaign });
    }
  };
  const undated = isNull(mentionIndex.dayStart);
  const wide = or(undated, isNull(mentionIndex.dayEnd), sql`${mentionIndex.dayEnd} - ${mentionIndex.dayStart} > ${win.wideDays}`);
  for (const [cat, ranges] of win.ranges) {
    for (const b of chunks(ranges, 50)) {
      const inRange = b.map(([lo, hi]) => and(lte(mentionIndex.dayStart, hi), gte(mentionIndex.dayEnd, lo)));
      await add(and(eq(mentionIndex.event, cat), eq(mentionIndex.campaign, false), or(wide, ...inRange)));
    }
  }
  // undated founders look up the undated block of their category
  const rest = [...win.categories].filter((c) => !win.ranges.has(c));
  for (const b of chunks(rest)) await add(and(inArray(mentionIndex.event, b), eq(mentionIndex.campaign, false), undated));
  const tallies = [...win.tallyCategories];
  for (const b of chunks(tallies)) await add(and(inArray(mentionIndex.event, b), eq(mentionIndex.campaign, true)));
  return [...out.values()];
}

/** Event ids linked to these mentions (`doc:mention`). */
export async function eventsOfMentions(db: StoreDb, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const b of chunks(keys)) {
    const where = tuplesIn([sql`${eventMentions.docId}`, sql`${eventMentions.mentionId}`], b.map(splitMentionKey));
    for (const r of await db.select({ id: eventMentions.eventId }).from(eventMentions).where(where)) out.add(r.id);
  }
  return out;
}

/** Event ids linked to any mention of these documents. */
export async function eventsOfDocuments(db: StoreDb, docIds: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const b of chunks([...new Set(docIds)])) {
    for (const r of await db.selectDistinct({ id: eventMentions.eventId }).from(eventMentions).where(inArray(eventMentions.docId, b))) out.add(r.id);
  }
  return out;
}

/** Member mention keys of these events, in their records' order (founding mention first). */
export async function eventMembers(db: StoreDb, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const b of chunks([...new Set(ids)])) {
    for (const r of await db.select({ id: events.id, record: events.record }).from(events).where(inArray(events.id, b))) {
      out.set(r.id, r.record.mentions.map((m) => mentionKey(m.doc, m.mention)));
    }
  }
  return out;
}
