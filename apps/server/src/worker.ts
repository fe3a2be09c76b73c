// `npm run worker`: runs background jobs on their own, beside HTTP processes started with
// JOBS_WORKERS=off. Same configuration as the server; needs DATABASE_URL (PostgreSQL). Stops
// gracefully on SIGTERM/SIGINT: running jobs finish, then the database closes.
import { pino } from 'pino';
import { workAllJobs } from './background-jobs.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { openDatabase } from './platform/database/open.js';
import { openJobs } from './platform/jobs/pg-boss-jobs.js';
import { REDACTED_PATHS } from './platform/logging.js';
import { outboxMailer, smtpMailer } from './platform/mail/mailer.js';

/** How long running jobs may take to finish after a shutdown signal. */
const SHUTDOWN_GRACE_MS = 10_000;

function refuse(message: string): never {
  process.stderr.write(`The Consilium worker cannot start.\n${message}\n`);
  process.exit(1);
}

async function start(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) refuse(error.message);
    throw error;
  }
  if (config.databaseUrl === undefined)
    refuse(
      'DATABASE_URL: is required. The embedded database belongs to the server process, which runs the jobs itself.',
    );
  const log = pino({
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  });
  const database = await openDatabase(config);
  await database.migrate();
  const mailer =
    config.smtpUrl === undefined
      ? outboxMailer(database.db, log)
      : smtpMailer(config.smtpUrl, config.mailFrom);
  const jobs = openJobs(database, { log, stopTimeoutMs: SHUTDOWN_GRACE_MS - 2000 });
  await jobs.start();
  await workAllJobs(jobs, { database, mailer, publicUrl: config.publicUrl });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing running jobs');
    setTimeout(() => {
      log.error('running jobs did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    (async () => {
      await jobs.stop();
      mailer.close();
      await database.close();
    })().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  log.info({ database: database.kind }, 'Consilium worker is running jobs');
}

await start();
