// Outcome reminders end to end: a real member's real case, the app's own jobs and worker, the
// e-mail through a real SMTP server; and each reason a reminder that comes due sends nothing.
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOutcomes, cases, members, notifications } from '../platform/database/schema.js';
import { smtpMailer } from '../platform/mail/mailer.js';
import { eventually, makeDue } from '../testing/jobs.js';
import { freePort } from '../testing/server-process.js';
import type { TestSmtpServer } from '../testing/smtp.js';
import { linkTokenIn, startSmtpServer } from '../testing/smtp.js';
import type { TestApp } from '../testing/test-app.js';
import { aCase, aMember, createTestApp } from '../testing/test-app.js';
import type { OutcomeReminderDeps } from './reminders.js';
import {
  cancelOutcomeReminder,
  outcomeReminders,
  outcomeReminderTime,
  remindOfOutcome,
  scheduleOutcomeReminder,
} from './reminders.js';

const PUBLIC_URL = 'https://consilium.example.org';
const SUBJECT = 'Was the diagnosis confirmed?';

let smtp: TestSmtpServer;
let t: TestApp;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL } });
});

afterAll(async () => {
  await t.close();
  await smtp.close();
});

const viaSmtp = async (email: string) => linkTokenIn((await smtp.waitForMail(email)).text);

/** A member's published case, then closed for good (the status the owner's "finish" leaves). */
async function aClosedCase() {
  const owner = await aMember(t.app, {}, viaSmtp);
  const posted = await aCase(owner);
  await t.database.db.update(cases).set({ status: 'closed' }).where(eq(cases.id, posted.id));
  return { owner, caseId: posted.id, reminder: { caseId: posted.id, ownerId: owner.profile.id } };
}

async function recordAnOutcome(caseId: string) {
  await t.database.db
    .insert(caseOutcomes)
    .values({ caseId, diagnosis: 'Adult-onset Still disease', source: 'import' });
}

const inSixWeeks = () => outcomeReminderTime(new Date(), t.config.outcomeReminderDays);

async function completion(id: string) {
  return eventually(async () => {
    const job = await t.app.jobs.getJob(outcomeReminders, id);
    return job?.state === 'completed' ? job : undefined;
  }, `reminder ${id} to complete`);
}

/** The reminders the SMTP server received for an address. */
function remindersTo(email: string) {
  return smtp.mails.filter(
    (mail) =>
      mail.subject === SUBJECT &&
      [mail.to ?? []].flat().some((group) => group.value.some((to) => to.address === email)),
  );
}

describe('outcome reminders', () => {
  it('e-mails the owner of a closed case with no outcome when the reminder comes due', async () => {
    const { owner, caseId, reminder } = await aClosedCase();
    const at = inSixWeeks();
    const id = await scheduleOutcomeReminder(t.app.jobs, reminder, at);
    expect(await t.app.jobs.getJob(outcomeReminders, id)).toMatchObject({
      state: 'created',
      startAfter: at,
      singletonKey: caseId,
    });

    await makeDue(t.database, id);
    const mail = await smtp.waitForMail(owner.email, SUBJECT, 20_000);
    expect(mail.text).toContain(`Record it on ${PUBLIC_URL}/cases/${caseId}`);
    await completion(id);
    // And in the app: one notification, leading to the case.
    const listed = (await owner.request({ method: 'GET', url: '/api/me/notifications' })).json<{
      items: { kind: string; caseId: string | null }[];
    }>();
    expect(
      listed.items.filter((item) => item.kind === 'outcome-reminder' && item.caseId === caseId),
    ).toHaveLength(1);
  });

  it('sends nothing when the outcome was recorded before the reminder came due', async () => {
    const { owner, caseId, reminder } = await aClosedCase();
    const id = await scheduleOutcomeReminder(t.app.jobs, reminder, inSixWeeks());
    await recordAnOutcome(caseId);

    await makeDue(t.database, id);
    await completion(id);
    expect(remindersTo(owner.email)).toEqual([]);
  });

  it('replaces the waiting reminder when scheduled again, and drops it when cancelled', async () => {
    const { reminder, caseId } = await aClosedCase();
    const first = await scheduleOutcomeReminder(t.app.jobs, reminder, inSixWeeks());
    const later = new Date(inSixWeeks().getTime() + 7 * 86_400_000);
    const second = await scheduleOutcomeReminder(t.app.jobs, reminder, later);

    expect((await t.app.jobs.getJob(outcomeReminders, first))?.state).toBe('cancelled');
    expect(await t.app.jobs.getJob(outcomeReminders, second)).toMatchObject({
      state: 'created',
      startAfter: later,
    });
    await cancelOutcomeReminder(t.app.jobs, caseId);
    expect((await t.app.jobs.getJob(outcomeReminders, second))?.state).toBe('cancelled');
  });
});

describe('a reminder that comes due', () => {
  const log = pino({ level: 'silent' });
  const now = () => ({ now: new Date(), log });
  const mailer = () => smtpMailer(smtp.url, 'Consilium <no-reply@consilium.invalid>');
  let deps: OutcomeReminderDeps;

  beforeAll(() => {
    deps = { database: t.database, mailer: mailer(), publicUrl: PUBLIC_URL };
  });

  afterAll(() => {
    deps.mailer.close();
  });

  it('is written in the owner language', async () => {
    const { owner, reminder } = await aClosedCase();
    await t.database.db
      .update(members)
      .set({ language: 'es' })
      .where(eq(members.id, reminder.ownerId));

    expect(await remindOfOutcome(deps, reminder, now())).toBe('sent');
    const mail = await smtp.waitForMail(owner.email, '¿Se confirmó el diagnóstico?');
    expect(mail.text).toContain(`Regístralo en ${PUBLIC_URL}/cases/${reminder.caseId}`);
    // A retried job (the mail server failed after the notification) adds no second one.
    expect(await remindOfOutcome(deps, reminder, now())).toBe('sent');
    const rows = await t.database.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.caseId, reminder.caseId));
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['the case was reopened', { status: 'open' }, 'not-allowed'],
    ['the case was withdrawn', { status: 'withdrawn' }, 'not-allowed'],
    ['the owner is suspended', { isSuspended: true }, 'not-allowed'],
    ['the owner deleted their account', { deletedAt: new Date() }, 'owner-deleted'],
    ['the outcome is recorded', { outcome: true }, 'outcome-recorded'],
  ] as const)('sends nothing when %s', async (_when, change, reason) => {
    const { owner, caseId, reminder } = await aClosedCase();
    if ('status' in change)
      await t.database.db.update(cases).set({ status: change.status }).where(eq(cases.id, caseId));
    if ('isSuspended' in change || 'deletedAt' in change)
      await t.database.db.update(members).set(change).where(eq(members.id, reminder.ownerId));
    if ('outcome' in change) await recordAnOutcome(caseId);

    expect(await remindOfOutcome(deps, reminder, now())).toBe(reason);
    expect(remindersTo(owner.email)).toEqual([]);
  });

  it('sends nothing for a case that no longer exists', async () => {
    const { reminder, caseId } = await aClosedCase();
    await t.database.db.execute(sql`delete from ${cases} where ${cases.id} = ${caseId}`);
    expect(await remindOfOutcome(deps, reminder, now())).toBe('case-gone');
  });

  it('fails when the mail cannot be sent, so the job is tried again', async () => {
    const { reminder } = await aClosedCase();
    const unreachable = smtpMailer(
      `smtp://127.0.0.1:${await freePort()}`,
      'Consilium <no-reply@consilium.invalid>',
    );
    try {
      await expect(
        remindOfOutcome({ ...deps, mailer: unreachable }, reminder, now()),
      ).rejects.toThrow();
    } finally {
      unreachable.close();
    }
  });
});
