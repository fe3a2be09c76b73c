// Weeks after a case closes, its owner is asked whether the diagnosis was confirmed. One reminder
// per case, kept as a background job: scheduling again replaces it, and when it comes due it does
// nothing if the outcome is recorded meanwhile or the owner could no longer record it.
import type { Actor } from '@consilium/core';
import { isAllowed } from '@consilium/core';
import { z } from 'zod';
import { caseResourceOf } from '../cases/cases.view.js';
import type { Database, Queryable } from '../platform/database/index.js';
import type { JobContext, Jobs } from '../platform/jobs/jobs.js';
import { defineQueue } from '../platform/jobs/jobs.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { credentialsInForce, rolesWithTiers } from '../platform/tiers.js';
import { outcomeReminderMail } from './reminder-mail.js';
import { findReminderSubject, insertReminderNotification } from './reminders.queries.js';

export const outcomeReminders = defineQueue({
  name: 'outcome-reminder',
  schema: z.object({ caseId: z.uuid(), ownerId: z.uuid() }),
  // Keyed by case: one reminder per case waits at a time.
  keyed: true,
  // A mail server that is down for a while: retried after about 1, 2, 4, 8, 16, 32 minutes.
  retryLimit: 6,
  retryDelaySeconds: 60,
});

export type OutcomeReminder = z.infer<typeof outcomeReminders.schema>;

export interface OutcomeReminderDeps {
  database: Database;
  mailer: Mailer;
  /** Base of the case link in the e-mail, e.g. https://consilium.example.org. */
  publicUrl: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When to remind: `days` (OUTCOME_REMINDER_DAYS) after the case closed. */
export function outcomeReminderTime(closedAt: Date, days: number): Date {
  return new Date(closedAt.getTime() + days * DAY_MS);
}

/**
 * Schedules the case's reminder for `at`, replacing one already scheduled for it; resolves with
 * the job's id. Call it after the transaction that closed the case commits: PGlite is one
 * session, so a job sent from inside a transaction would wait for that transaction to end,
 * which never comes.
 */
export async function scheduleOutcomeReminder(
  jobs: Jobs,
  reminder: OutcomeReminder,
  at: Date,
): Promise<string> {
  return jobs.send(outcomeReminders, reminder, { startAfter: at, singletonKey: reminder.caseId });
}

/** Drops the case's waiting reminder, if any (a reminder that runs anyway finds the outcome). */
export async function cancelOutcomeReminder(jobs: Jobs, caseId: string): Promise<void> {
  await jobs.cancel(outcomeReminders, caseId);
}

type Subject = NonNullable<Awaited<ReturnType<typeof findReminderSubject>>>;
type Skipped = 'case-gone' | 'owner-changed' | 'outcome-recorded' | 'owner-deleted' | 'not-allowed';

/** Why the reminder is not wanted any more, or undefined when it is. */
async function whyNotRemind(
  db: Queryable,
  subject: Subject,
  ownerId: string,
  now: Date,
): Promise<Skipped | undefined> {
  if (subject.authorId !== ownerId) return 'owner-changed';
  if (subject.hasOutcome) return 'outcome-recorded';
  if (subject.deletedAt !== null) return 'owner-deleted';
  // The policy the owner's own request to record the outcome would meet: closed for good, an
  // active account.
  const inForce = await credentialsInForce(db, [subject.authorId], now);
  const owner: Actor = {
    kind: 'member',
    id: subject.authorId,
    roles: rolesWithTiers(subject.roles, inForce),
    isSuspended: subject.isSuspended,
    hasTwoFactor: subject.totpEnabledAt !== null,
  };
  return isAllowed(owner, { action: 'outcome.record', case: caseResourceOf(subject, now) })
    ? undefined
    : 'not-allowed';
}

/**
 * Tells the owner in the app and by e-mail, if they could record the outcome now; otherwise does nothing (the outcome is
 * recorded, the case was reopened or withdrawn, the account suspended or deleted). Throws when
 * the e-mail cannot be sent, so that the job is retried.
 */
export async function remindOfOutcome(
  deps: OutcomeReminderDeps,
  reminder: OutcomeReminder,
  job: Pick<JobContext, 'now' | 'log'>,
): Promise<'sent' | Skipped> {
  const { db } = deps.database;
  const notNeeded = (skipped: Skipped) => {
    job.log.info({ caseId: reminder.caseId, skipped }, 'outcome reminder not needed');
    return skipped;
  };
  const subject = await findReminderSubject(db, reminder.caseId);
  if (subject === undefined) return notNeeded('case-gone');
  const skipped = await whyNotRemind(db, subject, reminder.ownerId, job.now);
  if (skipped !== undefined) return notNeeded(skipped);
  const link = new URL(`/cases/${subject.caseId}`, `${deps.publicUrl}/`).toString();
  await insertReminderNotification(db, {
    memberId: subject.authorId,
    caseId: subject.caseId,
    title: subject.title,
    at: job.now,
  });
  await deps.mailer.send(outcomeReminderMail(subject, link));
  job.log.info({ caseId: reminder.caseId }, 'outcome reminder sent');
  return 'sent';
}

/** Runs outcome reminders in this process. */
export async function workOutcomeReminders(jobs: Jobs, deps: OutcomeReminderDeps): Promise<void> {
  await jobs.work(outcomeReminders, async (reminder, job) => {
    await remindOfOutcome(deps, reminder, job);
  });
}
