// What route handlers share: the store, and a queue so writes (ingest + re-resolve) never overlap.
import type { Store } from '../store/index.ts';

export interface ApiDeps {
  store: Store;
  /** Runs `fn` after every write queued before it: two uploads must not re-resolve the events at the same time. */
  serialWrite<T>(fn: () => Promise<T>): Promise<T>;
}

export function makeDeps(store: Store): ApiDeps {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    store,
    serialWrite<T>(fn: () => Promise<T>): Promise<T> {
      const run = tail.then(fn, fn);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
