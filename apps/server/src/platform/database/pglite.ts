// Embedded PostgreSQL (PGlite) adapter: file-backed under DATA_DIR, or in memory for tests.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database, Db } from './index.js';
import { migrationsFolder } from './index.js';
import * as schema from './schema.js';

export interface PgliteOptions {
  /** Folder of the database files; omitted for an in-memory database. */
  dataDir?: string | undefined;
  /** A dumped data directory (from `dumpDataDir`) to start from, e.g. a migrated template. */
  loadDataDir?: Blob | File | undefined;
}

export async function openPglite(options: PgliteOptions): Promise<Database> {
  const client = await PGlite.create({
    extensions: { pg_trgm },
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    searchDb: db,
    async migrate() {
      await migrate(drizzle(client, { schema }), { migrationsFolder });
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}
