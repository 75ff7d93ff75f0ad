// PostgreSQL for the reliability tests: a fresh schema per test file (store) plus one for pg-boss, dropped afterwards.
import { randomBytes } from 'node:crypto';

export const PG_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL tests are skipped, or false when a server answers. */
export async function postgresSkipReason(): Promise<string | false> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return false;
  } catch (e) {
    return `no PostgreSQL at ${PG_URL.replace(/:[^:@/]*@/, '@')}: ${(e as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface PgSandbox {
  /** The store's schema and the queue's schema. */
  schema: string;
  queueSchema: string;
  /** DATABASE_URL whose connections live in `schema` (as the CLI and workers get it). */
  url: string;
  /** Environment for a child process: DATABASE_URL and SITREP_QUEUE_SCHEMA set. */
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

async function sql(text: string): Promise<void> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Drops schemas (and everything in them) left by a test. */
export function dropSchemas(...names: string[]): Promise<void> {
  return sql(names.map((n) => `drop schema if exists "${n}" cascade`).join('; '));
}

export async function pgSandbox(tag: string): Promise<PgSandbox> {
  const schema = `sitrep_${tag}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const queueSchema = `${schema}_q`;
  await sql(`create schema "${schema}"`);
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    schema,
    queueSchema,
    url,
    env: { ...process.env, DATABASE_URL: url, SITREP_QUEUE_SCHEMA: queueSchema },
    drop: () => dropSchemas(schema, queueSchema),
  };
}
