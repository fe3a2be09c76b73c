// The evaluation of the aggregation rules on simulated crowds over real cases, in time order: each
// case is solved by members whose weights come from outcomes confirmed before it was posted; its
// own outcome is confirmed weeks or months later and only then counts for their reputation.
import type { SupportTier } from '../aggregation.js';
import type { CaseParticipation } from '../collusion.js';
import type { OutcomeEvent } from '../reputation.js';
import { reputationWeight, tierOnCase } from '../reputation.js';
import { isTop3Hit } from '../scoring.js';
import { INDIVIDUAL_TOP3_TARGET, calibrateOffset } from './calibration.js';
import type { CandidatePool } from './candidates.js';
import type { Arrival, CrowdParameters, SimulatedCase, SimulatedMember } from './crowd.js';
import { DEFAULT_CROWD, createMember, simulateCase, simulateCrowd } from './crowd.js';
import type { Random } from './random.js';
import { createRandom } from './random.js';
import type { Tally, TallySummary } from './tally.js';
import { createTally, listOf, summarise, tallyCase } from './tally.js';

export type { Method } from './tally.js';
export { INDIVIDUAL_METHODS, METHODS } from './tally.js';

export interface EvaluationOptions {
  seed: string;
  /** Groups of 1 … maxGroupSize solvers, the first to arrive on each case. */
  maxGroupSize: number;
  /** Fresh sybil accounts added to every case in the "with sybils" runs. */
  sybils: number;
  /** The first share of the timeline only builds reputation; the rest is measured. */
  warmUpShare: number;
  spanDays: number;
  /** An outcome is confirmed this many days after its case was posted, uniformly in between. */
  outcomeDelayDays: readonly [number, number];
  initialMembers: number;
  finalMembers: number;
  /** How much likelier a professional is to solve a case of their own specialty. */
  specialtyPreference: number;
  calibrationCases: number;
  crowd: CrowdParameters;
}

export const DEFAULT_EVALUATION: Omit<EvaluationOptions, 'seed'> = {
  maxGroupSize: 9,
  sybils: 3,
  warmUpShare: 0.2,
  spanDays: 3 * 365,
  outcomeDelayDays: [14, 180],
  initialMembers: 150,
  finalMembers: 600,
  specialtyPreference: 3,
  calibrationCases: 1000,
  crowd: DEFAULT_CROWD,
};

export interface EvaluationResult extends TallySummary {
  seed: string;
  cases: number;
  measuredCases: number;
  members: number;
  offset: number;
  calibratedTop3: number;
  /** Every honest differential with its case, for the collusion check. */
  participation: CaseParticipation[];
}

const dayToDate = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000);

/** The weight of an account with no record yet. */
const freshWeight = (tier: SupportTier, specialty: string) =>
  reputationWeight([], { specialty, tier, at: dayToDate(0) });

/** Up to `count` distinct members, drawn by activity and (for professionals) specialty. */
function chooseSolvers(
  members: readonly SimulatedMember[],
  item: SimulatedCase,
  count: number,
  random: Random,
  preference: number,
): SimulatedMember[] {
  const weights = members.map(
    (member) =>
      member.activity *
      (tierOnCase(member.standing, item.specialty) === 'specialist' ? preference : 1),
  );
  const chosen: SimulatedMember[] = [];
  while (chosen.length < Math.min(count, members.length)) {
    const index = random.weighted(weights);
    const member = members[index];
    if (member === undefined) break;
    chosen.push(member);
    weights[index] = 0;
  }
  return chosen;
}

/** The cases in the order they are posted (a seeded shuffle), each with its difficulty. */
function orderCases(pools: readonly CandidatePool[], options: EvaluationOptions, root: Random) {
  const order = root.fork('order');
  const shuffled = [...pools];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = order.int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j] as CandidatePool, shuffled[i] as CandidatePool];
  }
  return shuffled.map((pool) =>
    simulateCase(pool, options.seed, root.fork(`case/${pool.caseId}`), options.crowd),
  );
}

/** The ability offset, calibrated on a separate crowd in which everyone is new. */
function calibrate(cases: readonly SimulatedCase[], options: EvaluationOptions, root: Random) {
  const random = root.fork('calibration');
  const members = Array.from({ length: options.finalMembers }, (_, i) =>
    createMember(`calibration-${i}`, random.fork(`member/${i}`), options.crowd),
  );
  const sample = cases.slice(0, options.calibrationCases).map((item) => ({
    item,
    arrivals: chooseSolvers(
      members,
      item,
      options.maxGroupSize,
      random.fork(`solvers/${item.caseId}`),
      options.specialtyPreference,
    ).map((member) => ({
      member,
      weight: freshWeight(tierOnCase(member.standing, item.specialty), item.specialty),
    })),
  }));
  return calibrateOffset(
    sample,
    { target: INDIVIDUAL_TOP3_TARGET, random: random.fork('lists') },
    options.crowd,
  );
}

/** The platform's members as it grows, and each one's outcome events so far. */
interface Community {
  members: SimulatedMember[];
  events: Map<string, OutcomeEvent[]>;
  random: Random;
}

function growTo(community: Community, size: number, crowd: CrowdParameters): void {
  while (community.members.length < size) {
    const index = community.members.length;
    community.members.push(createMember(`m${index}`, community.random.fork(`${index}`), crowd));
  }
}

/** What one case needs besides itself: the run's settings, its community and its streams. */
interface CaseContext {
  options: EvaluationOptions;
  community: Community;
  offset: number;
  root: Random;
  tally: Tally | undefined;
}

/**
 * One case: its solvers and their weights as of its posting, their differentials (with and
 * without sybils, measured when a tally is given), then its outcome, confirmed later.
 */
function solveCase(item: SimulatedCase, postedOn: number, context: CaseContext) {
  const { options, community } = context;
  const random = context.root.fork(`timeline/${item.caseId}`);
  const at = dayToDate(postedOn);
  const solvers = chooseSolvers(
    community.members,
    item,
    options.maxGroupSize,
    random.fork('solvers'),
    options.specialtyPreference,
  );
  const arrivals: Arrival[] = solvers.map((member) => ({
    member,
    weight: reputationWeight(community.events.get(member.id) ?? [], {
      specialty: item.specialty,
      tier: tierOnCase(member.standing, item.specialty),
      at,
    }),
  }));
  const simulate = (sybils: number) =>
    simulateCrowd(
      item,
      arrivals,
      {
        offset: context.offset,
        sybils,
        sybilWeight: freshWeight('detective', item.specialty),
        random: random.fork('lists'),
      },
      options.crowd,
    );
  const clean = simulate(0);
  if (context.tally !== undefined) {
    tallyCase(
      context.tally,
      item,
      arrivals,
      clean,
      options.sybils > 0 ? simulate(options.sybils) : clean,
    );
  }
  const [minDelay, maxDelay] = options.outcomeDelayDays;
  const confirmedAt = dayToDate(postedOn + minDelay + random.next() * (maxDelay - minDelay));
  for (const differential of clean.honest) {
    let list = community.events.get(differential.contributorId);
    if (list === undefined) community.events.set(differential.contributorId, (list = []));
    list.push({
      specialty: item.specialty,
      hit: isTop3Hit(listOf(differential), [item.truth]),
      confirmedAt,
    });
  }
  return clean.honest;
}

export function runEvaluation(
  pools: readonly CandidatePool[],
  options: EvaluationOptions,
): EvaluationResult {
  const root = createRandom(options.seed);
  const cases = orderCases(pools, options, root);
  const calibration = calibrate(cases, options, root);
  const community: Community = { members: [], events: new Map(), random: root.fork('members') };
  growTo(community, options.initialMembers, options.crowd);
  const joinRate = (options.finalMembers - options.initialMembers) / Math.max(1, cases.length);
  const warmUp = Math.floor(cases.length * options.warmUpShare);
  const tally = createTally(options.maxGroupSize);
  const participation: CaseParticipation[] = [];
  cases.forEach((item, index) => {
    growTo(community, Math.ceil(options.initialMembers + joinRate * (index + 1)), options.crowd);
    const honest = solveCase(item, (index * options.spanDays) / cases.length, {
      options,
      community,
      offset: calibration.offset,
      root,
      tally: index >= warmUp ? tally : undefined,
    });
    participation.push({
      caseId: item.caseId,
      confirmedKeys: [item.truth],
      contributions: honest.map((d) => ({ memberId: d.contributorId, candidates: listOf(d) })),
    });
  });
  return {
    seed: options.seed,
    cases: cases.length,
    measuredCases: cases.length - warmUp,
    members: community.members.length,
    offset: calibration.offset,
    calibratedTop3: calibration.measured,
    ...summarise(tally),
    participation,
  };
}
