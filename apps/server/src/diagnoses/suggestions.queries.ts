// Suggestions and votes table access.
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { members, suggestions, votes } from '../platform/database/schema.js';

/** A case's suggestions with their vote tallies and the viewer's own vote. */
export async function listSuggestionTallies(
  db: Queryable,
  caseId: string,
  viewerId: string | undefined,
) {
  const myVote =
    viewerId === undefined
      ? sql<number>`0`
      : sql<number>`coalesce((select ${votes.value} from ${votes} where ${votes.suggestionId} = ${suggestions.id} and ${votes.memberId} = ${viewerId}), 0)::int`;
  return db
    .select({
      id: suggestions.id,
      caseId: suggestions.caseId,
      authorId: suggestions.authorId,
      diagnosis: suggestions.diagnosis,
      rationale: suggestions.rationale,
      createdAt: suggestions.createdAt,
      authorHandle: members.handle,
      authorDisplayName: members.displayName,
      upvotes: sql<number>`(select count(*) from ${votes} where ${votes.suggestionId} = ${suggestions.id} and ${votes.value} = 1)::int`,
      downvotes: sql<number>`(select count(*) from ${votes} where ${votes.suggestionId} = ${suggestions.id} and ${votes.value} = -1)::int`,
      myVote,
    })
    .from(suggestions)
    .innerJoin(members, eq(members.id, suggestions.authorId))
    .where(eq(suggestions.caseId, caseId));
}

export type SuggestionTally = Awaited<ReturnType<typeof listSuggestionTallies>>[number];

export async function findSuggestion(db: Queryable, caseId: string, suggestionId: string) {
  const [row] = await db
    .select({ id: suggestions.id, authorId: suggestions.authorId })
    .from(suggestions)
    .where(and(eq(suggestions.id, suggestionId), eq(suggestions.caseId, caseId)));
  return row;
}

export async function insertSuggestion(
  db: Queryable,
  values: {
    caseId: string;
    authorId: string;
    diagnosis: string;
    rationale: string;
    createdAt: Date;
  },
) {
  const [row] = await db.insert(suggestions).values(values).returning({ id: suggestions.id });
  if (row === undefined) throw new Error('insert into suggestions returned no row');
  return row;
}

/** Sets a member's vote in one atomic statement, so concurrent votes never double-count. */
export async function upsertVote(
  db: Queryable,
  vote: { suggestionId: string; memberId: string; value: 1 | -1; at: Date },
) {
  await db
    .insert(votes)
    .values({
      suggestionId: vote.suggestionId,
      memberId: vote.memberId,
      value: vote.value,
      createdAt: vote.at,
    })
    .onConflictDoUpdate({
      target: [votes.suggestionId, votes.memberId],
      set: { value: vote.value, createdAt: vote.at },
    });
}

export async function deleteVote(db: Queryable, suggestionId: string, memberId: string) {
  await db
    .delete(votes)
    .where(and(eq(votes.suggestionId, suggestionId), eq(votes.memberId, memberId)));
}
