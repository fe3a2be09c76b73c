// The evaluation's running totals: every method's measures at every group size, each rule's top-1
// with and without sybils, and individual top-3 by tier.
import type { AggregationRule, ContributorDifferential } from '../aggregation.js';
import { AGGREGATION_RULES, aggregate } from '../aggregation.js';
import { isTop3Hit } from '../scoring.js';
import type { Arrival, SimulatedCase, SimulatedCrowd } from './crowd.js';
import type { Measures } from './measures.js';
import { MeasureMeans, measure, orderWithTies } from './measures.js';

export const INDIVIDUAL_METHODS = ['average individual', 'best individual'] as const;
export type Method = AggregationRule | (typeof INDIVIDUAL_METHODS)[number];
export const METHODS: readonly Method[] = [...AGGREGATION_RULES, ...INDIVIDUAL_METHODS];

export interface Tally {
  cases: number;
  table: Record<Method, MeasureMeans[]>;
  /** Cases whose top-1 was right, without and with sybils, index k − 1. */
  sybilHits: Record<AggregationRule, { without: number[]; with: number[] }>;
  tierTop3: Record<string, { hits: number; total: number }>;
}

/** What a tally says once the timeline is over. */
export interface TallySummary {
  /** Measures of each method, index k − 1 for groups of k. */
  table: Record<Method, Measures[]>;
  /** Top-1 of each rule without and with sybils, index k − 1. */
  sybilTop1: Record<AggregationRule, { without: number[]; with: number[] }>;
  /** Individual top-3 by the tier solvers held on the case. */
  tierTop3: Record<string, { hits: number; total: number }>;
}

export const listOf = (differential: ContributorDifferential) =>
  differential.entries.map((entry) => entry.candidate);

export function createTally(maxGroupSize: number): Tally {
  const zeros = () => new Array<number>(maxGroupSize).fill(0);
  return {
    cases: 0,
    table: Object.fromEntries(
      METHODS.map((method) => [
        method,
        Array.from({ length: maxGroupSize }, () => new MeasureMeans()),
      ]),
    ) as Record<Method, MeasureMeans[]>,
    sybilHits: Object.fromEntries(
      AGGREGATION_RULES.map((rule) => [rule, { without: zeros(), with: zeros() }]),
    ) as Tally['sybilHits'],
    tierTop3: {},
  };
}

const increment = (counts: number[], index: number) => {
  counts[index] = (counts[index] ?? 0) + 1;
};

/**
 * Adds one case: each rule over the first k honest solvers (and with the sybils), the average of
 * those k individuals, and the one of them with the highest weight.
 */
export function tallyCase(
  tally: Tally,
  item: SimulatedCase,
  arrivals: readonly Arrival[],
  clean: SimulatedCrowd,
  attacked: SimulatedCrowd,
): void {
  tally.cases += 1;
  const { honest } = clean;
  const individuals = honest.map((differential) =>
    measure(listOf(differential), aggregate('reciprocal-rank', [differential]), item.truth),
  );
  for (let size = 1; size <= honest.length; size++) {
    for (const rule of AGGREGATION_RULES) {
      const result = aggregate(rule, honest.slice(0, size));
      const ranked = orderWithTies(result, item.caseId);
      tally.table[rule][size - 1]?.add(measure(ranked, result, item.truth));
      const withSybils = orderWithTies(
        aggregate(rule, [...attacked.sybils, ...attacked.honest.slice(0, size)]),
        item.caseId,
      );
      if (ranked[0] === item.truth) increment(tally.sybilHits[rule].without, size - 1);
      if (withSybils[0] === item.truth) increment(tally.sybilHits[rule].with, size - 1);
    }
    for (const individual of individuals.slice(0, size)) {
      tally.table['average individual'][size - 1]?.add(individual, 1 / size);
    }
    let best = 0;
    for (let i = 1; i < size; i++) {
      if ((arrivals[i]?.weight ?? 0) > (arrivals[best]?.weight ?? 0)) best = i;
    }
    const chosen = individuals[best];
    if (chosen !== undefined) tally.table['best individual'][size - 1]?.add(chosen);
  }
  for (const differential of honest) {
    const counts = (tally.tierTop3[differential.tier] ??= { hits: 0, total: 0 });
    counts.total += 1;
    if (isTop3Hit(listOf(differential), [item.truth])) counts.hits += 1;
  }
}

export function summarise(tally: Tally): TallySummary {
  const share = (hits: number) => hits / Math.max(1, tally.cases);
  return {
    table: Object.fromEntries(
      METHODS.map((method) => [method, tally.table[method].map((means) => means.means())]),
    ) as Record<Method, Measures[]>,
    sybilTop1: Object.fromEntries(
      AGGREGATION_RULES.map((rule) => [
        rule,
        {
          without: tally.sybilHits[rule].without.map(share),
          with: tally.sybilHits[rule].with.map(share),
        },
      ]),
    ) as TallySummary['sybilTop1'],
    tierTop3: tally.tierTop3,
  };
}
