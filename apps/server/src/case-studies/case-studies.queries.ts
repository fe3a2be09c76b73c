// Case-study table access: a case's hidden answer and the differentials solvers committed.
import { and, count, eq } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { caseOutcomes, differentialCommits } from '../platform/database/schema.js';

export type OutcomeRow = typeof caseOutcomes.$inferSelect;
export type CommitRow = typeof differentialCommits.$inferSelect;

export async function findOutcome(db: Queryable, caseId: string): Promise<OutcomeRow | undefined> {
  const [row] = await db.select().from(caseOutcomes).where(eq(caseOutcomes.caseId, caseId));
  return row;
}

export async function findCommit(
  db: Queryable,
  caseId: string,
  memberId: string,
): Promise<CommitRow | undefined> {
  const [row] = await db
    .select()
    .from(differentialCommits)
    .where(and(eq(differentialCommits.caseId, caseId), eq(differentialCommits.memberId, memberId)));
  return row;
}

/** Inserts a commit; undefined when this member had already committed (the primary key holds). */
export async function insertCommit(
  db: Queryable,
  values: typeof differentialCommits.$inferInsert,
): Promise<CommitRow | undefined> {
  const [row] = await db
    .insert(differentialCommits)
    .values(values)
    .onConflictDoNothing({ target: [differentialCommits.caseId, differentialCommits.memberId] })
    .returning();
  return row;
}

export async function countCommits(db: Queryable, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(differentialCommits)
    .where(eq(differentialCommits.caseId, caseId));
  return row?.n ?? 0;
}
