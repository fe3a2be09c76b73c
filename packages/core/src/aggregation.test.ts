import { describe, expect, it } from 'vitest';
import type { CandidateVote, ContributorDifferential } from './aggregation.js';
import {
  EVIDENCE_SHARPNESS,
  FULL_DIFFERENTIAL,
  TRUSTED_WEIGHT,
  VOTE_SHARE,
  aggregate,
  shownLeader,
} from './aggregation.js';

const member = (
  contributorId: string,
  candidates: string[],
  overrides: Partial<ContributorDifferential> = {},
): ContributorDifferential => ({
  contributorId,
  tier: 'detective',
  weight: 0.5,
  entries: candidates.map((candidate) => ({ candidate })),
  ...overrides,
});

const order = (result: { candidate: string }[]) => result.map((item) => item.candidate);

describe('plurality', () => {
  it('counts first choices only', () => {
    const result = aggregate('plurality', [
      member('a', ['lupus', 'still']),
      member('b', ['still', 'lupus']),
      member('c', ['lupus']),
    ]);
    expect(order(result)).toEqual(['lupus', 'still']);
    expect(result.map((item) => item.probability)).toEqual([2 / 3, 1 / 3]);
    expect(result[0]?.firstChoices).toBe(2);
  });
});

describe('reciprocal rank', () => {
  it('gives 1/rank and lets a candidate everyone lists second win', () => {
    const result = aggregate('reciprocal-rank', [
      member('a', ['x', 'common']),
      member('b', ['y', 'common']),
      member('c', ['z', 'common']),
    ]);
    expect(result[0]).toMatchObject({ candidate: 'common', score: 1.5, rank: 1 });
    // x, y and z tie at 1 and share rank 2, in a stable order.
    expect(result.slice(1).map((item) => [item.candidate, item.rank])).toEqual([
      ['x', 2],
      ['y', 2],
      ['z', 2],
    ]);
    const sum = result.reduce((total, item) => total + item.probability, 0);
    expect(sum).toBeCloseTo(1, 12);
  });
});

describe('weighted', () => {
  it('lets a proven member outweigh two unproven ones', () => {
    const result = aggregate('weighted', [
      member('expert', ['sarcoidosis'], { weight: 0.9, tier: 'specialist' }),
      member('new-1', ['tuberculosis'], { weight: 0.2 }),
      member('new-2', ['tuberculosis'], { weight: 0.2 }),
    ]);
    expect(order(result)).toEqual(['sarcoidosis', 'tuberculosis']);
    expect(result[0]?.support).toEqual({
      specialist: 1,
      professional: 0,
      student: 0,
      detective: 0,
    });
    expect(result[1]?.support.detective).toBe(2);
  });

  it('caps one account: at most its weight in all, however long or confident its list', () => {
    const total = (result: { score: number }[]) =>
      result.reduce((sum, item) => sum + item.score, 0);
    const ten = Array.from({ length: FULL_DIFFERENTIAL }, (_, i) => `c${i}`);
    expect(total(aggregate('weighted', [member('a', ten, { weight: 0.6 })]))).toBeCloseTo(0.6, 12);
    // Longer or surer than a full differential: scaled down to the weight, never beyond.
    const long = aggregate('weighted', [member('a', [...ten, 'x', 'y', 'z'], { weight: 0.6 })]);
    expect(total(long)).toBeCloseTo(0.6, 12);
    const sure = aggregate('weighted', [
      member('a', [], {
        weight: 0.6,
        entries: ten.map((candidate) => ({ candidate, confidence: 1 })),
      }),
    ]);
    expect(total(sure)).toBeCloseTo(0.6, 12);
    // A short list spends less than the weight; a weight above 1 counts as 1, a repeated member once.
    expect(total(aggregate('weighted', [member('a', ['p'], { weight: 0.6 })]))).toBeLessThan(0.6);
    const capped = aggregate('weighted', [
      member('a', ['p'], { weight: 50 }),
      member('a', ['q'], { weight: 50 }),
    ]);
    expect(capped.map((item) => item.candidate)).toEqual(['p']);
    expect(capped[0]?.score).toBeCloseTo(
      aggregate('weighted', [member('a', ['p'], { weight: 1 })])[0]?.score ?? 0,
      12,
    );
  });

  it('counts a first choice the same whether the list is short or long', () => {
    const result = aggregate('weighted', [
      member('brief', ['x'], { weight: 0.5 }),
      member('thorough', ['y', 'q', 'r', 's', 't', 'u'], { weight: 0.5 }),
    ]);
    expect(result.find((item) => item.candidate === 'x')?.score).toBeCloseTo(
      result.find((item) => item.candidate === 'y')?.score ?? 0,
      12,
    );
    // Agreement of two members outweighs one first choice of equal weight.
    const agreed = aggregate('weighted', [
      member('a', ['x', 'z'], { weight: 0.5 }),
      member('b', ['y', 'z'], { weight: 0.5 }),
      member('c', ['z'], { weight: 0.5 }),
    ]);
    expect(agreed[0]?.candidate).toBe('z');
  });

  it('tilts by confidence without letting it erase a choice', () => {
    const sure = aggregate('weighted', [
      member('a', [], {
        weight: 1,
        entries: [
          { candidate: 'first', confidence: 0.1 },
          { candidate: 'second', confidence: 1 },
        ],
      }),
    ]);
    expect(order(sure)).toEqual(['second', 'first']);
    expect(sure[1]?.score).toBeGreaterThan(0);
  });

  it('folds votes in, counts each voter once per candidate, and names only tiers', () => {
    const votes: CandidateVote[] = [
      { voterId: 'v1', candidate: 'b', tier: 'professional', weight: 1, value: 1 },
      { voterId: 'v1', candidate: 'b', tier: 'professional', weight: 1, value: 1 },
      { voterId: 'v2', candidate: 'b', tier: 'student', weight: 1, value: 1 },
      { voterId: 'v3', candidate: 'a', tier: 'student', weight: 1, value: -1 },
    ];
    const base = [member('a1', ['a'], { weight: 0.5 }), member('b1', ['b'], { weight: 0.3 })];
    expect(order(aggregate('weighted', base))).toEqual(['a', 'b']);
    const result = aggregate('weighted', base, votes);
    expect(order(result)).toEqual(['b', 'a']);
    // Two upvotes of weight 1 on b, one downvote on a: each moves its candidate by VOTE_SHARE.
    const before = aggregate('weighted', base);
    const scoreOf = (list: typeof result, candidate: string) =>
      list.find((item) => item.candidate === candidate)?.score ?? NaN;
    expect(scoreOf(result, 'b') - scoreOf(before, 'b')).toBeCloseTo(2 * VOTE_SHARE, 12);
    expect(scoreOf(result, 'a') - scoreOf(before, 'a')).toBeCloseTo(-VOTE_SHARE, 12);
    expect(result[0]?.support).toEqual({
      specialist: 0,
      professional: 1,
      student: 1,
      detective: 1,
    });
    expect(JSON.stringify(result)).not.toMatch(/v1|v2|v3|a1|b1/);
  });

  it('gives a candidate voted below zero no probability', () => {
    const result = aggregate(
      'weighted',
      [member('a', ['x'], { weight: 0.1 }), member('b', ['y'], { weight: 0.5 })],
      [{ voterId: 'v', candidate: 'x', tier: 'detective', weight: 1, value: -1 }],
    );
    expect(result.find((item) => item.candidate === 'x')?.probability).toBe(0);
    expect(result.find((item) => item.candidate === 'y')?.probability).toBe(1);
  });
});

describe('trusted support and the leader members are shown', () => {
  const fresh = TRUSTED_WEIGHT / 30;

  it('marks a candidate trusted when a member of enough weight lists or upvotes it', () => {
    const result = aggregate(
      'weighted',
      [
        member('s1', ['wrong', 'other'], { weight: fresh }),
        member('s2', ['wrong'], { weight: fresh }),
        member('p', ['right'], { weight: TRUSTED_WEIGHT }),
      ],
      [
        { voterId: 'v', candidate: 'other', tier: 'student', weight: TRUSTED_WEIGHT, value: 1 },
        { voterId: 'd', candidate: 'wrong', tier: 'student', weight: 0.5, value: -1 },
      ],
    );
    const trusted = Object.fromEntries(result.map((item) => [item.candidate, item.trusted]));
    // A downvote, however weighty, never makes a candidate trusted.
    expect(trusted).toEqual({ wrong: false, other: true, right: true });
  });

  it('shows no leader that only fresh accounts back, however many they are', () => {
    const sybils = ['s1', 's2', 's3'].map((id) => member(id, ['wrong'], { weight: fresh }));
    const alone = aggregate('weighted', sybils);
    expect(order(alone)).toEqual(['wrong']);
    expect(alone[0]?.probability).toBe(1);
    expect(shownLeader(alone)).toBeUndefined();
    // With one trusted member, theirs leads, even where the fresh accounts' score is higher.
    const crowd = [...sybils, member('p', ['right'], { weight: TRUSTED_WEIGHT })];
    expect(shownLeader(aggregate('weighted', crowd))).toBe('right');
    const louder = sybils.map((item) => ({ ...item, weight: TRUSTED_WEIGHT * 0.99 }));
    const mixed = aggregate('weighted', [
      ...louder,
      member('p', ['right'], { weight: 2 * TRUSTED_WEIGHT }),
    ]);
    expect(order(mixed)[0]).toBe('wrong');
    expect(shownLeader(mixed)).toBe('right');
    expect(shownLeader([])).toBeUndefined();
  });
});

describe('weighted probabilities', () => {
  it('grow faster than the scores as support piles up on one candidate', () => {
    const result = aggregate('weighted', [
      member('a', ['x'], { weight: 1 }),
      member('b', ['x'], { weight: 1 }),
      member('c', ['x'], { weight: 1 }),
      member('d', ['y'], { weight: 1 }),
    ]);
    const [x, y] = result;
    expect(x?.score).toBeCloseTo(3 * (y?.score ?? 0), 12);
    // e^(3s) − 1 rather than s: three times the score is more than three times the probability.
    const ratio =
      Math.expm1(EVIDENCE_SHARPNESS * (x?.score ?? 0)) /
      Math.expm1(EVIDENCE_SHARPNESS * (y?.score ?? 0));
    expect((x?.probability ?? 0) / (y?.probability ?? 1)).toBeCloseTo(ratio, 12);
    expect(ratio).toBeGreaterThan(3);
    expect((x?.probability ?? 0) + (y?.probability ?? 0)).toBeCloseTo(1, 12);
  });

  it('stay finite when thousands of votes pile up', () => {
    const votes = Array.from({ length: 5000 }, (_, i) => ({
      voterId: `v${i}`,
      candidate: i % 5 === 0 ? 'y' : 'x',
      tier: 'detective' as const,
      weight: 1,
      value: 1 as const,
    }));
    const result = aggregate('weighted', [member('a', ['x', 'y'], { weight: 1 })], votes);
    expect(result.map((item) => item.probability)).toEqual([1, expect.any(Number)]);
    expect(result[1]?.probability).toBeGreaterThanOrEqual(0);
    expect(result[1]?.probability).toBeLessThan(1e-100);
  });

  it('stay close to the score shares while support is thin', () => {
    const result = aggregate('weighted', [
      member('a', ['x'], { weight: 0.02 }),
      member('b', ['y'], { weight: 0.01 }),
    ]);
    expect(result[0]?.probability).toBeCloseTo(2 / 3, 2);
  });
});

describe('every rule', () => {
  it('is deterministic whatever the input order, and empty for no input', () => {
    const input = [
      member('a', ['x', 'y', 'z']),
      member('b', ['y', 'x']),
      member('c', ['z']),
      member('d', ['y']),
    ];
    for (const rule of ['plurality', 'reciprocal-rank', 'weighted'] as const) {
      expect(aggregate(rule, [...input].reverse())).toEqual(aggregate(rule, input));
      expect(aggregate(rule, [])).toEqual([]);
    }
  });
});
