// Reward points: how a case's pledge is split among the members who helped. Exact integer
// arithmetic, so the same inputs give the same split on every machine and in every order.

/** Points each member receives once, when their account is opened. */
export const WELCOME_POINTS = 100;

/** What one member did for a case, as the case's owner and its final differential judged it. */
export interface RewardContribution {
  memberId: string;
  /** The owner's rating of the member's suggestions: true, false, or null when not rated. */
  helpful: boolean | null;
  /** The member's share (0–1) in the winning candidates of the final differential. */
  contribution: number;
}

export interface RewardAward {
  memberId: string;
  /** Whole points, at least 1. */
  amount: number;
}

/** Contributions count to a millionth: enough resolution, and integer weights stay exact. */
const CONTRIBUTION_STEPS = 1_000_000;

/**
 * Rated helpful counts in full, not rated counts half (the owner may simply not have got to it),
 * rated not helpful counts nothing. Kept as integers: 2, 1, 0.
 */
function ratingFactor(helpful: boolean | null): bigint {
  if (helpful === true) return 2n;
  if (helpful === null) return 1n;
  return 0n;
}

/**
 * A member's weight in the split, as an integer: contribution (in millionths) × rating factor.
 * Throws RangeError for a contribution outside 0–1; rounding noise within half a millionth of
 * the bounds (a sum of probabilities that lands on 1.0000000000000002) is accepted.
 */
export function rewardWeight(item: RewardContribution): bigint {
  const steps = Math.round(item.contribution * CONTRIBUTION_STEPS);
  if (!Number.isFinite(steps) || steps < 0 || steps > CONTRIBUTION_STEPS)
    throw new RangeError(
      `Contribution of member ${item.memberId} must be between 0 and 1, not ${item.contribution}`,
    );
  return BigInt(steps) * ratingFactor(item.helpful);
}

function assertValid(total: number, contributions: readonly RewardContribution[]): void {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`The total to split must be a whole number of points ≥ 0, not ${total}`);
  const seen = new Set<string>();
  for (const item of contributions) {
    rewardWeight(item);
    if (seen.has(item.memberId))
      throw new RangeError(`Member ${item.memberId} appears twice: give one contribution each`);
    seen.add(item.memberId);
  }
}

const byMemberId = (a: { memberId: string }, b: { memberId: string }) =>
  a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;

/**
 * Splits `total` points in proportion to each member's weight by the largest-remainder method:
 * everyone gets the whole part of their exact share, and the points left over go one each to the
 * largest fractional parts (ties to the smaller member id). The amounts sum to `total` exactly.
 * The case's owner never receives any of their own pledge. Returns [] when nobody has a positive
 * weight (or total is 0): the caller then refunds the owner. Awards are sorted by member id and
 * only members who receive at least one point appear.
 */
export function splitPledge(
  total: number,
  contributions: readonly RewardContribution[],
  options: { ownerId?: string | undefined } = {},
): RewardAward[] {
  assertValid(total, contributions);
  const weighted = contributions
    .filter((item) => item.memberId !== options.ownerId)
    .map((item) => ({ memberId: item.memberId, weight: rewardWeight(item) }))
    .filter((item) => item.weight > 0n)
    .sort(byMemberId);
  const totalWeight = weighted.reduce((sum, item) => sum + item.weight, 0n);
  if (total === 0 || totalWeight === 0n) return [];

  const points = BigInt(total);
  const shares = weighted.map((item) => {
    const exact = points * item.weight;
    return { memberId: item.memberId, whole: exact / totalWeight, remainder: exact % totalWeight };
  });
  let leftOver = points - shares.reduce((sum, share) => sum + share.whole, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? byMemberId(a, b) : a.remainder > b.remainder ? -1 : 1,
  );
  // leftOver equals the sum of the fractional parts, so it is smaller than the number of shares.
  for (const share of byRemainder) {
    if (leftOver === 0n) break;
    share.whole += 1n;
    leftOver -= 1n;
  }
  return shares
    .filter((share) => share.whole > 0n)
    .map((share) => ({ memberId: share.memberId, amount: Number(share.whole) }));
}
