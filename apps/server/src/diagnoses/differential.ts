// The collective differential of a case: the weighted aggregation (packages/core) of every active
// suggestion and vote, recomputed in the same transaction as each write and cached in
// case_differentials, so readers get it with one row read.
import type { AggregatedCandidate, ContributorDifferential, SupportTier } from '@consilium/core';
import { aggregate } from '@consilium/core';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { caseDifferentials, cases } from '../platform/database/schema.js';
import { caseSpecialtyOf, contributorsOn } from './contributors.js';
import { listActiveSuggestions, listCandidates, listVotes } from './suggestions.queries.js';

/** The rule the platform ranks by; the others are measured in docs/aggregation.md. */
export const COLLECTIVE_RULE = 'weighted' as const;

export interface CachedItem {
  candidateId: string;
  rank: number;
  probability: number;
  score: number;
  support: Record<SupportTier, number>;
  firstChoices: number;
  /**
   * A member of at least TRUSTED_WEIGHT (verified, or with a confirmed hit) backs it; absent in
   * caches written before it existed, read as trusted.
   */
  trusted?: boolean;
}

export interface CachedDifferential {
  version: number;
  computedAt: Date | null;
  contributors: number;
  items: CachedItem[];
}

/** The members' differentials and votes on a case, as the aggregation takes them. */
export async function aggregationInputs(db: Queryable, caseId: string, at: Date) {
  const [row] = await db
    .select({ specialties: cases.specialties })
    .from(cases)
    .where(eq(cases.id, caseId));
  const specialty = caseSpecialtyOf(row?.specialties ?? []);
  const active = await listActiveSuggestions(db, caseId);
  const allVotes = await listVotes(db, caseId);
  const people = await contributorsOn(
    db,
    [...active.map((item) => item.authorId), ...allVotes.map((vote) => vote.memberId)],
    specialty,
    at,
  );
  const byAuthor = new Map<string, typeof active>();
  for (const suggestion of active) {
    const list = byAuthor.get(suggestion.authorId) ?? [];
    list.push(suggestion);
    byAuthor.set(suggestion.authorId, list);
  }
  const differentials: ContributorDifferential[] = [...byAuthor].map(([authorId, list]) => {
    const person = people.get(authorId) ?? { tier: 'detective' as const, weight: 0 };
    return {
      contributorId: authorId,
      tier: person.tier,
      weight: person.weight,
      entries: [...list]
        .sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime())
        .map((item) => ({ candidate: item.candidateId, confidence: item.confidence / 100 })),
    };
  });
  const castVotes = allVotes.map((vote) => {
    const person = people.get(vote.memberId) ?? { tier: 'detective' as const, weight: 0 };
    return {
      voterId: vote.memberId,
      candidate: vote.candidateId,
      tier: person.tier,
      weight: person.weight,
      value: vote.value === 1 ? (1 as const) : (-1 as const),
    };
  });
  return { specialty, differentials, votes: castVotes, active };
}

function toItems(aggregated: AggregatedCandidate[]): CachedItem[] {
  return aggregated.map((item) => ({
    candidateId: item.candidate,
    rank: item.rank,
    probability: item.probability,
    score: item.score,
    support: item.support,
    firstChoices: item.firstChoices,
    trusted: item.trusted,
  }));
}

/** A candidate as members are shown it: its rank among the trusted candidates. */
export interface ShownItem extends CachedItem {
  shownRank: number;
}

/**
 * What members are shown of a differential: the candidates a trusted member backs, ranked among
 * themselves, and the others, pending, without rank or probability — so that fresh accounts
 * cannot set the leader others see (docs/aggregation.md, "Herding"). Ties keep a shared rank.
 */
export function shownDifferential(items: readonly CachedItem[]): {
  ranked: ShownItem[];
  pending: CachedItem[];
} {
  const ranked: ShownItem[] = [];
  const pending: CachedItem[] = [];
  for (const item of [...items].sort((a, b) => a.rank - b.rank)) {
    if (item.trusted === false) {
      pending.push(item);
      continue;
    }
    const previous = ranked.at(-1);
    const shownRank =
      previous !== undefined && previous.rank === item.rank
        ? previous.shownRank
        : ranked.length + 1;
    ranked.push({ ...item, shownRank });
  }
  return { ranked, pending };
}

/**
 * Recomputes a case's collective differential and caches it, inside the caller's transaction.
 * A per-case lock makes recomputations take turns: the last to commit has read every write
 * committed before it, so the cache ends up matching the data.
 */
export async function recomputeDifferential(
  tx: Queryable,
  caseId: string,
  at: Date,
): Promise<CachedDifferential> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'differential:' + caseId}))`);
  const inputs = await aggregationInputs(tx, caseId, at);
  const known = new Set((await listCandidates(tx, caseId)).map((candidate) => candidate.id));
  const items = toItems(aggregate(COLLECTIVE_RULE, inputs.differentials, inputs.votes)).filter(
    (item) => known.has(item.candidateId),
  );
  const contributors = new Set([
    ...inputs.differentials.map((item) => item.contributorId),
    ...inputs.votes.map((vote) => vote.voterId),
  ]).size;
  const [row] = await tx
    .insert(caseDifferentials)
    .values({ caseId, version: 1, differential: items, contributors, computedAt: at })
    .onConflictDoUpdate({
      target: caseDifferentials.caseId,
      set: {
        version: sql`${caseDifferentials.version} + 1`,
        differential: items,
        contributors,
        computedAt: at,
      },
    })
    .returning({ version: caseDifferentials.version });
  return { version: row?.version ?? 1, computedAt: at, contributors, items };
}

/**
 * The differential of a case: the cached one, or — for a case with suggestions or votes but no
 * cache, as cases written before the cache existed have — computed and cached now.
 */
export async function currentDifferential(
  db: Queryable,
  caseId: string,
  at: Date,
): Promise<CachedDifferential> {
  const cached = await cachedDifferential(db, caseId);
  if (cached.version > 0) return cached;
  const backed =
    (await listActiveSuggestions(db, caseId)).length > 0 ||
    (await listVotes(db, caseId)).length > 0;
  if (!backed) return cached;
  return db.transaction((tx) => recomputeDifferential(tx, caseId, at));
}

/** The cached differential of a case (empty, version 0, before any suggestion). */
export async function cachedDifferential(
  db: Queryable,
  caseId: string,
): Promise<CachedDifferential> {
  const [row] = await db
    .select()
    .from(caseDifferentials)
    .where(eq(caseDifferentials.caseId, caseId));
  if (row === undefined) return { version: 0, computedAt: null, contributors: 0, items: [] };
  return {
    version: row.version,
    computedAt: row.computedAt,
    contributors: row.contributors,
    items: row.differential as CachedItem[],
  };
}
