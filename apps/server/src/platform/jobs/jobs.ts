// Background jobs: the one interface features use to run work later, durably, with retries.
// Queues are declared with their data's schema, so senders and handlers agree on its shape.
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';

export interface QueueDefinition<T> {
  /** Letters, digits and dashes; also the queue's name in the `pgboss` schema. */
  readonly name: string;
  /** Checks the data when a job is sent and again when a handler receives it. */
  readonly schema: z.ZodType<T>;
  /** Attempts after the first failure before the job is left failed. */
  readonly retryLimit: number;
  /** Seconds before the first retry; each later retry waits about twice as long as the last. */
  readonly retryDelaySeconds: number;
  /** A job still running after this many seconds counts as failed (and is retried). */
  readonly expireInSeconds: number;
  /**
   * Jobs carry a key (`singletonKey`) and at most one job per key waits at a time: sending with
   * a key replaces that key's waiting job.
   */
  readonly keyed: boolean;
}

const QUEUE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Declares a queue; retries default to 5, the first 30 s after a failure, then backing off. */
export function defineQueue<T>(
  definition: Pick<QueueDefinition<T>, 'name' | 'schema'> & Partial<QueueDefinition<T>>,
): QueueDefinition<T> {
  if (!QUEUE_NAME.test(definition.name))
    throw new Error(`queue name "${definition.name}" must be lower-case words joined by dashes`);
  return {
    retryLimit: 5,
    retryDelaySeconds: 30,
    expireInSeconds: 5 * 60,
    keyed: false,
    ...definition,
  };
}

export interface SendOptions {
  /** Not before this moment; now when omitted. */
  startAfter?: Date;
  /** Required on keyed queues, refused on others: the key whose waiting job this replaces. */
  singletonKey?: string;
}

/** What a handler knows about the job it runs, beside its data. */
export interface JobContext {
  id: string;
  queue: string;
  /** 0 on the first attempt, 1 on the first retry, … */
  retryCount: number;
  now: Date;
  log: FastifyBaseLogger;
}

/** Resolving completes the job; throwing fails this attempt, which is retried if attempts remain. */
export type JobHandler<T> = (data: T, job: JobContext) => Promise<void> | void;

export const JOB_STATES = [
  'created',
  'retry',
  'active',
  'completed',
  'cancelled',
  'failed',
] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobView {
  id: string;
  state: JobState;
  retryCount: number;
  startAfter: Date;
  singletonKey: string | null;
}

export interface Jobs {
  /**
   * Queues a job; resolves with its id once it is stored. Send after the transaction that
   * warrants the job commits: PGlite is one session, and a job sent from inside a transaction
   * would wait for that transaction to end, which never comes.
   */
  send<T>(queue: QueueDefinition<T>, data: T, options?: SendOptions): Promise<string>;
  /** Cancels the key's waiting job on a keyed queue; false when none was waiting. */
  cancel<T>(queue: QueueDefinition<T>, singletonKey: string): Promise<boolean>;
  /** Runs the queue's jobs in this process from now until `stop`, one at a time. */
  work<T>(queue: QueueDefinition<T>, handler: JobHandler<T>): Promise<void>;
  /** A job as stored now, or undefined once it is gone (archived jobs included). */
  getJob<T>(queue: QueueDefinition<T>, id: string): Promise<JobView | undefined>;
  /** Creates or updates the job tables and starts maintenance; call once, before the rest. */
  start(): Promise<void>;
  /**
   * Stops fetching jobs, lets running handlers finish (jobs still running at the timeout are
   * failed, to be retried) and waits for the last writes, so the database may close after.
   */
  stop(): Promise<void>;
}
