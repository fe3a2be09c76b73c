// PostgreSQL adapter through `pg`, for scaled-out deployments.
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database, Db } from './index.js';
import { migrationsFolder, SEARCH_CONNECTIONS, SEARCH_STATEMENT_TIMEOUT_MS } from './index.js';
import * as schema from './schema.js';

/** Serialises migrations when several app processes start against one database. */
const MIGRATION_LOCK_KEY = 7_344_211_001;

export function openPostgres(connectionString: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema }) as unknown as Db;
  const searchPool = new pg.Pool({
    connectionString,
    max: SEARCH_CONNECTIONS,
    statement_timeout: SEARCH_STATEMENT_TIMEOUT_MS,
  });
  searchPool.on('error', () => undefined);
  const searchDb = drizzle(searchPool, { schema }) as unknown as Db;
  let closed = false;
  return {
    kind: 'postgres',
    db,
    searchDb,
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrate(drizzle(client, { schema }), { migrationsFolder });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), searchPool.end()]);
    },
  };
}
