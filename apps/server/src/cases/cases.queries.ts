// Cases table access: the keyset feed, one case, insert.
import { and, desc, eq, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import type { KeysetPosition as FeedPosition } from '../platform/http/cursor.js';
import { caseRevisions, cases, members, suggestions } from '../platform/database/schema.js';

const caseColumns = {
  id: cases.id,
  authorId: cases.authorId,
  title: cases.title,
  presentation: cases.presentation,
  status: cases.status,
  kind: cases.kind,
  questionnaire: cases.questionnaire,
  publishedAt: cases.publishedAt,
  closesAt: cases.closesAt,
  reopenedAt: cases.reopenedAt,
  question: cases.question,
  specialties: cases.specialties,
  audience: cases.audience,
  isAnonymous: cases.isAnonymous,
  authorLabel: cases.authorLabel,
  revision: cases.revision,
  updatedAt: cases.updatedAt,
  createdAt: cases.createdAt,
  /** Full-precision timestamp for keyset cursors (JS dates keep only milliseconds). */
  createdAtExact: sql<string>`${cases.createdAt}::text`,
  authorHandle: members.handle,
  authorDisplayName: members.displayName,
};

export type CaseRow = Awaited<ReturnType<typeof findCase>> & object;

export async function findCase(db: Queryable, caseId: string) {
  const [row] = await db
    .select(caseColumns)
    .from(cases)
    .innerJoin(members, eq(members.id, cases.authorId))
    .where(eq(cases.id, caseId));
  return row;
}

export async function listLatestCases(
  db: Queryable,
  after: FeedPosition | undefined,
  limit: number,
  /** Whether the reader may see professionals-only cases. */
  withProfessionalOnly = false,
) {
  const suggestionCount = db
    .select({ n: sql<number>`count(*)::int` })
    .from(suggestions)
    .where(eq(suggestions.caseId, cases.id));
  return db
    .select({ ...caseColumns, suggestionCount: sql<number>`(${suggestionCount})` })
    .from(cases)
    .innerJoin(members, eq(members.id, cases.authorId))
    .where(
      and(
        // Drafts are private and withdrawn cases are gone from the feed.
        notInArray(cases.status, ['draft', 'withdrawn']),
        withProfessionalOnly ? undefined : eq(cases.audience, 'everyone'),
        after === undefined
          ? undefined
          : or(
              lt(cases.createdAt, sql`${after.createdAt}::timestamptz`),
              and(
                eq(cases.createdAt, sql`${after.createdAt}::timestamptz`),
                lt(cases.id, after.id),
              ),
            ),
      ),
    )
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(limit);
}

export async function insertCase(db: Queryable, values: typeof cases.$inferInsert) {
  const [row] = await db.insert(cases).values(values).returning({ id: cases.id });
  if (row === undefined) throw new Error('insert into cases returned no row');
  return row;
}

export async function updateCase(
  db: Queryable,
  caseId: string,
  values: Partial<typeof cases.$inferInsert>,
): Promise<void> {
  await db.update(cases).set(values).where(eq(cases.id, caseId));
}

export async function deleteCase(db: Queryable, caseId: string): Promise<void> {
  await db.delete(cases).where(eq(cases.id, caseId));
}

/** The member's own cases and drafts, most recently changed first. */
export async function listOwnCases(db: Queryable, authorId: string) {
  return db
    .select({
      id: cases.id,
      kind: cases.kind,
      title: cases.title,
      status: cases.status,
      questionnaire: cases.questionnaire,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
      closesAt: cases.closesAt,
    })
    .from(cases)
    .where(eq(cases.authorId, authorId))
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(500);
}

/** Locks a case row for the rest of the transaction (status changes and edits cannot cross). */
export async function lockCase(db: Queryable, caseId: string): Promise<void> {
  await db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('update');
}

export async function insertRevision(db: Queryable, values: typeof caseRevisions.$inferInsert) {
  await db.insert(caseRevisions).values(values);
}

export async function listRevisions(db: Queryable, caseId: string) {
  return db
    .select()
    .from(caseRevisions)
    .where(eq(caseRevisions.caseId, caseId))
    .orderBy(desc(caseRevisions.revision));
}
