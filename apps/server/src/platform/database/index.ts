// The database: one interface, two adapters (embedded PGlite, or PostgreSQL through `pg`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle: queries take a `Db` so they run inside or outside transactions. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /**
   * Where searches run. On PostgreSQL, a small pool of its own whose statements time out
   * (SEARCH_STATEMENT_TIMEOUT_MS): a burst of searches waits for one of its few connections
   * instead of taking every connection and core from the rest of the platform. On PGlite, `db`.
   */
  searchDb: Db;
  /** Applies pending migrations; safe to call from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Searches running at once per app process, at most (PostgreSQL). */
export const SEARCH_CONNECTIONS = 3;
/** A search statement that runs longer than this is stopped (PostgreSQL). */
export const SEARCH_STATEMENT_TIMEOUT_MS = 3000;

/** Folder of the committed drizzle-kit migrations (same relative place from src/ and dist/). */
export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Number of migrations recorded as applied; 0 when none has run yet. */
export async function appliedMigrationCount(db: Queryable): Promise<number> {
  const [exists] = await selectRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (exists?.present !== true) return 0;
  const [count] = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return count?.n ?? 0;
}

/** Runs raw SQL and returns its rows; both adapters answer `{ rows }`. */
export async function selectRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}
