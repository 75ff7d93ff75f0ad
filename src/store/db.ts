// Opens the database behind the store: embedded PGlite by default, PostgreSQL when a URL is given.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

export type StoreSchema = typeof schema;
/** What both drivers have in common: PgliteDatabase and NodePgDatabase both extend it. */
export type StoreDb = PgDatabase<PgQueryResultHKT, StoreSchema>;

/** Raw SQL through either driver; both answer with `{ rows }`. */
export async function queryRows<T>(db: Pick<StoreDb, 'execute'>, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as { rows: T[] }).rows;
}

/** `xs` in batches of `n` (parameter lists and IN lists stay bounded). */
export function chunks<T>(xs: T[], n = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export { mentionKey, splitMentionKey } from '../core/ids.ts';

/**
 * `(a, b, …) in (values (…), (…))`: rows of values matched against columns. (A list of row values stalled PGlite
 * for minutes at ~800 pairs; the VALUES form does not.)
 */
export function tuplesIn(columns: SQL[], rows: readonly (readonly unknown[])[]): SQL {
  const values = sql.join(rows.map((r) => sql`(${sql.join(r.map((v) => sql`${v}`), sql`, `)})`), sql`, `);
  return sql`(${sql.join(columns, sql`, `)}) in (values ${values})`;
}

export const MEMORY = 'memory://';
export const DEFAULT_DB_PATH = './.sitrep/db';

export interface OpenOptions {
  /** PGlite data directory; `memory://` for an in-memory database. Wins over DATABASE_URL when given. */
  dbPath?: string;
  /** PostgreSQL connection string (postgres://user@host:port/db). */
  url?: string;
  /** PostgreSQL only: the schema to live in (created when missing); default the server's search_path. */
  schema?: string;
  /** The drizzle-kit migrations folder (default drizzle/): tests of upgrades open a store at an older schema. */
  migrationsDir?: string;
  /** PostgreSQL only: connections in the pool (default 4); a worker wants one per concurrent job plus one. */
  poolSize?: number;
  /**
   * PostgreSQL only: `synchronous_commit = off` for this pool's sessions (a commit returns before its WAL is flushed;
   * ~35 % less time per stored report). Safe for queue workers: the job is completed in a later transaction, and
   * WAL is replayed in order, so a server crash that loses a document's commit loses its job's completion too and
   * the job runs again. Not for `sitrep ingest`, which tells the user "stored" with nothing to retry it.
   */
  asyncCommit?: boolean;
}

/** Runs `fn` holding a named lock; `wait: false` gives up at once when someone else holds it. */
export type WithLock = <T>(name: string, fn: () => Promise<T>, opts?: { wait?: boolean }) => Promise<{ acquired: true; value: T } | { acquired: false }>;

export interface Connection {
  kind: 'pglite' | 'postgres';
  /** Where the data is: the PGlite directory, `memory://`, or the URL without its password. */
  location: string;
  db: StoreDb;
  /** A PostgreSQL advisory lock (held by one pooled connection), or an in-process lock on PGlite. */
  withLock: WithLock;
  close(): Promise<void>;
}

/** Which database to open: explicit url, explicit dbPath, DATABASE_URL, SITREP_DB, then ./.sitrep/db. */
export function chooseTarget(opts: OpenOptions, env: NodeJS.ProcessEnv = process.env): { url: string } | { dbPath: string } {
  if (opts.url) return { url: opts.url };
  if (opts.dbPath) return { dbPath: opts.dbPath };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dbPath: env.SITREP_DB || DEFAULT_DB_PATH };
}

export async function connect(opts: OpenOptions = {}): Promise<Connection> {
  const target = chooseTarget(opts);
  return 'url' in target ? connectPostgres(target.url, opts.schema, opts.poolSize, opts.asyncCommit) : connectPglite(target.dbPath);
}

async function connectPglite(dbPath: string): Promise<Connection> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const location = dbPath === MEMORY ? MEMORY : resolve(dbPath);
  if (location !== MEMORY) mkdirSync(location, { recursive: true });
  const client = await PGlite.create(location === MEMORY ? undefined : location);
  const db = drizzle({ client, schema }) as unknown as StoreDb;
  return {
    kind: 'pglite',
    location,
    db,
    withLock: processLock(),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

const SAFE_SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** One PGlite database has one connection, used by one process: a promise chain per name is the lock. */
function processLock(): WithLock {
  const held = new Map<string, Promise<unknown>>();
  return async (name, fn, opts = {}) => {
    const busy = held.get(name);
    if (busy && opts.wait === false) return { acquired: false };
    const run = (busy ?? Promise.resolve()).catch(() => {}).then(fn);
    held.set(name, run);
    try {
      return { acquired: true, value: await run };
    } finally {
      if (held.get(name) === run) held.delete(name);
    }
  };
}

/** Arbitrary first key of every sitrep advisory lock; the second is a hash of schema and name, so schemas do not contend. */
const LOCK_CLASS = 0x5173;

function advisoryLock(pool: import('pg').Pool): WithLock {
  return async (name, fn, opts = {}) => {
    const client = await pool.connect();
    const key = [LOCK_CLASS, `${name}`];
    let acquired = false;
    try {
      if (opts.wait === false) {
        const r = await client.query('select pg_try_advisory_lock($1, hashtext(current_schema() || $2)) as ok', key);
        acquired = r.rows[0].ok === true;
        if (!acquired) return { acquired: false };
      } else {
        await client.query('select pg_advisory_lock($1, hashtext(current_schema() || $2))', key);
        acquired = true;
      }
      return { acquired: true, value: await fn() };
    } finally {
      // a dead connection drops its locks with it; then the client is discarded, not reused
      let broken: Error | undefined;
      if (acquired) {
        await client.query('select pg_advisory_unlock($1, hashtext(current_schema() || $2))', key).catch((e: Error) => (broken = e));
      }
      client.release(broken);
    }
  };
}

async function connectPostgres(url: string, pgSchema?: string, poolSize = 4, asyncCommit = false): Promise<Connection> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch {
    throw new Error('PostgreSQL needs the "pg" package: npm install pg (or unset DATABASE_URL to use the embedded store)');
  }
  const { drizzle } = await import('drizzle-orm/node-postgres');
  if (pgSchema !== undefined && !SAFE_SCHEMA.test(pgSchema)) throw new Error(`invalid schema name: ${pgSchema}`);
  if (pgSchema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists "${pgSchema}"`);
    } finally {
      await admin.end();
    }
  }
  // search_path per connection so every pooled client (and transaction) sees the same schema.
  // node-postgres lets the URL's own ?options=… win over the `options` setting: both are merged here, the URL's first.
  let connectionString = url;
  const settings: string[] = [];
  if (URL.canParse(url)) {
    const u = new URL(url);
    const own = u.searchParams.get('options');
    if (own) {
      settings.push(own);
      u.searchParams.delete('options');
      connectionString = u.toString();
    }
  }
  if (pgSchema) settings.push(`-c search_path=${pgSchema}`);
  if (asyncCommit) settings.push('-c synchronous_commit=off');
  const pool = new pg.Pool({ connectionString, max: poolSize, ...(settings.length ? { options: settings.join(' ') } : {}) });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  const db = drizzle({ client: pool, schema }) as unknown as StoreDb;
  let closed = false;
  return {
    kind: 'postgres',
    location: url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1@'),
    db,
    withLock: advisoryLock(pool),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
