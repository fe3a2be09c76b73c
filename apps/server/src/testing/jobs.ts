// Background jobs in tests: a Jobs instance on a test database, moving a scheduled job's time
// forward instead of waiting for it, and waiting for what a job does instead of sleeping.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import type { Database } from '../platform/database/index.js';
import { openPglite } from '../platform/database/pglite.js';
import { openPostgres } from '../platform/database/postgres.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { JOBS_SCHEMA, openJobs } from '../platform/jobs/pg-boss-jobs.js';
import { openTestDatabase, testDatabaseKind } from './test-database.js';

/** A started Jobs instance that polls often, so due jobs are picked up quickly. */
export async function startTestJobs(database: Database): Promise<Jobs> {
  const jobs = openJobs(database, {
    log: pino({ level: 'silent' }),
    pollingIntervalSeconds: 0.5,
  });
  await jobs.start();
  return jobs;
}

/** A test database that can be closed and opened again with its data, as across a restart. */
export interface ReopenableDatabase {
  open(): Promise<Database>;
  /** Deletes the data; the last database opened must be closed first. */
  dispose(): Promise<void>;
}

/** PGlite in a folder (not in memory), or a second pool onto a PostgreSQL test database. */
export async function aReopenableTestDatabase(): Promise<ReopenableDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'consilium-restart-'));
    let template: Blob | undefined = new Blob([await readFile(inject('pgliteTemplateFile'))]);
    return {
      async open() {
        const database = await openPglite({ dataDir, loadDataDir: template });
        template = undefined;
        return database;
      },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const owner = await openTestDatabase();
  const url = databaseUrlOf(owner);
  return {
    open: () => Promise.resolve(openPostgres(url)),
    dispose: () => owner.close(),
  };
}

/** The URL of a PostgreSQL test database, for another process or pool to connect to. */
export function databaseUrlOf(database: Database): string {
  const { connectionString } = (database.db as unknown as { $client: pg.Pool }).$client.options;
  if (database.kind !== 'postgres' || connectionString === undefined)
    throw new Error('only a PostgreSQL test database has a URL');
  return connectionString;
}

/** Makes a job scheduled for later (or waiting to retry) due now, as if its time had come. */
export async function makeDue(database: Database, jobId: string): Promise<void> {
  await database.db.execute(
    sql`update ${sql.identifier(JOBS_SCHEMA)}.job set start_after = now() where id = ${jobId}`,
  );
}

/** Polls until `check` returns a value other than undefined; fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  what: string,
  ms = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A promise with its resolve function outside, for handlers that tell a test they ran. */
export function signal<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
