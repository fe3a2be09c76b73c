// Table access for candidates, suggestions (with their revisions), votes and ratings.
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import {
  candidates,
  members,
  suggestionRatings,
  suggestionRevisions,
  suggestions,
  votes,
} from '../platform/database/schema.js';

/**
 * Serialises the writes of one member on one case (their count of suggestions and their order)
 * until the transaction ends, so two suggestions sent at once cannot both be the sixth.
 */
export async function lockMemberOnCase(tx: Queryable, caseId: string, memberId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${'suggestions:' + caseId}), hashtext(${memberId}))`,
  );
}

export interface CandidateInput {
  caseId: string;
  key: string;
  label: string;
  conceptSystem: string | null;
  conceptCode: string | null;
  seededByAuthor: boolean;
  at: Date;
}

/** The candidate of a case with this key, created if there is none (one statement, race-free). */
export async function ensureCandidate(tx: Queryable, input: CandidateInput) {
  await tx
    .insert(candidates)
    .values({
      caseId: input.caseId,
      key: input.key,
      label: input.label,
      conceptSystem: input.conceptSystem,
      conceptCode: input.conceptCode,
      seededByAuthor: input.seededByAuthor,
      createdAt: input.at,
    })
    .onConflictDoNothing({ target: [candidates.caseId, candidates.key] });
  const [row] = await tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.caseId, input.caseId), eq(candidates.key, input.key)));
  if (row === undefined) throw new Error('candidate vanished after upsert');
  return row;
}

export type CandidateRow = typeof candidates.$inferSelect;

export async function findCandidate(db: Queryable, caseId: string, candidateId: string) {
  const [row] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.caseId, caseId)));
  return row;
}

export async function listCandidates(db: Queryable, caseId: string) {
  return db
    .select()
    .from(candidates)
    .where(eq(candidates.caseId, caseId))
    .orderBy(asc(candidates.createdAt), asc(candidates.id));
}

/** The members whose active suggestions back a candidate. */
export async function backersOf(db: Queryable, candidateId: string): Promise<string[]> {
  const rows = await db
    .select({ authorId: suggestions.authorId })
    .from(suggestions)
    .where(and(eq(suggestions.candidateId, candidateId), isNull(suggestions.withdrawnAt)));
  return rows.map((row) => row.authorId);
}

const suggestionColumns = {
  id: suggestions.id,
  caseId: suggestions.caseId,
  authorId: suggestions.authorId,
  candidateId: suggestions.candidateId,
  diagnosis: suggestions.diagnosis,
  rationale: suggestions.rationale,
  nextSteps: suggestions.nextSteps,
  references: suggestions.references,
  confidence: suggestions.confidence,
  position: suggestions.position,
  revision: suggestions.revision,
  withdrawnAt: suggestions.withdrawnAt,
  createdAt: suggestions.createdAt,
  updatedAt: suggestions.updatedAt,
  conceptSystem: candidates.conceptSystem,
  conceptCode: candidates.conceptCode,
  authorHandle: members.handle,
  authorDisplayName: members.displayName,
  helpful: suggestionRatings.helpful,
};

function suggestionQuery(db: Queryable) {
  return db
    .select(suggestionColumns)
    .from(suggestions)
    .innerJoin(candidates, eq(candidates.id, suggestions.candidateId))
    .innerJoin(members, eq(members.id, suggestions.authorId))
    .leftJoin(suggestionRatings, eq(suggestionRatings.suggestionId, suggestions.id));
}

export type SuggestionRow = Awaited<ReturnType<typeof findSuggestion>> & object;

/** A suggestion of a case, withdrawn or not. */
export async function findSuggestion(db: Queryable, caseId: string, suggestionId: string) {
  const [row] = await suggestionQuery(db).where(
    and(eq(suggestions.id, suggestionId), eq(suggestions.caseId, caseId)),
  );
  return row;
}

/** A case's active suggestions, each member's in their own order. */
export async function listActiveSuggestions(db: Queryable, caseId: string) {
  return suggestionQuery(db)
    .where(and(eq(suggestions.caseId, caseId), isNull(suggestions.withdrawnAt)))
    .orderBy(asc(suggestions.authorId), asc(suggestions.position), asc(suggestions.createdAt));
}

/** A member's active suggestions on a case, in their order. */
export async function memberSuggestions(db: Queryable, caseId: string, memberId: string) {
  return db
    .select({
      id: suggestions.id,
      candidateId: suggestions.candidateId,
      position: suggestions.position,
    })
    .from(suggestions)
    .where(
      and(
        eq(suggestions.caseId, caseId),
        eq(suggestions.authorId, memberId),
        isNull(suggestions.withdrawnAt),
      ),
    )
    .orderBy(asc(suggestions.position), asc(suggestions.createdAt));
}

export async function insertSuggestion(
  tx: Queryable,
  values: {
    caseId: string;
    authorId: string;
    candidateId: string;
    diagnosis: string;
    rationale: string;
    nextSteps: string;
    references: { kind: 'url' | 'pmid'; value: string }[];
    confidence: number;
    position: number;
    at: Date;
  },
) {
  const { at, ...rest } = values;
  const [row] = await tx
    .insert(suggestions)
    .values({ ...rest, createdAt: at, updatedAt: at })
    .returning({ id: suggestions.id });
  if (row === undefined) throw new Error('insert into suggestions returned no row');
  return row;
}

/** Keeps the current version of a suggestion in its history before it changes. */
export async function archiveRevision(tx: Queryable, current: SuggestionRow, at: Date) {
  await tx.insert(suggestionRevisions).values({
    suggestionId: current.id,
    revision: current.revision,
    diagnosis: current.diagnosis,
    conceptSystem: current.conceptSystem,
    conceptCode: current.conceptCode,
    rationale: current.rationale,
    nextSteps: current.nextSteps,
    references: current.references,
    confidence: current.confidence,
    replacedAt: at,
  });
}

export async function updateSuggestion(
  tx: Queryable,
  suggestionId: string,
  values: Partial<{
    candidateId: string;
    diagnosis: string;
    rationale: string;
    nextSteps: string;
    references: { kind: 'url' | 'pmid'; value: string }[];
    confidence: number;
    position: number;
    revision: number;
    withdrawnAt: Date;
    updatedAt: Date;
  }>,
) {
  await tx.update(suggestions).set(values).where(eq(suggestions.id, suggestionId));
}

export async function listRevisions(db: Queryable, suggestionId: string) {
  return db
    .select()
    .from(suggestionRevisions)
    .where(eq(suggestionRevisions.suggestionId, suggestionId))
    .orderBy(sql`${suggestionRevisions.revision} desc`);
}

/** Moves every suggestion and vote of one candidate to another, then removes the first. */
export async function mergeCandidate(tx: Queryable, from: string, into: string) {
  // A member who backed both keeps the suggestion in `into`; the other is withdrawn.
  await tx.execute(sql`
    update ${suggestions} as s set withdrawn_at = now()
    where s.candidate_id = ${from} and s.withdrawn_at is null
      and exists (select 1 from ${suggestions} as t
        where t.candidate_id = ${into} and t.author_id = s.author_id and t.withdrawn_at is null)`);
  await tx.update(suggestions).set({ candidateId: into }).where(eq(suggestions.candidateId, from));
  // A member's vote on `into` stands; their vote on `from` moves only if they had none.
  await tx.execute(sql`
    insert into ${votes} (candidate_id, member_id, value, created_at)
    select ${into}, member_id, value, created_at from ${votes} where candidate_id = ${from}
    on conflict (candidate_id, member_id) do nothing`);
  await tx.delete(candidates).where(eq(candidates.id, from));
}

export async function updateCandidateConcept(
  tx: Queryable,
  candidateId: string,
  values: { key: string; label: string; conceptSystem: string; conceptCode: string },
) {
  await tx.update(candidates).set(values).where(eq(candidates.id, candidateId));
}

/** Sets a member's vote in one atomic statement, so concurrent votes never double-count. */
export async function upsertVote(
  tx: Queryable,
  vote: { candidateId: string; memberId: string; value: 1 | -1; at: Date },
) {
  await tx
    .insert(votes)
    .values({
      candidateId: vote.candidateId,
      memberId: vote.memberId,
      value: vote.value,
      createdAt: vote.at,
    })
    .onConflictDoUpdate({
      target: [votes.candidateId, votes.memberId],
      set: { value: vote.value, createdAt: vote.at },
    });
}

export async function deleteVote(tx: Queryable, candidateId: string, memberId: string) {
  await tx
    .delete(votes)
    .where(and(eq(votes.candidateId, candidateId), eq(votes.memberId, memberId)));
}

/** Every vote on a case's candidates. */
export async function listVotes(db: Queryable, caseId: string) {
  return db
    .select({ candidateId: votes.candidateId, memberId: votes.memberId, value: votes.value })
    .from(votes)
    .innerJoin(candidates, eq(candidates.id, votes.candidateId))
    .where(eq(candidates.caseId, caseId));
}

/** Withdraws a member's votes on the candidates they now back themselves. */
export async function dropOwnVotes(tx: Queryable, memberId: string, candidateIds: string[]) {
  if (candidateIds.length === 0) return;
  await tx
    .delete(votes)
    .where(and(eq(votes.memberId, memberId), inArray(votes.candidateId, candidateIds)));
}

export async function rateSuggestion(
  tx: Queryable,
  rating: { suggestionId: string; helpful: boolean; at: Date },
) {
  await tx
    .insert(suggestionRatings)
    .values({ suggestionId: rating.suggestionId, helpful: rating.helpful, ratedAt: rating.at })
    .onConflictDoUpdate({
      target: suggestionRatings.suggestionId,
      set: { helpful: rating.helpful, ratedAt: rating.at },
    });
}

/** How many active suggestions a case has, and how many of them the owner has rated. */
export async function ratingProgress(db: Queryable, caseId: string) {
  const [row] = await db
    .select({
      total: count(suggestions.id),
      rated: sql<number>`count(${suggestionRatings.suggestionId})::int`,
    })
    .from(suggestions)
    .leftJoin(suggestionRatings, eq(suggestionRatings.suggestionId, suggestions.id))
    .where(and(eq(suggestions.caseId, caseId), isNull(suggestions.withdrawnAt)));
  return { total: row?.total ?? 0, rated: row?.rated ?? 0 };
}
