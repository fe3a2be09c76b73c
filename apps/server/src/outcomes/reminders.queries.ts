// What an outcome reminder reads: the case (its status, whether an outcome is recorded) and its
// owner's account. Named columns only, so the reminder keeps working as these tables grow.
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { caseOutcomes, cases, members, notifications } from '../platform/database/schema.js';

export async function findReminderSubject(db: Queryable, caseId: string) {
  const [row] = await db
    .select({
      caseId: cases.id,
      title: cases.title,
      authorId: cases.authorId,
      status: cases.status,
      closesAt: cases.closesAt,
      audience: cases.audience,
      kind: cases.kind,
      isCaseStudy: cases.isCaseStudy,
      hasOutcome: sql<boolean>`exists (select 1 from ${caseOutcomes} where ${caseOutcomes.caseId} = ${cases.id})`,
      email: members.email,
      displayName: members.displayName,
      language: members.language,
      roles: members.roles,
      isSuspended: members.isSuspended,
      totpEnabledAt: members.totpEnabledAt,
      deletedAt: members.deletedAt,
    })
    .from(cases)
    .innerJoin(members, eq(members.id, cases.authorId))
    .where(eq(cases.id, caseId));
  return row;
}

/** The owner's in-app reminder, once per case (a retried job adds nothing). */
export async function insertReminderNotification(
  db: Queryable,
  reminder: { memberId: string; caseId: string; title: string; at: Date },
) {
  await db
    .insert(notifications)
    .values({
      memberId: reminder.memberId,
      kind: 'outcome-reminder',
      caseId: reminder.caseId,
      actorLabel: 'Consilium',
      title: reminder.title,
      createdAt: reminder.at,
    })
    .onConflictDoNothing();
}
