// Runs the same store suite on embedded PGlite (in memory) and on PostgreSQL (a fresh schema, dropped afterwards).
import { randomBytes } from 'node:crypto';
import { openStore } from '../../src/store/index.ts';
import { storeSuite } from './suite.ts';

const PG_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgSchema = `sitrep_test_${process.pid}_${randomBytes(3).toString('hex')}`;

/** Why the PostgreSQL run is skipped, or false when a server answers. */
async function postgresSkipReason(): Promise<string | false> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch {
    return 'the "pg" package is not installed';
  }
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

async function dropSchema(): Promise<void> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${pgSchema}" cascade`);
  } finally {
    await client.end();
  }
}

storeSuite('PGlite', { open: () => openStore({ dbPath: 'memory://' }) });

storeSuite(
  'PostgreSQL',
  { open: () => openStore({ url: PG_URL, schema: pgSchema }), cleanup: dropSchema },
  await postgresSkipReason(),
);
