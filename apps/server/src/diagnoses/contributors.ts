// Who the contributors of a case are, as the aggregation sees them: the tier each holds on the
// case (from credentials in force) and the weight of their judgement (from their reputation,
// learned only from outcomes confirmed before now). Never their identity beyond an id.
import type { MemberStanding, OutcomeEvent, SupportTier } from '@consilium/core';
import { GENERAL_SPECIALTY, reputationWeight, tierOnCase } from '@consilium/core';
import { and, inArray, lt } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { reputationEvents } from '../platform/database/schema.js';
import type { CredentialInForce } from '../platform/tiers.js';
import { credentialsInForce } from '../platform/tiers.js';

/** The specialty a case is judged in: its first tag, or "general". */
export function caseSpecialtyOf(specialties: readonly string[]): string {
  return specialties[0] ?? GENERAL_SPECIALTY;
}

/** What a member is verified as, from their credentials in force. */
export function standingOf(inForce: readonly CredentialInForce[]): MemberStanding {
  const professional = inForce.filter((credential) => credential.kind === 'professional');
  if (professional.length > 0)
    return {
      tier: 'professional',
      specialties: [...new Set(professional.flatMap((credential) => credential.specialties))],
    };
  if (inForce.some((credential) => credential.kind === 'student'))
    return { tier: 'student', specialties: [] };
  return { tier: 'detective', specialties: [] };
}

export interface Contributor {
  tier: SupportTier;
  weight: number;
}

/** Each member's outcome events confirmed strictly before `at`, oldest first. */
export async function outcomeEventsOf(
  db: Queryable,
  memberIds: readonly string[],
  at: Date,
): Promise<Map<string, OutcomeEvent[]>> {
  const byMember = new Map<string, OutcomeEvent[]>();
  if (memberIds.length === 0) return byMember;
  const rows = await db
    .select({
      memberId: reputationEvents.memberId,
      specialty: reputationEvents.specialty,
      hit: reputationEvents.hit,
      confirmedAt: reputationEvents.confirmedAt,
    })
    .from(reputationEvents)
    .where(
      and(inArray(reputationEvents.memberId, [...memberIds]), lt(reputationEvents.confirmedAt, at)),
    )
    .orderBy(reputationEvents.confirmedAt);
  for (const row of rows) {
    const events = byMember.get(row.memberId) ?? [];
    events.push({ specialty: row.specialty, hit: row.hit, confirmedAt: row.confirmedAt });
    byMember.set(row.memberId, events);
  }
  return byMember;
}

/** The weight of a member with no scored outcomes yet depends on their tier alone. */
const unprovenWeights = new Map<SupportTier, number>();

function unprovenWeight(tier: SupportTier, specialty: string, at: Date): number {
  let weight = unprovenWeights.get(tier);
  if (weight === undefined) {
    weight = reputationWeight([], { specialty, tier, at });
    unprovenWeights.set(tier, weight);
  }
  return weight;
}

/** The tier and weight of each member on a case of `specialty`, as of `at`. */
export async function contributorsOn(
  db: Queryable,
  memberIds: readonly string[],
  specialty: string,
  at: Date,
): Promise<Map<string, Contributor>> {
  const unique = [...new Set(memberIds)];
  const inForce = await credentialsInForce(db, unique, at);
  const events = await outcomeEventsOf(db, unique, at);
  const contributors = new Map<string, Contributor>();
  for (const memberId of unique) {
    const standing = standingOf(inForce.filter((credential) => credential.memberId === memberId));
    const tier = tierOnCase(standing, specialty);
    const history = events.get(memberId) ?? [];
    const weight =
      history.length === 0
        ? unprovenWeight(tier, specialty, at)
        : reputationWeight(history, { specialty, tier, at });
    contributors.set(memberId, { tier, weight });
  }
  return contributors;
}
