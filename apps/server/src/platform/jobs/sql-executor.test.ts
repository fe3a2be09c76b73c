// pg-boss's statements on our database: its multi-statement commands run, and one that fails
// half-way leaves the app's database usable (PGlite is one session: a transaction left aborted
// there would fail every later query of the app).
import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../testing/test-database.js';
import type { Database } from '../database/index.js';
import { selectRows } from '../database/index.js';
import { sqlExecutor } from './sql-executor.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

describe("pg-boss's statements on the app's database", () => {
  it('runs single statements with and without parameters, and answers their rows', async () => {
    const executor = sqlExecutor(database);
    expect((await executor.executeSql('select 1 as n')).rows).toEqual([{ n: 1 }]);
    expect((await executor.executeSql('select $1::int + 1 as n', [41])).rows).toEqual([{ n: 42 }]);
  });

  it('runs a multi-statement command, and one that fails half-way leaves the session usable', async () => {
    const executor = sqlExecutor(database);
    // pg-boss's own schema creation: BEGIN; an advisory lock; a dozen statements; COMMIT.
    const create = PgBoss.getConstructionPlans('pgboss_probe');
    await executor.executeSql(create);
    await expect(executor.executeSql(create)).rejects.toThrow(/already exists/);

    const [row] = await selectRows<{ tables: number }>(
      database.db,
      sql`select count(*)::int as tables from pg_tables where schemaname = 'pgboss_probe'`,
    );
    expect(row?.tables).toBeGreaterThan(0);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
  });
});
