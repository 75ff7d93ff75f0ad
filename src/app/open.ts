import type { GlobalOpts } from '../cli/output.ts';
import { openStore, type Store } from '../store/index.ts';

/** Where the store lives: DATABASE_URL selects PostgreSQL; else --db, $SITREP_DB, or ./.sitrep/db. */
export function storeLocation(g: GlobalOpts, env = process.env): { url?: string; dbPath?: string } {
  if (env.DATABASE_URL && !g.db) return { url: env.DATABASE_URL };
  return { dbPath: g.db ?? env.SITREP_DB ?? './.sitrep/db' };
}

/** Opens the store, runs `fn`, and always closes it (an open PGlite keeps the process alive). */
export async function withStore<T>(g: GlobalOpts, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(g));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
