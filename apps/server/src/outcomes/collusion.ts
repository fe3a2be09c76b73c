// Accounts that back the same wrong answers again and again: once an outcome is confirmed, the
// pairs among that case's contributors are reviewed over the resolved cases they shared, and
// pairs past the thresholds of packages/core/src/collusion.ts are flagged to moderators.
import type { CaseParticipation } from '@consilium/core';
import { findCollusion } from '@consilium/core';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../platform/database/index.js';
import {
  candidates,
  caseOutcomes,
  collusionFlags,
  members,
  suggestions,
  votes,
} from '../platform/database/schema.js';
import { keysOf } from './matching.js';

/** How many of the most recent resolved cases a review reads. */
const REVIEW_WINDOW = 200;

/** Re-reviews every pair that includes one of `memberIds`; returns how many pairs are flagged. */
export async function reviewCollusion(
  tx: Queryable,
  memberIds: readonly string[],
  at: Date,
): Promise<number> {
  if (memberIds.length < 1) return 0;
  const involved = sql`(
    exists (select 1 from ${suggestions} where ${suggestions.caseId} = ${caseOutcomes.caseId}
      and ${suggestions.withdrawnAt} is null and ${inArray(suggestions.authorId, [...memberIds])})
    or exists (select 1 from ${votes} join ${candidates} on ${candidates.id} = ${votes.candidateId}
      where ${candidates.caseId} = ${caseOutcomes.caseId} and ${inArray(votes.memberId, [...memberIds])}))`;
  const resolved = await tx
    .select()
    .from(caseOutcomes)
    .where(and(eq(caseOutcomes.source, 'follow-up'), involved))
    .orderBy(desc(caseOutcomes.recordedAt))
    .limit(REVIEW_WINDOW);
  const participations: CaseParticipation[] = [];
  for (const outcome of resolved) {
    const confirmed = await keysOf(tx, {
      conceptId:
        outcome.system === null || outcome.code === null
          ? null
          : `${outcome.system}:${outcome.code}`,
      label: outcome.diagnosis,
    });
    const backed = await tx
      .select({
        memberId: suggestions.authorId,
        key: candidates.key,
        position: suggestions.position,
      })
      .from(suggestions)
      .innerJoin(candidates, eq(candidates.id, suggestions.candidateId))
      .where(and(eq(suggestions.caseId, outcome.caseId), isNull(suggestions.withdrawnAt)))
      .orderBy(suggestions.authorId, suggestions.position);
    const cast = await tx
      .select({ memberId: votes.memberId, key: candidates.key, value: votes.value })
      .from(votes)
      .innerJoin(candidates, eq(candidates.id, votes.candidateId))
      .where(eq(candidates.caseId, outcome.caseId));
    const members = new Set([...backed, ...cast].map((row) => row.memberId));
    participations.push({
      caseId: outcome.caseId,
      confirmedKeys: [...confirmed],
      contributions: [...members].map((memberId) => ({
        memberId,
        candidates: backed.filter((row) => row.memberId === memberId).map((row) => row.key),
        votes: cast
          .filter((row) => row.memberId === memberId)
          .map((row) => ({
            candidate: row.key,
            value: row.value === 1 ? (1 as const) : (-1 as const),
          })),
      })),
    });
  }
  const watched = new Set(memberIds);
  const flags = findCollusion(participations).filter(
    (flag) => watched.has(flag.memberA) || watched.has(flag.memberB),
  );
  for (const flag of flags)
    await tx
      .insert(collusionFlags)
      .values({
        memberA: flag.memberA,
        memberB: flag.memberB,
        overlap: flag.overlap,
        agreements: flag.agreements,
        flaggedAt: at,
      })
      .onConflictDoUpdate({
        target: [collusionFlags.memberA, collusionFlags.memberB],
        set: { overlap: flag.overlap, agreements: flag.agreements },
      });
  return flags.length;
}

/** The flagged pairs, unreviewed first, then the most suspicious. */
export async function listCollusionFlags(db: Queryable) {
  const a = alias(members, 'member_a');
  const b = alias(members, 'member_b');
  return db
    .select({
      memberA: collusionFlags.memberA,
      memberB: collusionFlags.memberB,
      aHandle: a.handle,
      aName: a.displayName,
      bHandle: b.handle,
      bName: b.displayName,
      overlap: collusionFlags.overlap,
      agreements: collusionFlags.agreements,
      flaggedAt: collusionFlags.flaggedAt,
      reviewedAt: collusionFlags.reviewedAt,
    })
    .from(collusionFlags)
    .innerJoin(a, eq(a.id, collusionFlags.memberA))
    .innerJoin(b, eq(b.id, collusionFlags.memberB))
    .orderBy(
      sql`${collusionFlags.reviewedAt} is not null`,
      desc(sql`${collusionFlags.agreements}::float / greatest(${collusionFlags.overlap}, 1)`),
      desc(collusionFlags.flaggedAt),
    )
    .limit(200);
}

export async function markCollusionReviewed(
  db: Queryable,
  memberIds: [string, string],
  at: Date,
): Promise<boolean> {
  const [first, second] = [...memberIds].sort();
  const updated = await db
    .update(collusionFlags)
    .set({ reviewedAt: at })
    .where(and(eq(collusionFlags.memberA, first ?? ''), eq(collusionFlags.memberB, second ?? '')))
    .returning({ memberA: collusionFlags.memberA });
  return updated.length > 0;
}
