import { describe, expect, it } from 'vitest';
import { TRUSTED_WEIGHT } from '../aggregation.js';
import { isTop3Hit } from '../scoring.js';
import type { CalibrationCase } from './calibration.js';
import { INDIVIDUAL_TOP3_TARGET, calibrateOffset, meanIndividualTop3 } from './calibration.js';
import type { CandidatePool } from './candidates.js';
import type { SimulatedCase, SimulatedMember } from './crowd.js';
import {
  DEFAULT_CROWD,
  createMember,
  independentList,
  simulateCase,
  simulateCrowd,
} from './crowd.js';
import type { Random } from './random.js';
import { createRandom } from './random.js';

/** Synthetic pools: a truth and 30 wrong diseases with fits spread over [0, 1]. */
const pools = (count: number, random: Random): CandidatePool[] =>
  Array.from({ length: count }, (_, n) => ({
    caseId: `case-${n}`,
    truth: `truth-${n}`,
    truthFit: random.next(),
    distractors: Array.from({ length: 30 }, (_, d) => ({ candidate: `wrong-${n}-${d}`, fit: 0 }))
      .map((item) => ({ ...item, fit: random.next() }))
      .sort((a, b) => b.fit - a.fit),
  }));

const sampleOf = (seed: string, count: number): CalibrationCase[] => {
  const random = createRandom(seed);
  const members = Array.from({ length: 60 }, (_, i) =>
    createMember(`m${i}`, random.fork(`member-${i}`), DEFAULT_CROWD),
  );
  return pools(count, random.fork('pools')).map((pool) => {
    const item = simulateCase(pool, seed, random.fork(pool.caseId), DEFAULT_CROWD);
    const arrivals = Array.from({ length: 9 }, (_, i) => ({
      member: members[(i * 7 + pool.caseId.length * 13) % members.length] as SimulatedMember,
      weight: 0.3,
    }));
    return { item, arrivals };
  });
};

const easyCase = (overrides: Partial<SimulatedCase> = {}): SimulatedCase => ({
  caseId: 'c',
  truth: 'truth',
  truthFit: 0.5,
  distractors: Array.from({ length: 30 }, (_, d) => ({ candidate: `w${d}`, fit: 0.5 })),
  specialty: 'neurology',
  difficulty: 0,
  ...overrides,
});

describe('calibration', () => {
  it('sets the offset so that an average individual hits the top 3 in 62.5 % of cases', () => {
    const sample = sampleOf('calibration', 150);
    const random = createRandom('lists');
    const { offset, measured } = calibrateOffset(
      sample,
      { target: INDIVIDUAL_TOP3_TARGET, random },
      DEFAULT_CROWD,
    );
    expect(Math.abs(measured - 0.625)).toBeLessThan(0.01);
    // On new cases and new draws the calibrated crowd stays close to the target.
    const fresh = meanIndividualTop3(
      sampleOf('other', 150),
      offset,
      createRandom('x'),
      DEFAULT_CROWD,
    );
    expect(Math.abs(fresh - 0.625)).toBeLessThan(0.04);
  });

  it('raises accuracy with ability', () => {
    const sample = sampleOf('monotone', 60);
    const random = createRandom('lists');
    const low = meanIndividualTop3(sample, -1, random, DEFAULT_CROWD);
    const high = meanIndividualTop3(sample, 2, random, DEFAULT_CROWD);
    expect(high).toBeGreaterThan(low + 0.2);
  });
});

describe('independentList', () => {
  it('lists distinct candidates of the case, as many as asked', () => {
    const list = independentList(easyCase(), 0, 4, createRandom('l'), DEFAULT_CROWD);
    expect(list).toHaveLength(4);
    expect(new Set(list).size).toBe(4);
  });

  it('makes many solvers pick the same wrong disease on a hard case (shared errors)', () => {
    const firstChoices = (difficulty: number) => {
      const random = createRandom(`shared-${difficulty}`);
      const item = easyCase({ difficulty });
      return Array.from(
        { length: 400 },
        () => independentList(item, 1.5, 3, random, DEFAULT_CROWD)[0],
      );
    };
    const share = (list: (string | undefined)[], candidate: string) =>
      list.filter((c) => c === candidate).length / list.length;
    const easy = firstChoices(-1);
    const hard = firstChoices(2);
    // The trap is the best-fitting wrong disease, the first distractor.
    expect(share(hard, 'w0')).toBeGreaterThan(0.3);
    expect(share(hard, 'w0')).toBeGreaterThan(share(hard, 'truth'));
    expect(share(easy, 'w0')).toBeLessThan(0.1);
    expect(share(easy, 'truth')).toBeGreaterThan(share(hard, 'truth') + 0.2);
  });
});

describe('simulateCrowd', () => {
  const member = (id: string, isHerder: boolean): SimulatedMember => ({
    id,
    standing: { tier: 'professional', specialties: [] },
    skill: 0,
    listLength: 3,
    isHerder,
    activity: 1,
  });
  const always = { ...DEFAULT_CROWD, herdingProbability: 1 };

  it('lets sybils arrive first with one copied wrong list', () => {
    const crowd = simulateCrowd(
      easyCase(),
      [{ member: member('m', false), weight: 0.5 }],
      { offset: 0, sybils: 3, sybilWeight: 0.001, random: createRandom('s') },
      DEFAULT_CROWD,
    );
    const lists = crowd.sybils.map((d) => d.entries.map((e) => e.candidate));
    expect(lists).toEqual([
      ['w0', 'w1', 'w2'],
      ['w0', 'w1', 'w2'],
      ['w0', 'w1', 'w2'],
    ]);
    expect(crowd.sybils.every((d) => d.weight === 0.001 && d.tier === 'detective')).toBe(true);
  });

  it('makes a herder put the displayed leader first, and leaves others alone', () => {
    const arrivals = [
      { member: member('first', false), weight: 0.9 },
      { member: member('herder', true), weight: 0.5 },
    ];
    const options = { offset: 0, sybils: 0, sybilWeight: 0, random: createRandom('h') };
    const { honest } = simulateCrowd(easyCase(), arrivals, options, always);
    const leader = honest[0]?.entries[0]?.candidate;
    expect(honest[1]?.entries[0]?.candidate).toBe(leader);
    expect(honest[1]?.entries).toHaveLength(3);
    // The same draws without herding: the second solver's own list.
    const own = simulateCrowd(
      easyCase(),
      arrivals,
      { ...options, random: createRandom('h') },
      {
        ...always,
        herdingProbability: 0,
      },
    ).honest[1];
    expect(own?.entries.map((e) => e.candidate)).toEqual(
      expect.arrayContaining((honest[1]?.entries ?? []).slice(1).map((e) => e.candidate)),
    );
  });

  it('makes no herder follow a leader that only untrusted accounts back', () => {
    const arrivals = [{ member: member('herder', true), weight: 0.5 }];
    const run = (sybilWeight: number, crowd = always) =>
      simulateCrowd(
        easyCase(),
        arrivals,
        { offset: 0, sybils: 3, sybilWeight, random: createRandom('u') },
        crowd,
      ).honest[0]?.entries;
    // Sybils below the trusted weight: the herder writes the list they would write unled.
    const own = run(TRUSTED_WEIGHT / 10);
    expect(own).toEqual(run(TRUSTED_WEIGHT / 10, { ...always, herdingProbability: 0 }));
    expect(own?.[0]?.candidate).not.toBe('w0');
    // The same sybils at the trusted weight: the herder puts their first choice first.
    expect(run(TRUSTED_WEIGHT)?.[0]?.candidate).toBe('w0');
  });

  it('gives the same crowd for the same stream', () => {
    const arrivals = [{ member: member('a', true), weight: 0.4 }];
    const run = () =>
      simulateCrowd(
        easyCase(),
        arrivals,
        { offset: 0, sybils: 2, sybilWeight: 0.01, random: createRandom('d') },
        always,
      );
    expect(run()).toEqual(run());
    const hits = run().honest.filter((d) =>
      isTop3Hit(
        d.entries.map((e) => e.candidate),
        ['truth'],
      ),
    );
    expect(hits.length).toBeLessThanOrEqual(1);
  });
});
