// Background jobs on pg-boss against the run's real database (PGlite; PostgreSQL too when
// TEST_DATABASE_URL is set): typed data, retries with backoff, jobs that outlive a restart, keys.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../database/index.js';
import { selectRows } from '../database/index.js';
import type { ReopenableDatabase } from '../../testing/jobs.js';
import {
  aReopenableTestDatabase,
  eventually,
  makeDue,
  signal,
  startTestJobs,
} from '../../testing/jobs.js';
import { openTestDatabase } from '../../testing/test-database.js';
import type { JobContext, Jobs, JobState, QueueDefinition } from './jobs.js';
import { defineQueue } from './jobs.js';
import { openJobs } from './pg-boss-jobs.js';

const silent = pino({ level: 'silent' });

const DAY_MS = 24 * 60 * 60 * 1000;

const greetingSchema = z.object({ memberId: z.uuid(), text: z.string().min(1) });

// Tests share a database: each test has queues of its own.
let sequence = 0;

function greetingQueue() {
  sequence += 1;
  return defineQueue({
    name: `test-greeting-${sequence}`,
    schema: greetingSchema,
    retryLimit: 2,
    retryDelaySeconds: 600,
  });
}

function reminderQueue() {
  sequence += 1;
  return defineQueue({
    name: `test-reminder-${sequence}`,
    schema: z.object({ caseId: z.uuid() }),
    keyed: true,
  });
}

function aGreeting() {
  return { memberId: randomUUID(), text: 'Welcome to Consilium' };
}

async function stateOf<T>(jobs: Jobs, queue: QueueDefinition<T>, id: string) {
  return (await jobs.getJob(queue, id))?.state;
}

function reaches<T>(jobs: Jobs, queue: QueueDefinition<T>, id: string, state: JobState) {
  return eventually(
    async () => ((await stateOf(jobs, queue, id)) === state ? true : undefined),
    `job ${id} to be ${state}`,
  );
}

describe('background jobs', () => {
  let database: Database;
  let jobs: Jobs;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database.close();
  });

  beforeEach(async () => {
    jobs = await startTestJobs(database);
  });

  afterEach(async () => {
    await jobs.stop();
  });

  it('hands the handler the data it was sent, checked against the queue schema, and completes', async () => {
    const greetings = greetingQueue();
    const received = signal<{ data: z.infer<typeof greetingSchema>; job: JobContext }>();
    await jobs.work(greetings, (data, job) => {
      received.resolve({ data, job });
    });
    const sent = aGreeting();
    const id = await jobs.send(greetings, sent);

    const { data, job } = await received.promise;
    expect(data).toEqual(sent);
    expect(job).toMatchObject({ id, queue: greetings.name, retryCount: 0 });
    await reaches(jobs, greetings, id, 'completed');
  });

  it('refuses data that does not match the queue schema, and stores nothing', async () => {
    const greetings = greetingQueue();
    await expect(jobs.send(greetings, { memberId: 'someone', text: '' })).rejects.toThrow(
      z.ZodError,
    );
    const [row] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pgboss.job where name = ${greetings.name}`,
    );
    expect(row?.n ?? 0).toBe(0);
  });

  it('retries a failed job later, each wait about twice the last, until its handler succeeds', async () => {
    const greetings = greetingQueue();
    const failures: Date[] = [];
    const attempts: number[] = [];
    const succeeded = signal();
    await jobs.work(greetings, (_data, job) => {
      attempts.push(job.retryCount);
      if (job.retryCount < 2) {
        failures.push(new Date());
        throw new Error('the mail server is not answering');
      }
      succeeded.resolve();
    });
    const id = await jobs.send(greetings, aGreeting());

    const delays: number[] = [];
    for (let retry = 1; retry <= 2; retry += 1) {
      const waiting = await eventually(async () => {
        const job = await jobs.getJob(greetings, id);
        return job?.state === 'retry' && job.retryCount === retry - 1 ? job : undefined;
      }, `retry ${retry}`);
      const failedAt = failures[retry - 1]?.getTime() ?? Number.NaN;
      delays.push((waiting.startAfter.getTime() - failedAt) / 1000);
      await makeDue(database, id);
    }
    await succeeded.promise;
    await reaches(jobs, greetings, id, 'completed');

    expect(attempts).toEqual([0, 1, 2]);
    // Backoff with jitter: the n-th retry waits between 2^(n-1) and 2^n times the delay.
    const [first, second] = delays as [number, number];
    expect(first).toBeGreaterThanOrEqual(600);
    expect(first).toBeLessThanOrEqual(1200 + 60);
    expect(second).toBeGreaterThanOrEqual(1200);
    expect(second).toBeLessThanOrEqual(2400 + 60);
  });

  it('leaves a job failed once its last retry fails', async () => {
    sequence += 1;
    const fragile = defineQueue({
      name: `test-fragile-${sequence}`,
      schema: z.object({ n: z.number() }),
      retryLimit: 1,
      retryDelaySeconds: 600,
    });
    await jobs.work(fragile, () => {
      throw new Error('always broken');
    });
    const id = await jobs.send(fragile, { n: 1 });
    await reaches(jobs, fragile, id, 'retry');
    await makeDue(database, id);
    await reaches(jobs, fragile, id, 'failed');
  });

  it('replaces the waiting job of a key when sent again, and leaves other keys alone', async () => {
    const reminders = reminderQueue();
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    const inTenDays = new Date(Date.now() + 10 * DAY_MS);
    const inTwentyDays = new Date(Date.now() + 20 * DAY_MS);
    const first = await jobs.send(
      reminders,
      { caseId: caseA },
      { singletonKey: caseA, startAfter: inTenDays },
    );
    const other = await jobs.send(
      reminders,
      { caseId: caseB },
      { singletonKey: caseB, startAfter: inTenDays },
    );
    const second = await jobs.send(
      reminders,
      { caseId: caseA },
      { singletonKey: caseA, startAfter: inTwentyDays },
    );

    expect(await stateOf(jobs, reminders, first)).toBe('cancelled');
    expect(await jobs.getJob(reminders, second)).toMatchObject({
      state: 'created',
      startAfter: inTwentyDays,
      singletonKey: caseA,
    });
    expect(await stateOf(jobs, reminders, other)).toBe('created');
  });

  it("cancels a key's waiting job, and says when none was waiting", async () => {
    const reminders = reminderQueue();
    const caseId = randomUUID();
    const later = new Date(Date.now() + DAY_MS);
    const id = await jobs.send(reminders, { caseId }, { singletonKey: caseId, startAfter: later });

    expect(await jobs.cancel(reminders, caseId)).toBe(true);
    expect(await stateOf(jobs, reminders, id)).toBe('cancelled');
    expect(await jobs.cancel(reminders, caseId)).toBe(false);
  });

  it('refuses a job without a key on a keyed queue, and a key on a queue without keys', async () => {
    const reminders = reminderQueue();
    const greetings = greetingQueue();
    await expect(jobs.send(reminders, { caseId: randomUUID() })).rejects.toThrow(/singletonKey/);
    await expect(jobs.send(greetings, aGreeting(), { singletonKey: 'x' })).rejects.toThrow(
      /not keyed/,
    );
  });
});

describe('background jobs on a new database', () => {
  it('start in two processes at once, which then create and use one queue at once', async () => {
    const database = await openTestDatabase();
    const processes = [openJobs(database, { log: silent }), openJobs(database, { log: silent })];
    try {
      await Promise.all(processes.map((jobs) => jobs.start()));
      const greetings = greetingQueue();
      const ids = await Promise.all(processes.map((jobs) => jobs.send(greetings, aGreeting())));
      expect(new Set(ids).size).toBe(2);
    } finally {
      await Promise.all(processes.map((jobs) => jobs.stop()));
      await database.close();
    }
  });
});

describe('background jobs across a restart of the process', () => {
  let data: ReopenableDatabase;
  let database: Database;
  let jobs: Jobs;

  beforeEach(async () => {
    data = await aReopenableTestDatabase();
    database = await data.open();
    jobs = await startTestJobs(database);
  });

  afterEach(async () => {
    await jobs.stop();
    await database.close();
    await data.dispose();
  });

  /** Closes the database as soon as jobs have stopped, as a process shutting down does; reopens. */
  async function restart(stopping: Promise<void>): Promise<void> {
    await stopping;
    await database.close();
    database = await data.open();
    jobs = await startTestJobs(database);
  }

  it('keeps a job scheduled for later and runs it when its time comes', async () => {
    const greetings = greetingQueue();
    const startAfter = new Date(Date.now() + 42 * DAY_MS);
    const sent = aGreeting();
    const id = await jobs.send(greetings, sent, { startAfter });

    await restart(jobs.stop());
    expect(await jobs.getJob(greetings, id)).toMatchObject({ state: 'created', startAfter });

    const received = signal<unknown>();
    await jobs.work(greetings, (job) => {
      received.resolve(job);
    });
    await makeDue(database, id);
    expect(await received.promise).toEqual(sent);
    await reaches(jobs, greetings, id, 'completed');
  });

  it('lets a running handler finish when stopping, and has recorded its completion by then', async () => {
    const greetings = greetingQueue();
    const started = signal();
    const release = signal();
    await jobs.work(greetings, async () => {
      started.resolve();
      await release.promise;
    });
    const id = await jobs.send(greetings, aGreeting());
    await started.promise;

    const stopping = jobs.stop();
    release.resolve();
    await restart(stopping);
    expect(await stateOf(jobs, greetings, id)).toBe('completed');
  });
});
