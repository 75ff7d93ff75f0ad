// The PostgreSQL store and queue that `sitrep worker` and `sitrep ingest --queue` share.
import { storeLocation } from '../app/open.ts';
import { openStore, type Store } from '../store/index.ts';
import { openQueue, type Queue, type QueueOptions } from '../store/queue.ts';
import { CliError, type GlobalOpts } from './output.ts';

/** Opens store and queue on DATABASE_URL, runs `fn`, closes both; a clear error when the store is embedded. */
export async function withQueue<T>(
  g: GlobalOpts,
  what: string,
  opts: Omit<QueueOptions, 'url'> & { poolSize?: number; asyncCommit?: boolean },
  fn: (store: Store, queue: Queue) => Promise<T>,
): Promise<T> {
  const { url } = storeLocation(g);
  if (!url) {
    throw new CliError(
      `${what} needs PostgreSQL: set DATABASE_URL=postgres://user@host:5432/db (and leave out --db); ` +
        'the embedded store has no job queue — use plain `sitrep ingest` instead',
      2,
    );
  }
  const store = await openStore({ url, poolSize: opts.poolSize, asyncCommit: opts.asyncCommit });
  let queue: Queue;
  try {
    queue = await openQueue({ ...opts, url });
  } catch (e) {
    await store.close();
    throw new CliError(`cannot open the job queue: ${(e as Error).message}`, 1);
  }
  try {
    return await fn(store, queue);
  } finally {
    await queue.close().catch(() => {});
    await store.close();
  }
}
