// Runs the same store suite on embedded PGlite (in memory) and on PostgreSQL (a fresh schema, dropped afterwards).
import { randomBytes } from 'node:crypto';
import { openStore } from '../../src/store/index.ts';
import { storeSuite } from './suite.ts';
import { dropSchemas, PG_URL, postgresSkipReason } from '../reliability/pg.ts';

const pgSchema = `sitrep_test_${process.pid}_${randomBytes(3).toString('hex')}`;

storeSuite('PGlite', { open: () => openStore({ dbPath: 'memory://' }) });

storeSuite(
  'PostgreSQL',
  { open: () => openStore({ url: PG_URL, schema: pgSchema }), cleanup: () => dropSchemas(pgSchema) },
  await postgresSkipReason(),
);
