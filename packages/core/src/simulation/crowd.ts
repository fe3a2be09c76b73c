// Simulated solvers: who they are (tier, specialty, skill, whether they follow the crowd) and the
// differential each writes on a case. A differential is a Plackett–Luce draw over the case's
// candidates: the confirmed disease weighs by the solver's ability and how well the case fits it,
// a wrong one by its fit, and on a hard case one wrong disease draws everyone (shared errors).
import type { ContributorDifferential, SupportTier } from '../aggregation.js';
import { aggregate, shownLeader } from '../aggregation.js';
import type { MemberStanding } from '../reputation.js';
import { tierOnCase } from '../reputation.js';
import type { CandidatePool } from './candidates.js';
import type { Random } from './random.js';
import { hashToUnit } from './random.js';

/** The assumptions of the simulation (docs/aggregation.md lists and explains each). */
export interface CrowdParameters {
  /** How strongly a candidate's phenotype fit (0–1) draws solvers to it, in utility units. */
  fitScale: number;
  /** Standard deviation of a case's difficulty, shared by all its solvers. */
  difficultySpread: number;
  /** On a hard case, the best-fitting wrong disease draws this much per unit of difficulty. */
  trapStrength: number;
  /** A solver's ability by the tier they hold on the case, before the calibrated offset. */
  tierAbility: Record<SupportTier, number>;
  /** Standard deviation of a solver's own ability around their tier's. */
  skillSpread: number;
  /** Shares of members by verified standing. */
  standingShares: Record<MemberStanding['tier'], number>;
  /** How many candidates a differential holds, and how often. */
  listLengths: readonly (readonly [length: number, share: number])[];
  /** Share of members who follow the crowd, and how often they put its leader first. */
  herderShare: number;
  herdingProbability: number;
  /** The specialties cases and professionals are spread over. */
  specialties: readonly string[];
}

export const DEFAULT_CROWD: CrowdParameters = {
  fitScale: 3,
  difficultySpread: 1,
  trapStrength: 1.5,
  tierAbility: { specialist: 0.8, professional: 0.2, student: -0.5, detective: -1 },
  skillSpread: 0.5,
  standingShares: { professional: 0.55, student: 0.2, detective: 0.25 },
  listLengths: [
    [2, 0.2],
    [3, 0.35],
    [4, 0.25],
    [5, 0.2],
  ],
  herderShare: 0.25,
  herdingProbability: 0.6,
  specialties: [
    'cardiology',
    'dermatology',
    'endocrinology',
    'medical-genetics',
    'nephrology',
    'neurology',
    'ophthalmology',
    'pediatrics',
  ],
};

/** A simulated member. */
export interface SimulatedMember {
  id: string;
  standing: MemberStanding;
  /** Ability of their own, added to their tier's. */
  skill: number;
  listLength: number;
  isHerder: boolean;
  /** How often they solve cases, relative to others. */
  activity: number;
}

export function createMember(id: string, random: Random, crowd: CrowdParameters): SimulatedMember {
  const tiers = Object.keys(crowd.standingShares) as MemberStanding['tier'][];
  const tier = tiers[random.weighted(tiers.map((t) => crowd.standingShares[t]))] ?? 'detective';
  const specialty = crowd.specialties[random.int(crowd.specialties.length)] ?? 'general';
  const length = crowd.listLengths[random.weighted(crowd.listLengths.map(([, share]) => share))];
  return {
    id,
    standing: { tier, specialties: tier === 'professional' ? [specialty] : [] },
    skill: random.normal() * crowd.skillSpread,
    listLength: length?.[0] ?? 3,
    isHerder: random.next() < crowd.herderShare,
    activity: Math.exp(random.normal()),
  };
}

/** A case as the simulation sees it: its candidates, specialty and shared difficulty. */
export interface SimulatedCase extends CandidatePool {
  specialty: string;
  difficulty: number;
}

/** The specialty of a disease: the data have none, so each disease gets one at random (stable). */
export function specialtyOfDisease(disease: string, seed: string, crowd: CrowdParameters): string {
  const index = Math.floor(hashToUnit(`${seed}/specialty/${disease}`) * crowd.specialties.length);
  return crowd.specialties[index] ?? 'general';
}

export function simulateCase(
  pool: CandidatePool,
  seed: string,
  random: Random,
  crowd: CrowdParameters,
): SimulatedCase {
  return {
    ...pool,
    specialty: specialtyOfDisease(pool.truth, seed, crowd),
    difficulty: random.normal() * crowd.difficultySpread,
  };
}

/**
 * One solver's own differential: the `length` candidates of highest utility plus Gumbel noise. The
 * noise is drawn for every candidate in a fixed order, so the same stream gives the same draws
 * whatever the solver's ability (common random numbers across calibration steps).
 */
export function independentList(
  item: SimulatedCase,
  ability: number,
  length: number,
  random: Random,
  crowd: CrowdParameters,
): string[] {
  const trap = item.distractors[0]?.candidate;
  const pull = crowd.trapStrength * Math.max(0, item.difficulty);
  const scored = [
    {
      candidate: item.truth,
      utility: ability + crowd.fitScale * item.truthFit - item.difficulty + random.gumbel(),
    },
    ...item.distractors.map(({ candidate, fit }) => ({
      candidate,
      utility: crowd.fitScale * fit + (candidate === trap ? pull : 0) + random.gumbel(),
    })),
  ];
  scored.sort((a, b) => b.utility - a.utility);
  return scored.slice(0, length).map((entry) => entry.candidate);
}

/** A solver on a case, in arrival order, with the weight the platform gives them there. */
export interface Arrival {
  member: SimulatedMember;
  weight: number;
}

/** The crowd's differentials on a case: the sybils' and the honest solvers', in arrival order. */
export interface SimulatedCrowd {
  sybils: ContributorDifferential[];
  honest: ContributorDifferential[];
}

const toDifferential = (
  id: string,
  tier: SupportTier,
  weight: number,
  list: readonly string[],
): ContributorDifferential => ({
  contributorId: id,
  tier,
  weight,
  entries: list.map((candidate) => ({ candidate })),
});

/**
 * The differentials written on a case. Sybils (fresh unverified accounts, given `sybilWeight`)
 * arrive first with one copied wrong list: the case's best-fitting wrong diseases. Each honest
 * solver then writes their own list; a herder, with the herding probability, puts the leader of
 * the collective differential the platform shows (the weighted rule) first, if a trusted member
 * backs it (`shownLeader`).
 */
export function simulateCrowd(
  item: SimulatedCase,
  arrivals: readonly Arrival[],
  options: { offset: number; sybils: number; sybilWeight: number; random: Random },
  crowd: CrowdParameters,
): SimulatedCrowd {
  const sybilList = item.distractors.slice(0, 3).map((entry) => entry.candidate);
  const sybils = Array.from({ length: options.sybils }, (_, index) =>
    toDifferential(`sybil-${item.caseId}-${index}`, 'detective', options.sybilWeight, sybilList),
  );
  const honest: ContributorDifferential[] = [];
  for (const { member, weight } of arrivals) {
    const tier = tierOnCase(member.standing, item.specialty);
    const ability = options.offset + crowd.tierAbility[tier] + member.skill;
    const own = independentList(item, ability, member.listLength, options.random, crowd);
    const herds = options.random.next() < crowd.herdingProbability && member.isHerder;
    let list = own;
    if (herds) {
      const leader = shownLeader(aggregate('weighted', [...sybils, ...honest]));
      if (leader !== undefined) {
        list = [leader, ...own.filter((candidate) => candidate !== leader)].slice(
          0,
          member.listLength,
        );
      }
    }
    honest.push(toDifferential(member.id, tier, weight, list));
  }
  return { sybils, honest };
}
