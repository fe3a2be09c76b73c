// The app's background jobs: every feature's job handlers in one list, run by the server process
// (unless JOBS_WORKERS=off) and by `npm run worker`.
import type { FastifyInstance } from 'fastify';
import { workOutcomeReminders } from './outcomes/reminders.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/database/index.js';
import type { Jobs } from './platform/jobs/jobs.js';
import { openJobs } from './platform/jobs/pg-boss-jobs.js';
import type { Mailer } from './platform/mail/mailer.js';

export interface JobWorkerDeps {
  database: Database;
  mailer: Mailer;
  /** Base of the links in e-mails, e.g. https://consilium.example.org. */
  publicUrl: string;
}

/** Runs the handlers of every queue in this process. */
export async function workAllJobs(jobs: Jobs, deps: JobWorkerDeps): Promise<void> {
  await workOutcomeReminders(jobs, deps);
}

/**
 * Opens and starts the app's jobs on its database; with JOBS_WORKERS=on (the default) this
 * process runs their handlers too. They stop when the app closes, before the mailer and the
 * database: Fastify runs close hooks last-added first, and theirs were added earlier.
 */
export async function startAppJobs(
  app: FastifyInstance,
  config: Config,
  deps: { database: Database; mailer: Mailer },
): Promise<Jobs> {
  const jobs = openJobs(deps.database, { log: app.log, maintenance: config.jobWorkers });
  await jobs.start();
  app.addHook('onClose', async () => {
    await jobs.stop();
  });
  if (config.jobWorkers) await workAllJobs(jobs, { ...deps, publicUrl: config.publicUrl });
  return jobs;
}
