// Jobs on pg-boss, kept in the `pgboss` schema of the app's own database (PGlite or PostgreSQL):
// a job is a row, so it survives restarts and any process on the database may run it.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database } from '../database/index.js';
import { InFlight } from './in-flight.js';
import type { JobHandler, Jobs, JobView, QueueDefinition, SendOptions } from './jobs.js';
import { sqlExecutor } from './sql-executor.js';

/** pg-boss's tables live here, apart from the app's (and outside its migrations). */
export const JOBS_SCHEMA = 'pgboss';

export interface JobsOptions {
  log: FastifyBaseLogger;
  /**
   * Expire jobs that outran their time, archive finished ones, drop old archives (every two
   * minutes, one process at a time). Wanted where workers run.
   */
  maintenance?: boolean;
  /** How often an idle worker looks for due jobs (at least 0.5). */
  pollingIntervalSeconds?: number;
  /** How long `stop` lets running handlers finish before failing their jobs (to be retried). */
  stopTimeoutMs?: number;
}

const DEFAULT_STOP_TIMEOUT_MS = 8000;
/** Replacing a key's waiting job races other senders of that key; this many rounds at most. */
const REPLACE_ATTEMPTS = 3;

function checkKey(queue: QueueDefinition<unknown>, key: string | undefined): void {
  if (queue.keyed && key === undefined)
    throw new Error(`jobs: queue "${queue.name}" is keyed; send with a singletonKey`);
  if (!queue.keyed && key !== undefined)
    throw new Error(`jobs: queue "${queue.name}" is not keyed; it takes no singletonKey`);
}

function queueSettings(queue: QueueDefinition<unknown>): PgBoss.Queue {
  return {
    name: queue.name,
    // "short": the database holds at most one waiting (created) job per key.
    policy: queue.keyed ? 'short' : 'standard',
    retryLimit: queue.retryLimit,
    retryDelay: queue.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: queue.expireInSeconds,
  };
}

export function openJobs(database: Database, options: JobsOptions): Jobs {
  const { log } = options;
  const inFlight = new InFlight();
  const executor = sqlExecutor(database);
  // Every statement pg-boss runs is counted, so `stop` can wait for its last writes.
  const db = {
    executeSql: (text: string, values?: unknown[]) =>
      inFlight.run(() => executor.executeSql(text, values)),
  };
  const boss = new PgBoss({
    db,
    schema: JOBS_SCHEMA,
    migrate: true,
    supervise: options.maintenance ?? true,
    // No cron schedules: delayed jobs carry their own start time.
    schedule: false,
  });
  boss.on('error', (error) => {
    log.error({ err: error }, 'background jobs: pg-boss reported an error');
  });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
  const queues = new Map<string, Promise<void>>();
  const workers = new Map<string, string>();
  let state: 'new' | 'started' | 'stopped' = 'new';

  function requireStarted(): void {
    if (state === 'new') throw new Error('jobs: call start() first');
    if (state === 'stopped') throw new Error('jobs: stopped');
  }

  /**
   * Creates the queue once per process, and brings its retry settings up to date. Processes do
   * it one at a time: two creating a queue at once deadlock on its new partition.
   */
  function ensureQueue(queue: QueueDefinition<unknown>): Promise<void> {
    let ready = queues.get(queue.name);
    if (ready === undefined) {
      const settings = queueSettings(queue);
      ready = executor.alone(async () => {
        await boss.createQueue(queue.name, settings);
        await boss.updateQueue(queue.name, settings);
      });
      queues.set(queue.name, ready);
      ready.catch(() => queues.delete(queue.name));
    }
    return ready;
  }

  /** Cancels the key's jobs that wait (created, or failed and waiting to retry); not running ones. */
  async function cancelWaiting(name: string, key: string): Promise<boolean> {
    const result = await db.executeSql(
      `UPDATE ${JOBS_SCHEMA}.job SET state = 'cancelled', completed_on = now()
       WHERE name = $1 AND singleton_key = $2 AND state < 'active'
       RETURNING id`,
      [name, key],
    );
    return result.rows.length > 0;
  }

  async function runJob<T>(
    queue: QueueDefinition<T>,
    handler: JobHandler<T>,
    job: PgBoss.JobWithMetadata<unknown>,
  ): Promise<void> {
    const jobLog = log.child({ jobId: job.id, queue: queue.name, retryCount: job.retryCount });
    try {
      const data = queue.schema.parse(job.data);
      await handler(data, {
        id: job.id,
        queue: queue.name,
        retryCount: job.retryCount,
        now: new Date(),
        log: jobLog,
      });
    } catch (error) {
      jobLog.warn(
        { err: error },
        job.retryCount < job.retryLimit
          ? 'a background job failed; it will be retried'
          : 'a background job failed for the last time',
      );
      throw error;
    }
  }

  return {
    async send<T>(queue: QueueDefinition<T>, data: T, sendOptions: SendOptions = {}) {
      requireStarted();
      const key = sendOptions.singletonKey;
      checkKey(queue, key);
      const parsed = queue.schema.parse(data) as object;
      await ensureQueue(queue);
      for (let attempt = 1; attempt <= REPLACE_ATTEMPTS; attempt += 1) {
        if (key !== undefined) await cancelWaiting(queue.name, key);
        const id = await boss.send(queue.name, parsed, {
          ...(sendOptions.startAfter === undefined ? {} : { startAfter: sendOptions.startAfter }),
          ...(key === undefined ? {} : { singletonKey: key }),
        });
        if (id !== null) {
          const worker = workers.get(queue.name);
          const isDue = (sendOptions.startAfter?.getTime() ?? 0) <= Date.now();
          if (worker !== undefined && isDue) boss.notifyWorker(worker);
          return id;
        }
      }
      throw new Error(`jobs: other jobs of key "${String(key)}" kept taking this one's place`);
    },

    async cancel<T>(queue: QueueDefinition<T>, singletonKey: string) {
      requireStarted();
      checkKey(queue, singletonKey);
      await ensureQueue(queue);
      return cancelWaiting(queue.name, singletonKey);
    },

    async work<T>(queue: QueueDefinition<T>, handler: JobHandler<T>) {
      requireStarted();
      if (workers.has(queue.name))
        throw new Error(`jobs: queue "${queue.name}" already has a handler in this process`);
      await ensureQueue(queue);
      const id = await boss.work<unknown>(
        queue.name,
        { pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
        async (fetched) => {
          for (const job of fetched) await inFlight.run(() => runJob(queue, handler, job));
        },
      );
      workers.set(queue.name, id);
    },

    async getJob<T>(queue: QueueDefinition<T>, id: string): Promise<JobView | undefined> {
      requireStarted();
      const job = await boss.getJobById<unknown>(queue.name, id, { includeArchive: true });
      if (job === null) return undefined;
      return {
        id: job.id,
        state: job.state,
        retryCount: job.retryCount,
        startAfter: job.startAfter,
        singletonKey: job.singletonKey,
      };
    },

    async start() {
      if (state !== 'new') throw new Error('jobs: start() may be called once');
      await executor.alone(() => boss.start());
      state = 'started';
    },

    async stop() {
      if (state !== 'started') {
        state = 'stopped';
        return;
      }
      state = 'stopped';
      await boss.stop({ graceful: true, timeout: stopTimeoutMs, close: false });
      // A handler that ignored the timeout is not waited for longer than the timeout again.
      const abandon = new AbortController();
      const gaveUp = await Promise.race([
        inFlight.idle().then(() => false),
        sleep(stopTimeoutMs, true, { signal: abandon.signal }).catch(() => false),
      ]);
      abandon.abort();
      if (gaveUp) log.warn('background jobs: a handler was still running when jobs stopped');
    },
  };
}
