// A fresh, migrated database for one test file: PGlite from the template dump, or a PostgreSQL
// database copied from the template, dropped again when the file is done.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../platform/database/index.js';
import { openPglite } from '../platform/database/pglite.js';
import { openPostgres } from '../platform/database/postgres.js';
import { databaseUrlFor } from './database-url.js';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.CONSILIUM_TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'pglite') {
    const dump = await readFile(inject('pgliteTemplateFile'));
    return openPglite({ loadDataDir: new Blob([dump]) });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined) throw new Error('TEST_DATABASE_URL is not set');
  const name = `consilium_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Copies of one template made at the same moment can collide; retry briefly.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
        break;
      } catch (error) {
        if (attempt >= 30) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const database = openPostgres(databaseUrlFor(url, name), { max: 20 });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
