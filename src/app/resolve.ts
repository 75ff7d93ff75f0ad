// Resolution over the store: re-resolves just the window new documents can reach, or everything when that is cheaper
// (or the store has never been indexed). Both give the same events and ids: test/resolve/window.test.ts checks it.
import type { DocMeta } from '../core/types.ts';
import { mentionKey, splitMentionKey } from '../core/ids.ts';
import type { ReplaceResult, Store, StoredMention } from '../store/index.ts';
import { anyResolved, clearResolved, documentKeys, eventMembers, eventsOfDocuments, eventsOfMentions, markResolved, pendingDocuments, windowRows, type DocKey } from '../store/resolution.ts';
import { beforeKey, docOrderKey, resolveEvents, type ResolveInput, type ResolveOutput } from '../resolve/resolve.ts';
import { indexRows, reachableKeys, WIDE_DAYS, windowOf } from '../resolve/window.ts';

/**
 * Bump when the resolver's clustering changes: stored events were made by the old rules, so the next resolution reads
 * everything instead of re-resolving a window against them.
 */
export const RESOLVER_VERSION = '2026-11-26.5';
const VERSION_KEY = 'resolver_version';
/** A window that would re-read more than this share of the documents resolves everything instead. */
const WINDOW_MAX_SHARE = 0.5;

export interface ResolveStats extends ReplaceResult {
  /** `window`: only the documents from the earliest new one on were re-clustered; `all`: every mention was read. */
  scope: 'all' | 'window';
  /** Documents whose mentions were read. */
  read: number;
}

/** A run that had nothing to do. */
export function nothingResolved(): ResolveStats {
  return { created: [], updated: [], unchanged: [], removed: [], scope: 'window', read: 0 };
}

/** Groups the store's mentions by document, in the resolver's input shape. */
export function resolveInputs(rows: StoredMention[]): ResolveInput[] {
  const byDoc = new Map<string, ResolveInput>();
  for (const r of rows) {
    let item = byDoc.get(r.doc);
    if (!item) {
      const meta: DocMeta = { id: r.doc, title: null, outlet: r.outlet, url: r.url, language: 'en', published: r.published, source: null };
      item = { doc: meta, mentions: [], claims: [] };
      byDoc.set(r.doc, item);
    }
    item.mentions.push(r.mention);
    item.claims.push(...r.claims);
  }
  return [...byDoc.values()];
}

async function write(store: Store, out: ResolveOutput, scope?: string[]): Promise<ReplaceResult> {
  const links = out.links.map((l) => ({ eventId: l.eventId, doc: l.docId, mention: l.mentionId }));
  const history = out.history.map((h) => ({ eventId: h.eventId, kind: h.kind, detail: { note: h.detail } }));
  return store.replaceEvents(out.events, links, history, { scope });
}

/** Re-resolves every stored mention into events, keeping the ids of events that still exist; indexes what it read. */
async function resolveAll(store: Store): Promise<ResolveStats> {
  const previous = new Map<string, string[]>();
  for (const e of await store.listEvents({ limit: 1_000_000 })) {
    previous.set(e.id, e.mentions.map((m) => mentionKey(m.doc, m.mention)));
  }
  // read before the mentions: a document stored in between is resolved now and again next time, never skipped
  const docs = await documentKeys(store.db);
  const input = resolveInputs(await store.allMentions());
  const result = await write(store, resolveEvents(input, previous));
  const pending = new Set((await pendingDocuments(store.db)).map((d) => d.id));
  const known = new Set(docs.map((d) => d.id));
  const fresh = input.filter((i) => pending.has(i.doc.id) && known.has(i.doc.id));
  await markResolved(store.db, docs.map((d) => d.id).filter((id) => pending.has(id)), indexRows(fresh));
  await store.setMeta(VERSION_KEY, RESOLVER_VERSION);
  return { ...result, scope: 'all', read: input.length };
}

/**
 * Re-resolves the documents from the earliest new one (in canonical order) on, against the stored events they can
 * reach. The clustering is greedy in that order, so the events of earlier documents are what they would be in a full
 * run; only the events the window's mentions can join are replayed. Returns null when a full run is the better deal.
 */
async function resolveWindow(store: Store, pending: DocKey[]): Promise<ResolveStats | null> {
  const { db } = store;
  const first = pending.map((d) => docOrderKey(d.published, d.id)).reduce((a, b) => (beforeKey(b, a) ? b : a));
  const all = await documentKeys(db);
  const suffixIds = all.filter((d) => !beforeKey(docOrderKey(d.published, d.id), first)).map((d) => d.id);
  if (suffixIds.length > all.length * WINDOW_MAX_SHARE) return null;
  const suffixSet = new Set(suffixIds);

  const suffix = resolveInputs(await store.mentionsOf(suffixIds));
  const win = windowOf(suffix);
  const rows = (await windowRows(db, { ...win, wideDays: WIDE_DAYS })).filter((r) => !suffixSet.has(r.doc));
  // the stored events the window reaches, and every event a window document was part of, whole
  const reached = await eventsOfMentions(db, [...reachableKeys(rows, win)]);
  for (const id of await eventsOfDocuments(db, suffixIds)) reached.add(id);
  const members = await eventMembers(db, [...reached]);
  const replay = new Set([...members.values()].flat());
  const docOf = (key: string) => splitMentionKey(key)[0];
  // only their mentions are read, not their whole documents; a document whose coreference chain runs through a
  // mention not read is read whole (the chain decides which mention an anaphor belongs to)
  const prefix = resolveInputs(await store.mentionsOf([], [...replay].filter((k) => !suffixSet.has(docOf(k)))));
  const broken = prefix.filter((i) => {
    const ids = new Set(i.mentions.map((m) => m.id));
    return i.mentions.some((m) => m.corefOf && !ids.has(m.corefOf));
  });
  const whole = new Map(resolveInputs(await store.mentionsOf(broken.map((i) => i.doc.id))).map((i) => [i.doc.id, i]));
  const loaded = prefix.map((i) => whole.get(i.doc.id) ?? i);

  const only = (key: string) => suffixSet.has(docOf(key)) || replay.has(key);
  const out = resolveEvents([...loaded, ...suffix], members, only);
  const result = await write(store, out, [...reached]);
  const pendingIds = pending.map((d) => d.id);
  const pendingSet = new Set(pendingIds);
  await markResolved(db, pendingIds, indexRows(suffix.filter((i) => pendingSet.has(i.doc.id))));
  return { ...result, scope: 'window', read: loaded.length + suffix.length };
}

/**
 * Brings the store's events up to date with its documents: a window resolution when documents were added since the
 * last run and the index is current, else (or with `full`) a resolution of everything.
 */
export async function resolveStore(store: Store, opts: { full?: boolean } = {}): Promise<ResolveStats> {
  const current = (await store.getMeta(VERSION_KEY)) === RESOLVER_VERSION && (await anyResolved(store.db));
  if (!opts.full && current) {
    const pending = await pendingDocuments(store.db);
    if (pending.length === 0) return nothingResolved();
    try {
      const r = await resolveWindow(store, pending);
      if (r) return r;
    } catch (e) {
      // a window that would overwrite an event it did not re-resolve: the full run below is always right
      if (!(e instanceof Error && e.message.includes('outside the replaced scope'))) throw e;
    }
  }
  if (!current) await clearResolved(store.db);
  return resolveAll(store);
}

/** Whether any document is waiting for resolution (or the index is out of date). */
export async function resolutionPending(store: Store): Promise<boolean> {
  if ((await store.getMeta(VERSION_KEY)) !== RESOLVER_VERSION) return (await store.counts()).documents > 0;
  return (await pendingDocuments(store.db, 1)).length > 0;
}
