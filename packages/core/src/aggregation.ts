// Aggregation: many members' ranked differentials (and votes) turned into one ranked differential
// with normalised probabilities. Pure and deterministic: the same input gives the same output,
// whatever its order. The rules and their reasons are in docs/aggregation.md.

/** Tiers a contributor is counted under (never their identity). */
export const SUPPORT_TIERS = ['specialist', 'professional', 'student', 'detective'] as const;
export type SupportTier = (typeof SUPPORT_TIERS)[number];

export const AGGREGATION_RULES = ['plurality', 'reciprocal-rank', 'weighted'] as const;
export type AggregationRule = (typeof AGGREGATION_RULES)[number];

/** One member's differential on a case: candidates (merged concept keys), most likely first. */
export interface ContributorDifferential {
  contributorId: string;
  tier: SupportTier;
  /** How much this member's judgement counts (from reputation), 0–1; only the weighted rule reads it. */
  weight: number;
  entries: readonly {
    candidate: string;
    /** 0–1, the member's own confidence. */ confidence?: number;
  }[];
}

export interface CandidateVote {
  voterId: string;
  candidate: string;
  tier: SupportTier;
  weight: number;
  value: 1 | -1;
}

export interface AggregatedCandidate {
  candidate: string;
  rank: number;
  score: number;
  /**
   * 0–1, from the positive scores (their shares; under the weighted rule, see EVIDENCE_SHARPNESS);
   * the probabilities of a differential sum to 1.
   */
  probability: number;
  /** Why it ranks there: how many members of each tier put it in their differential or upvoted it. */
  support: Record<SupportTier, number>;
  /** How many members put it first. */
  firstChoices: number;
  /**
   * Whether a member whose weight is at least TRUSTED_WEIGHT listed or upvoted it: one who is
   * verified, or has a confirmed hit. Only such candidates are shown as ranked to members, so
   * that fresh accounts cannot set the leader others see (docs/aggregation.md, "Herding").
   */
  trusted: boolean;
}

/**
 * The weight from which a member's support makes a candidate `trusted`. A verified student with no
 * record weighs 0.15 and a verified professional 0.40; an unverified account weighs 0.018 until
 * its first confirmed hit (0.41 after one). See docs/aggregation.md.
 */
export const TRUSTED_WEIGHT = 0.04;

/**
 * Under the weighted rule a full differential of this many candidates, at the default confidence,
 * spends exactly the member's weight; a shorter one spends less, a longer one is scaled down.
 */
export const FULL_DIFFERENTIAL = 10;
/** 1 + 1/2 + … + 1/FULL_DIFFERENTIAL: what a full differential's reciprocal ranks add up to. */
const FULL_RECIPROCAL_SUM = Array.from(
  { length: FULL_DIFFERENTIAL },
  (_, index) => 1 / (index + 1),
).reduce((sum, value) => sum + value, 0);

/**
 * A vote moves a candidate by this share of the voter's weight: as much as naming it second in a
 * differential (about 0.17; a first choice moves it by about 0.34).
 */
export const VOTE_SHARE = 0.5 / FULL_RECIPROCAL_SUM;

/**
 * Under the weighted rule a candidate's probability is proportional to e^(3 · score) − 1: shares of
 * the scores while support is thin, sharper as independent support piles up (a log-linear pool of
 * evidence). 3 was chosen for the Brier score on a development seed (docs/aggregation.md).
 */
export const EVIDENCE_SHARPNESS = 3;

const emptySupport = (): Record<SupportTier, number> => ({
  specialist: 0,
  professional: 0,
  student: 0,
  detective: 0,
});

const clamp01 = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));

/**
 * Each contributor's points for each candidate under a rule. Under the weighted rule a member's
 * points sum to their weight at most (the cap on one account's influence): their reciprocal ranks,
 * tilted by confidence, are divided by what a full differential's add up to (or by their own sum
 * when that is larger), then scaled by weight. A first choice thus counts the same whether the
 * member lists two candidates or ten.
 */
function pointsOf(
  rule: AggregationRule,
  differential: ContributorDifferential,
): Map<string, number> {
  const points = new Map<string, number>();
  const seen = differential.entries.filter(
    (entry, index, all) => all.findIndex((other) => other.candidate === entry.candidate) === index,
  );
  if (seen.length === 0) return points;
  if (rule === 'plurality') {
    points.set(seen[0]?.candidate ?? '', 1);
    return points;
  }
  const raw = seen.map((entry, index) => {
    const reciprocal = 1 / (index + 1);
    if (rule === 'reciprocal-rank') return reciprocal;
    // Confidence tilts, never zeroes: 50 % confidence leaves a reciprocal rank as it is.
    const confidence = entry.confidence === undefined ? 0.5 : clamp01(entry.confidence);
    return reciprocal * (0.5 + confidence);
  });
  if (rule === 'reciprocal-rank') {
    seen.forEach((entry, index) => points.set(entry.candidate, raw[index] ?? 0));
    return points;
  }
  const total = Math.max(
    FULL_RECIPROCAL_SUM,
    raw.reduce((sum, value) => sum + value, 0),
  );
  const weight = clamp01(differential.weight);
  seen.forEach((entry, index) => points.set(entry.candidate, ((raw[index] ?? 0) / total) * weight));
  return points;
}

/** The ranked differential of a case under one rule. */
export function aggregate(
  rule: AggregationRule,
  differentials: readonly ContributorDifferential[],
  votes: readonly CandidateVote[] = [],
): AggregatedCandidate[] {
  const scores = new Map<string, number>();
  const support = new Map<string, Record<SupportTier, number>>();
  const firstChoices = new Map<string, number>();
  const supporters = new Map<string, Set<string>>();
  const trusted = new Set<string>();
  const supportOf = (candidate: string) => {
    let value = support.get(candidate);
    if (value === undefined) {
      value = emptySupport();
      support.set(candidate, value);
      supporters.set(candidate, new Set());
      scores.set(candidate, scores.get(candidate) ?? 0);
    }
    return value;
  };
  const count = (candidate: string, memberId: string, tier: SupportTier, weight: number) => {
    const tiers = supportOf(candidate);
    if (clamp01(weight) >= TRUSTED_WEIGHT) trusted.add(candidate);
    const members = supporters.get(candidate);
    if (members === undefined || members.has(memberId)) return;
    members.add(memberId);
    tiers[tier] += 1;
  };

  // One differential per member (a repeated contributor id counts once, the first given), summed
  // in the order of their ids so that floating-point sums never depend on the input order.
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const unique = differentials
    .filter(
      (item, index, all) =>
        all.findIndex((other) => other.contributorId === item.contributorId) === index,
    )
    .sort((a, b) => byId(a.contributorId, b.contributorId));
  for (const differential of unique) {
    for (const [candidate, points] of pointsOf(rule, differential)) {
      scores.set(candidate, (scores.get(candidate) ?? 0) + points);
    }
    differential.entries.forEach((entry, index) => {
      count(entry.candidate, differential.contributorId, differential.tier, differential.weight);
      if (index === 0)
        firstChoices.set(entry.candidate, (firstChoices.get(entry.candidate) ?? 0) + 1);
    });
  }
  if (rule === 'weighted') {
    const counted = new Set<string>();
    const sortedVotes = [...votes].sort(
      (a, b) => byId(a.voterId, b.voterId) || byId(a.candidate, b.candidate),
    );
    for (const vote of sortedVotes) {
      const key = `${vote.voterId}\n${vote.candidate}`;
      if (counted.has(key)) continue;
      counted.add(key);
      supportOf(vote.candidate);
      scores.set(
        vote.candidate,
        (scores.get(vote.candidate) ?? 0) + vote.value * VOTE_SHARE * clamp01(vote.weight),
      );
      if (vote.value === 1) count(vote.candidate, vote.voterId, vote.tier, vote.weight);
    }
  }

  // e^(3s) − 1 overflows past s ≈ 236 (thousands of votes); there, e^(3(s − top)) is the same
  // distribution to within e^(−700).
  const top = Math.max(0, ...scores.values()) * EVIDENCE_SHARPNESS;
  const mass = (score: number) => {
    if (rule !== 'weighted') return Math.max(0, score);
    const exponent = EVIDENCE_SHARPNESS * Math.max(0, score);
    if (top < 700) return Math.expm1(exponent);
    return score > 0 ? Math.exp(exponent - top) : 0;
  };
  const positive = [...scores.values()].reduce((sum, score) => sum + mass(score), 0);
  const ordered = [...scores.entries()].sort(
    ([a, scoreA], [b, scoreB]) => scoreB - scoreA || (a < b ? -1 : a > b ? 1 : 0),
  );
  const result: AggregatedCandidate[] = [];
  ordered.forEach(([candidate, score], index) => {
    const previous = result[index - 1];
    result.push({
      candidate,
      rank: previous !== undefined && previous.score === score ? previous.rank : index + 1,
      score,
      probability: positive > 0 ? mass(score) / positive : 0,
      support: support.get(candidate) ?? emptySupport(),
      firstChoices: firstChoices.get(candidate) ?? 0,
      trusted: trusted.has(candidate),
    });
  });
  return result;
}

/**
 * The candidate members are shown as leading: the best-ranked one with a positive probability that
 * a trusted member backs, or none.
 */
export function shownLeader(differential: readonly AggregatedCandidate[]): string | undefined {
  return differential.find((item) => item.trusted && item.probability > 0)?.candidate;
}
