// Reputation: how far a member's judgement counts in a specialty, learned only from confirmed
// outcomes and in time order. A Beta-Binomial posterior on "the confirmed diagnosis was in my top
// 3", with a prior set by verified tier; the weight is a cautious (lower) estimate of that
// accuracy, so an unproven account counts little. Formulas and reasons: docs/aggregation.md.
import type { SupportTier } from './aggregation.js';
import { specialtyByCode } from './specialties.js';

/** One scored differential of a member: the confirmed diagnosis was in their top 3, or not. */
export interface OutcomeEvent {
  /** The specialty of the case ("general" for a case tagged with none). */
  specialty: string;
  hit: boolean;
  /** When the diagnosis was confirmed (or the case-study commit revealed): evidence from then on. */
  confirmedAt: Date;
}

/** A prior belief on top-3 accuracy: its mean, and how many outcomes it is worth. */
export interface TierPrior {
  mean: number;
  strength: number;
}

/**
 * Priors by the tier a member holds on the case, anchored on the published individual top-3
 * accuracy of physicians (62.5 %, Barnett et al. 2019): see docs/aggregation.md for each figure.
 */
export const TIER_PRIORS: Readonly<Record<SupportTier, TierPrior>> = {
  specialist: { mean: 0.66, strength: 4 },
  professional: { mean: 0.6, strength: 4 },
  student: { mean: 0.45, strength: 2 },
  detective: { mean: 0.35, strength: 1 },
};

/** The weight is this lower quantile of the posterior: accuracy the member has shown at least. */
export const WEIGHT_QUANTILE = 0.2;
/** How much an outcome in a related specialty (same branch of the taxonomy) counts. */
export const RELATED_SPECIALTY_SHARE = 0.5;
/** How much an outcome in an unrelated specialty counts. */
export const OTHER_SPECIALTY_SHARE = 0.25;
/** The specialty of a case tagged with none; related to every specialty. */
export const GENERAL_SPECIALTY = 'general';

/** The top of a specialty's branch in the taxonomy (an unknown code is a branch of its own). */
function branchOf(code: string): string {
  let current = code;
  for (let depth = 0; depth < 10; depth++) {
    const parent = specialtyByCode(current)?.parent;
    if (parent === undefined) return current;
    current = parent;
  }
  return current;
}

/** How much an outcome in `source` counts as evidence for `target`: 1, related, or other. */
export function specialtyShare(target: string, source: string): number {
  if (target === source) return 1;
  if (target === GENERAL_SPECIALTY || source === GENERAL_SPECIALTY) return RELATED_SPECIALTY_SHARE;
  return branchOf(target) === branchOf(source) ? RELATED_SPECIALTY_SHARE : OTHER_SPECIALTY_SHARE;
}

/** Whether one specialty lies on the other's line of parents (neurology and epilepsy, say). */
function isSameLine(a: string, b: string): boolean {
  const lineOf = (code: string) => {
    const line = [code];
    for (let parent = specialtyByCode(code)?.parent; parent !== undefined && line.length < 10;) {
      line.push(parent);
      parent = specialtyByCode(parent)?.parent;
    }
    return line;
  };
  return lineOf(a).includes(b) || lineOf(b).includes(a);
}

/** What a member is verified as, outside any one case. */
export interface MemberStanding {
  tier: Exclude<SupportTier, 'specialist'>;
  /** The specialties their verified credentials name (professionals only). */
  specialties: readonly string[];
}

/**
 * The tier a member holds on a case: a professional verified in the case's specialty, or in one on
 * its line of parents or children, is a specialist there.
 */
export function tierOnCase(member: MemberStanding, caseSpecialty: string): SupportTier {
  if (
    member.tier === 'professional' &&
    member.specialties.some((specialty) => isSameLine(specialty, caseSpecialty))
  ) {
    return 'specialist';
  }
  return member.tier;
}

/** Outcomes counted for one specialty: direct ones, and all of them weighted by their share. */
export interface Evidence {
  hits: number;
  misses: number;
  weightedHits: number;
  weightedMisses: number;
}

/** The evidence for a specialty at a moment: only outcomes confirmed strictly before `at`. */
export function evidenceAt(events: readonly OutcomeEvent[], specialty: string, at: Date): Evidence {
  const evidence: Evidence = { hits: 0, misses: 0, weightedHits: 0, weightedMisses: 0 };
  const cutoff = at.getTime();
  for (const event of events) {
    if (!(event.confirmedAt.getTime() < cutoff)) continue;
    const share = specialtyShare(specialty, event.specialty);
    if (event.hit) evidence.weightedHits += share;
    else evidence.weightedMisses += share;
    if (event.specialty !== specialty) continue;
    if (event.hit) evidence.hits += 1;
    else evidence.misses += 1;
  }
  return evidence;
}

/** A Beta distribution's two parameters. */
export interface BetaPosterior {
  alpha: number;
  beta: number;
}

/** The posterior on top-3 accuracy: the tier's prior updated by the weighted evidence. */
export function posteriorOf(tier: SupportTier, evidence: Evidence): BetaPosterior {
  const prior = TIER_PRIORS[tier];
  return {
    alpha: prior.mean * prior.strength + evidence.weightedHits,
    beta: (1 - prior.mean) * prior.strength + evidence.weightedMisses,
  };
}

/** The weight of a posterior: its lower WEIGHT_QUANTILE quantile, in [0, 1]. */
export function weightOf(posterior: BetaPosterior): number {
  return betaQuantile(WEIGHT_QUANTILE, posterior.alpha, posterior.beta);
}

/** The weight of a member's differential on a case of `specialty`, at time `at`. */
export function reputationWeight(
  events: readonly OutcomeEvent[],
  options: { specialty: string; tier: SupportTier; at: Date },
): number {
  return weightOf(posteriorOf(options.tier, evidenceAt(events, options.specialty, options.at)));
}

/** What a profile shows of a member's track record in one specialty. */
export interface SpecialtyReputation {
  specialty: string;
  tier: SupportTier;
  hits: number;
  misses: number;
  posteriorMean: number;
  /** The central 95 % credible interval of top-3 accuracy. */
  credibleInterval95: [number, number];
  weight: number;
}

/**
 * A member's reputation in each specialty they have outcomes in (and each of `specialties`, their
 * verified ones), as of `at`, in the order of the specialty codes.
 */
export function reputationSummary(
  events: readonly OutcomeEvent[],
  member: MemberStanding,
  at: Date,
): SpecialtyReputation[] {
  const cutoff = at.getTime();
  const codes = new Set(member.specialties);
  for (const event of events) if (event.confirmedAt.getTime() < cutoff) codes.add(event.specialty);
  return [...codes]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((specialty) => {
      const tier = tierOnCase(member, specialty);
      const evidence = evidenceAt(events, specialty, at);
      const posterior = posteriorOf(tier, evidence);
      return {
        specialty,
        tier,
        hits: evidence.hits,
        misses: evidence.misses,
        posteriorMean: posterior.alpha / (posterior.alpha + posterior.beta),
        credibleInterval95: [
          betaQuantile(0.025, posterior.alpha, posterior.beta),
          betaQuantile(0.975, posterior.alpha, posterior.beta),
        ],
        weight: weightOf(posterior),
      };
    });
}

// The Beta distribution: the regularised incomplete beta function by its continued fraction
// (Numerical Recipes, 3rd ed., §6.4) and the quantile by bisection, which cannot diverge.

function logGamma(x: number): number {
  // Lanczos approximation, g = 7, n = 9: about 15 significant digits for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0] ?? 0;
  for (let i = 1; i < 9; i++) sum += (c[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let result = d;
  for (let m = 1; m <= 300; m++) {
    for (const numerator of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < tiny) c = tiny;
      result *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return result;
}

/** P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    a * Math.log(x) + b * Math.log(1 - x) - (logGamma(a) + logGamma(b) - logGamma(a + b)),
  );
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The p-quantile of Beta(a, b), to about 1e-12. */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError('Beta parameters must be positive');
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 42; i++) {
    const middle = (low + high) / 2;
    if (betaCdf(middle, a, b) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
