// Starts Consilium: validate configuration, build the app, seed demo data if due, listen, and
// shut down gracefully on SIGTERM/SIGINT.
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { seedIfDue } from './seed/seed.js';

/** How long in-flight requests may take to finish after a shutdown signal. */
const SHUTDOWN_GRACE_MS = 10_000;

const webDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function start(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { webDir });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Consilium cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const startedAt = Date.now();
  const app = await buildApp(config);
  await seedIfDue(app.database, config, app.log, new Date());

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      app.log.error('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => {
        app.log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      database: app.database.kind,
      jobWorkers: config.jobWorkers ? 'in-process' : 'off',
      ms: Date.now() - startedAt,
    },
    `Consilium is ready at ${config.publicUrl}`,
  );
}

await start();
