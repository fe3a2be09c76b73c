// Following and bookmarking cases: idempotent, for any case the member may read.
import type { BookmarkState, FollowState } from '@consilium/api';
import { and, count, eq } from 'drizzle-orm';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { caseBookmarks, caseFollows } from '../platform/database/schema.js';
import { Conflict } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import { readableCase } from '../cases/readable-case.js';

async function engageable(ctx: RequestContext, database: Database, caseId: string) {
  const { row, resource } = await readableCase(ctx, database.db, caseId);
  const member = requireAllowedMember(ctx, { action: 'case.engage', case: resource });
  if (row.status === 'draft')
    throw new Conflict('A draft cannot be followed or bookmarked: publish it first.');
  return member;
}

async function followState(database: Database, caseId: string, following: boolean) {
  const [row] = await database.db
    .select({ n: count() })
    .from(caseFollows)
    .where(eq(caseFollows.caseId, caseId));
  return { following, followers: row?.n ?? 0 };
}

export async function setFollow(
  ctx: RequestContext,
  database: Database,
  caseId: string,
  following: boolean,
): Promise<FollowState> {
  const member = await engageable(ctx, database, caseId);
  if (following)
    await database.db
      .insert(caseFollows)
      .values({ memberId: member.id, caseId, createdAt: ctx.now })
      .onConflictDoNothing();
  else
    await database.db
      .delete(caseFollows)
      .where(and(eq(caseFollows.memberId, member.id), eq(caseFollows.caseId, caseId)));
  return followState(database, caseId, following);
}

export async function setBookmark(
  ctx: RequestContext,
  database: Database,
  caseId: string,
  bookmarked: boolean,
): Promise<BookmarkState> {
  const member = await engageable(ctx, database, caseId);
  if (bookmarked)
    await database.db
      .insert(caseBookmarks)
      .values({ memberId: member.id, caseId, createdAt: ctx.now })
      .onConflictDoNothing();
  else
    await database.db
      .delete(caseBookmarks)
      .where(and(eq(caseBookmarks.memberId, member.id), eq(caseBookmarks.caseId, caseId)));
  return { bookmarked };
}
