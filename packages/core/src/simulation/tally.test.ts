import { describe, expect, it } from 'vitest';
import type { ContributorDifferential } from '../aggregation.js';
import type { Arrival, SimulatedCase, SimulatedCrowd } from './crowd.js';
import { createTally, summarise, tallyCase } from './tally.js';

const item: SimulatedCase = {
  caseId: 'c',
  truth: 'truth',
  truthFit: 1,
  distractors: [],
  specialty: 'neurology',
  difficulty: 0,
};

const says = (id: string, weight: number, ...list: string[]): ContributorDifferential => ({
  contributorId: id,
  tier: 'professional',
  weight,
  entries: list.map((candidate) => ({ candidate })),
});

const arrival = (id: string, weight: number): Arrival => ({
  member: {
    id,
    standing: { tier: 'professional', specialties: [] },
    skill: 0,
    listLength: 2,
    isHerder: false,
    activity: 1,
  },
  weight,
});

describe('tallyCase', () => {
  const clean: SimulatedCrowd = {
    sybils: [],
    honest: [says('a', 0.9, 'wrong', 'other'), says('b', 0.1, 'truth')],
  };
  const attacked: SimulatedCrowd = {
    sybils: [says('s1', 0.001, 'wrong'), says('s2', 0.001, 'wrong')],
    honest: clean.honest,
  };
  const tally = createTally(2);
  tallyCase(tally, item, [arrival('a', 0.9), arrival('b', 0.1)], clean, attacked);
  const summary = summarise(tally);

  it('takes the average of the first k individuals and the one with the highest weight', () => {
    expect(summary.table['average individual'][1]?.top1).toBe(0.5);
    expect(summary.table['best individual'][1]?.top1).toBe(0);
    expect(summary.table['best individual'][0]?.top1).toBe(0);
  });

  it('counts each rule over the first k solvers, with and without the sybils', () => {
    // Plurality with the two sybils: "wrong" has 3 first choices to 1.
    expect(summary.sybilTop1.plurality.with[1]).toBe(0);
    // The weighted rule: a (0.9) outweighs b (0.1) on first choices, sybils or not.
    expect(summary.table.weighted[1]?.top1).toBe(0);
    expect(summary.table.weighted[1]?.top3).toBe(1);
    expect(summary.tierTop3).toEqual({ professional: { hits: 1, total: 2 } });
  });
});
