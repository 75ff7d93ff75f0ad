// Resolution that many writers may ask for at once: serialised by a lock, skipped when no document arrived since the last run.
import type { Store } from '../store/index.ts';
import { nothingResolved, resolutionPending, resolveStore, type ResolveStats } from './resolve.ts';

export const RESOLVE_LOCK = 'resolve';

export type ResolveRun =
  | { ran: true; result: ResolveStats; ms: number }
  | { ran: false; reason: 'busy' | 'fresh' };

/**
 * Resolves the store's new documents under the resolve lock unless nothing arrived since the last run (a window
 * resolution: src/app/resolve.ts). `wait: false` returns `busy` at once when another process is resolving; `full`
 * re-resolves everything, even when nothing is new.
 */
export async function resolveIfStale(store: Store, opts: { wait?: boolean; full?: boolean } = {}): Promise<ResolveRun> {
  const r = await store.withLock(
    RESOLVE_LOCK,
    async (): Promise<ResolveRun> => {
      if (!opts.full && !(await resolutionPending(store))) return { ran: false, reason: 'fresh' };
      const started = performance.now();
      const result = await resolveStore(store, { full: opts.full });
      return { ran: true, result, ms: Math.round(performance.now() - started) };
    },
    { wait: opts.wait ?? true },
  );
  return r.acquired ? r.value : { ran: false, reason: 'busy' };
}

/** Resolves now, waiting for any other resolution to finish first (what a one-off `sitrep ingest` wants). */
export async function resolveLocked(store: Store): Promise<ResolveStats> {
  const r = await resolveIfStale(store, { wait: true });
  return r.ran ? r.result : nothingResolved();
}
