// Applies drizzle-kit's SQL migrations (drizzle/meta/_journal.json + NNNN_tag.sql) at open, the same way on PGlite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, type StoreDb } from './db.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATIONS_TABLE = '__sitrep_migrations';
/** Any 32-bit number: serialises concurrent openers of the same database while they migrate. */
const MIGRATION_LOCK = 0x517e9;

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

export interface Migration {
  tag: string;
  statements: string[];
}

/** Reads the migrations in journal order; statements are split on drizzle-kit's breakpoint marker. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((e) => ({
      tag: e.tag,
      statements: readFileSync(join(dir, `${e.tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        // drizzle-kit pins foreign keys to "public"; unpinned, the store lives in whatever schema search_path names.
        .map((s) => s.replaceAll('"public".', '').trim())
        .filter(Boolean),
    }));
}

/** Tags recorded as applied, or null before the first migration (no table yet). */
async function appliedTags(db: StoreDb): Promise<Set<string> | null> {
  try {
    return new Set((await queryRows<{ tag: string }>(db, sql.raw(`select tag from "${MIGRATIONS_TABLE}"`))).map((r) => r.tag));
  } catch {
    return null;
  }
}

/** Applies the migrations not yet recorded in __sitrep_migrations; returns the tags applied now. */
export async function migrate(db: StoreDb, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  // the common case, an up-to-date store, needs no lock or transaction (it cost ~10% of a CLI cold start)
  const recorded = await appliedTags(db);
  if (recorded && migrations.every((m) => recorded.has(m.tag))) return [];
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(
      sql.raw(`create table if not exists "${MIGRATIONS_TABLE}" (tag text primary key, applied_at timestamptz not null default now())`),
    );
    const done = await queryRows<{ tag: string }>(tx, sql.raw(`select tag from "${MIGRATIONS_TABLE}"`));
    const doneTags = new Set(done.map((r) => r.tag));
    for (const m of migrations) {
      if (doneTags.has(m.tag)) continue;
      for (const statement of m.statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into ${sql.identifier(MIGRATIONS_TABLE)} (tag) values (${m.tag})`);
      applied.push(m.tag);
    }
    const last = migrations.at(-1)?.tag;
    if (last && applied.length) {
      await tx.execute(
        sql`insert into meta (key, value) values ('schema_version', ${last}) on conflict (key) do update set value = excluded.value`,
      );
    }
  });
  return applied;
}
