// Cases table access: the keyset feed, one case, insert.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import {
  caseBookmarks,
  caseFollows,
  caseOutcomes,
  caseRevisions,
  cases,
  comments,
  differentialCommits,
  media,
  members,
  suggestions,
} from '../platform/database/schema.js';

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
  isCaseStudy: cases.isCaseStudy,
  viewCount: cases.viewCount,
  rewardPledge: cases.rewardPledge,
  hasOutcome: sql<boolean>`exists (select 1 from ${caseOutcomes} where ${caseOutcomes.caseId} = ${cases.id})`,
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

/** Counts shown with a case in feeds: suggestions, live comments, whether it has images. */
export const summaryColumns = {
  ...caseColumns,
  suggestionCount: sql<number>`(select count(*)::int from ${suggestions} where ${suggestions.caseId} = ${cases.id} and ${suggestions.withdrawnAt} is null)`,
  commentCount: sql<number>`(select count(*)::int from ${comments} where ${comments.caseId} = ${cases.id} and ${comments.deletedAt} is null)`,
  hasImages: sql<boolean>`exists (select 1 from ${media} where ${media.caseId} = ${cases.id} and ${media.status} = 'ready')`,
};

export type CaseSummaryRow = CaseRow & {
  suggestionCount: number;
  commentCount: number;
  hasImages: boolean;
};

/** What a case page shows beyond the case row: images, counts, this reader's relation to it. */
export async function findCaseExtras(db: Queryable, caseId: string, memberId: string | undefined) {
  const [counts] = await db
    .select({
      followers: sql<number>`(select count(*)::int from ${caseFollows} where ${caseFollows.caseId} = ${caseId})`,
      comments: sql<number>`(select count(*)::int from ${comments} where ${comments.caseId} = ${caseId} and ${comments.deletedAt} is null)`,
      commits: sql<number>`(select count(*)::int from ${differentialCommits} where ${differentialCommits.caseId} = ${caseId})`,
      following:
        memberId === undefined
          ? sql<boolean>`false`
          : sql<boolean>`exists (select 1 from ${caseFollows} where ${caseFollows.caseId} = ${caseId} and ${caseFollows.memberId} = ${memberId})`,
      bookmarked:
        memberId === undefined
          ? sql<boolean>`false`
          : sql<boolean>`exists (select 1 from ${caseBookmarks} where ${caseBookmarks.caseId} = ${caseId} and ${caseBookmarks.memberId} = ${memberId})`,
      committed:
        memberId === undefined
          ? sql<boolean>`false`
          : sql<boolean>`exists (select 1 from ${differentialCommits} where ${differentialCommits.caseId} = ${caseId} and ${differentialCommits.memberId} = ${memberId})`,
    })
    .from(sql`(select 1) as one`);
  const attachments = await db
    .select({
      id: media.id,
      contentType: media.contentType,
      width: media.width,
      height: media.height,
      caption: media.caption,
    })
    .from(media)
    .where(and(eq(media.caseId, caseId), eq(media.status, 'ready')))
    .orderBy(media.position, media.id);
  if (counts === undefined) throw new Error('case extras query returned no row');
  return { ...counts, attachments };
}

export type CaseExtras = Awaited<ReturnType<typeof findCaseExtras>>;

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
