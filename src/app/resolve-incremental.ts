// Resolution that many writers may ask for at once: serialised by a lock, skipped when no document arrived since the last run.
import type { ReplaceResult, Store } from '../store/index.ts';
import { documents } from '../store/schema.ts';
import { count } from 'drizzle-orm';
import { resolveStore } from './resolve.ts';

export const RESOLVE_LOCK = 'resolve';
/** meta key: how many documents the last resolution saw. Documents are only ever added, so a higher count means news. */
export const RESOLVED_MARK = 'resolved_documents';

export type ResolveRun =
  | { ran: true; result: ReplaceResult; documents: number; ms: number }
  | { ran: false; reason: 'busy' | 'fresh' };

export async function documentCount(store: Store): Promise<number> {
  const [row] = await store.db.select({ n: count() }).from(documents);
  return Number(row?.n ?? 0);
}

/** Whether documents arrived since the last resolution. */
export async function isResolutionStale(store: Store): Promise<boolean> {
  return (await documentCount(store)) !== Number((await store.getMeta(RESOLVED_MARK)) ?? -1);
}

/**
 * Re-resolves the store's events under the resolve lock unless nothing arrived since the last run.
 * `wait: false` returns `busy` at once when another process is resolving; `force` resolves even when fresh.
 */
export async function resolveIfStale(store: Store, opts: { wait?: boolean; force?: boolean } = {}): Promise<ResolveRun> {
  const r = await store.withLock(
    RESOLVE_LOCK,
    async (): Promise<ResolveRun> => {
      // counted before the mentions are read: a document committed later raises the count and triggers the next run
      const n = await documentCount(store);
      if (!opts.force && n === Number((await store.getMeta(RESOLVED_MARK)) ?? -1)) return { ran: false, reason: 'fresh' };
      const started = performance.now();
      const result = await resolveStore(store);
      await store.setMeta(RESOLVED_MARK, String(n));
      return { ran: true, result, documents: n, ms: Math.round(performance.now() - started) };
    },
    { wait: opts.wait ?? true },
  );
  return r.acquired ? r.value : { ran: false, reason: 'busy' };
}

/** Resolves now, waiting for any other resolution to finish first (what a one-off `sitrep ingest` wants). */
export async function resolveLocked(store: Store): Promise<ReplaceResult> {
  const r = await resolveIfStale(store, { wait: true, force: true });
  if (!r.ran) throw new Error('resolution did not run'); // unreachable: wait + force always run
  return r.result;
}
