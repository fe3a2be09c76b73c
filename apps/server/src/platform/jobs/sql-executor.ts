// pg-boss's way into our database: the `db.executeSql(text, values)` adapter it accepts instead of
// a connection of its own, onto the app's PGlite instance or `pg` pool.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from '../database/index.js';

export interface QueryResult {
  rows: unknown[];
}

export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<QueryResult>;
  /** Runs `work` while no other process on the database runs its own (PostgreSQL: a lock). */
  alone<T>(work: () => Promise<T>): Promise<T>;
}

/** Serialises pg-boss's schema and queue creation across processes sharing a database. */
const SETUP_LOCK_KEY = 7_344_211_002;

/** How pg-boss sends its multi-statement commands (schema, migrations, maintenance): its `locked` plans. */
const EXPLICIT_TRANSACTION = /^\s*BEGIN;([\s\S]*);\s*COMMIT;?\s*$/;

/**
 * PGlite runs one statement per `query` (extended protocol): SQL without parameters, which may
 * hold several statements, goes through `exec`. PGlite is a single session, so a `BEGIN; …;
 * COMMIT;` that failed half-way would leave every later query of the app in an aborted
 * transaction: such commands run inside PGlite's own `transaction`, which rolls back on error
 * and keeps other queries out until it ends.
 */
function pgliteExecutor(client: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values !== undefined && values.length > 0) return client.query(text, values);
      const body = EXPLICIT_TRANSACTION.exec(text)?.[1];
      const results =
        body === undefined
          ? await client.exec(text)
          : await client.transaction((tx) => tx.exec(body));
      return results.at(-1) ?? { rows: [] };
    },
    // One process owns an embedded database.
    alone: (work) => work(),
  };
}

/**
 * On PostgreSQL the app's pool; a connection whose command failed is discarded, not reused.
 * pg-boss creates its schema under a transaction-level advisory lock, yet of two processes
 * starting at once on a new database the second still fails on a duplicate schema, and two
 * creating one queue at once deadlock: processes set up one after the other, under a session
 * lock held on a connection apart.
 */
function postgresExecutor(pool: pg.Pool): SqlExecutor {
  return {
    async executeSql(text, values) {
      return pool.query(text, values);
    },
    async alone(work) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
        try {
          return await work();
        } finally {
          await client.query('select pg_advisory_unlock($1)', [SETUP_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
  };
}

export function sqlExecutor(database: Database): SqlExecutor {
  const client = (database.db as unknown as { $client: PGlite | pg.Pool }).$client;
  return database.kind === 'pglite'
    ? pgliteExecutor(client as PGlite)
    : postgresExecutor(client as pg.Pool);
}
