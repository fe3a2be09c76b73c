// `npm run worker` beside an app whose HTTP process runs no jobs (JOBS_WORKERS=off): the worker
// runs what the app sends, through the shared PostgreSQL database, and stops gracefully.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { outcomeReminderTime, scheduleOutcomeReminder } from './outcomes/reminders.js';
import type { Database } from './platform/database/index.js';
import { cases } from './platform/database/schema.js';
import { databaseUrlOf, eventually, makeDue } from './testing/jobs.js';
import { openTestDatabase, testDatabaseKind } from './testing/test-database.js';
import { aCase, aMember, lastMailTo, TEST_SESSION_SECRET, testConfig } from './testing/test-app.js';
import type { WorkerProcess } from './testing/worker-process.js';
import { startWorkerProcess } from './testing/worker-process.js';

const PUBLIC_URL = 'https://consilium.example.org';

function workerEnv(extra: Record<string, string> = {}) {
  return {
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'consilium-worker-')),
    SESSION_SECRET: TEST_SESSION_SECRET,
    PUBLIC_URL,
    ...extra,
  };
}

describe('the worker process', () => {
  it('refuses to start on the embedded database, which belongs to the server process', async () => {
    await expect(startWorkerProcess(workerEnv())).rejects.toThrow(/DATABASE_URL: is required/);
  }, 60_000);

  describe.skipIf(testDatabaseKind() !== 'postgres')('beside an app that runs no jobs', () => {
    let database: Database;
    let app: FastifyInstance;
    let worker: WorkerProcess;

    beforeAll(async () => {
      database = await openTestDatabase();
      const url = databaseUrlOf(database);
      const config = testConfig({ JOBS_WORKERS: 'off', DATABASE_URL: url, PUBLIC_URL });
      app = await buildApp(config, { database, signInDelayUnitMs: 0 });
      await app.ready();
      worker = await startWorkerProcess(workerEnv({ DATABASE_URL: url }));
    }, 90_000);

    afterAll(async () => {
      await worker.stop();
      await app.close();
      await database.close();
    });

    it('runs a reminder the app scheduled, then stops gracefully on SIGTERM', async () => {
      const owner = await aMember(app);
      const posted = await aCase(owner);
      await database.db.update(cases).set({ status: 'closed' }).where(eq(cases.id, posted.id));
      const id = await scheduleOutcomeReminder(
        app.jobs,
        { caseId: posted.id, ownerId: owner.profile.id },
        outcomeReminderTime(new Date(), 42),
      );
      await makeDue(database, id);

      // No SMTP_URL: the worker keeps the e-mail in the outbox table, as the server would.
      const mail = await eventually(async () => {
        const newest = await lastMailTo(app, owner.email);
        return newest?.subject === 'Was the diagnosis confirmed?' ? newest : undefined;
      }, 'the reminder in the outbox');
      expect(mail.text).toContain(`${PUBLIC_URL}/cases/${posted.id}`);
      await worker.waitForLine(/outcome reminder sent/, 10_000);

      expect(await worker.stop()).toBe(0);
      expect(worker.output.text).toContain('"msg":"stopped"');
    }, 60_000);
  });
});
