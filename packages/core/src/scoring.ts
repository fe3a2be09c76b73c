// Scoring a ranked differential against the confirmed diagnosis: where the diagnosis stood, top-k
// hits, reciprocal rank and the Brier score of a probability distribution. The same functions score
// a case-study commit when its answer is revealed, every contributor when an outcome is confirmed,
// and the aggregation rules in the evaluation (docs/aggregation.md).

/**
 * The confirmed diagnosis as the set of candidate keys that mean it (a concept and the codes or
 * synonyms merged into it): a differential that names any of them names the diagnosis.
 */
export type ConfirmedKeys = ReadonlySet<string> | readonly string[];

/** "The confirmed diagnosis was in my top 3": the event a reputation is learned from. */
export const REPUTATION_TOP_K = 3;

const asSet = (keys: ConfirmedKeys): ReadonlySet<string> =>
  keys instanceof Set ? keys : new Set(keys);

/**
 * The 1-based rank of the confirmed diagnosis in a differential, most likely first, or null when it
 * is absent. A key repeated in the list counts at its first place only, so a repetition never
 * pushes the diagnosis down.
 */
export function rankOfConfirmed(
  rankedKeys: readonly string[],
  confirmedKeys: ConfirmedKeys,
): number | null {
  const confirmed = asSet(confirmedKeys);
  const seen = new Set<string>();
  for (const key of rankedKeys) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (confirmed.has(key)) return seen.size;
  }
  return null;
}

/** Whether the confirmed diagnosis is among the first k distinct candidates. */
export function isTopKHit(
  rankedKeys: readonly string[],
  confirmedKeys: ConfirmedKeys,
  k: number,
): boolean {
  const rank = rankOfConfirmed(rankedKeys, confirmedKeys);
  return rank !== null && rank <= k;
}

/** Whether the confirmed diagnosis is among the first three candidates. */
export function isTop3Hit(rankedKeys: readonly string[], confirmedKeys: ConfirmedKeys): boolean {
  return isTopKHit(rankedKeys, confirmedKeys, REPUTATION_TOP_K);
}

/** 1/rank of the confirmed diagnosis, 0 when it is absent. */
export function reciprocalRank(
  rankedKeys: readonly string[],
  confirmedKeys: ConfirmedKeys,
): number {
  const rank = rankOfConfirmed(rankedKeys, confirmedKeys);
  return rank === null ? 0 : 1 / rank;
}

/** A candidate and the probability given to it. */
export interface CandidateProbability {
  candidate: string;
  probability: number;
}

/**
 * The Brier score of a probability distribution over candidates: the squared distance between the
 * forecast and the outcome over every possible diagnosis, from 0 (all mass on the confirmed
 * diagnosis) to 2 (all mass on one wrong candidate). Candidates not listed have probability 0; the
 * probabilities of keys of the confirmed diagnosis are pooled, as are those of a repeated key. The
 * probabilities must be non-negative and sum to at most 1.
 */
export function brierScore(
  distribution: readonly CandidateProbability[],
  confirmedKeys: ConfirmedKeys,
): number {
  const confirmed = asSet(confirmedKeys);
  const pooled = new Map<string, number>();
  let confirmedMass = 0;
  let total = 0;
  for (const { candidate, probability } of distribution) {
    if (!Number.isFinite(probability) || probability < 0) {
      throw new RangeError(`The probability of ${candidate} must be a number from 0 to 1`);
    }
    total += probability;
    if (confirmed.has(candidate)) confirmedMass += probability;
    else pooled.set(candidate, (pooled.get(candidate) ?? 0) + probability);
  }
  if (total > 1 + 1e-9) {
    throw new RangeError(`Probabilities must sum to at most 1; these sum to ${total}`);
  }
  let score = (1 - confirmedMass) ** 2;
  for (const probability of pooled.values()) score += probability ** 2;
  return score;
}

/** Everything a scored differential records. */
export interface DifferentialScore {
  rank: number | null;
  top1: boolean;
  top3: boolean;
  top10: boolean;
  reciprocalRank: number;
}

/** Scores a differential at once on each measure the platform reports. */
export function scoreDifferential(
  rankedKeys: readonly string[],
  confirmedKeys: ConfirmedKeys,
): DifferentialScore {
  const rank = rankOfConfirmed(rankedKeys, confirmedKeys);
  return {
    rank,
    top1: rank === 1,
    top3: rank !== null && rank <= 3,
    top10: rank !== null && rank <= 10,
    reciprocalRank: rank === null ? 0 : 1 / rank,
  };
}
