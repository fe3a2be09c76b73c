import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brierScore,
  isTop3Hit,
  isTopKHit,
  rankOfConfirmed,
  reciprocalRank,
  scoreDifferential,
} from './scoring.js';

describe('rankOfConfirmed', () => {
  it('finds the confirmed diagnosis under any of its equivalent keys', () => {
    const confirmed = new Set(['OMIM:154700', 'MONDO:0007947']);
    expect(rankOfConfirmed(['ehlers-danlos', 'MONDO:0007947', 'OMIM:154700'], confirmed)).toBe(2);
    expect(rankOfConfirmed(['OMIM:154700'], ['MONDO:0007947', 'OMIM:154700'])).toBe(1);
  });

  it('is null when the diagnosis is absent or the list empty', () => {
    expect(rankOfConfirmed(['a', 'b'], ['c'])).toBeNull();
    expect(rankOfConfirmed([], ['c'])).toBeNull();
    expect(rankOfConfirmed(['c'], [])).toBeNull();
  });

  it('does not let a repeated wrong candidate push the diagnosis down', () => {
    expect(rankOfConfirmed(['a', 'a', 'a', 'b', 'c'], ['c'])).toBe(3);
  });
});

describe('top-k hits and reciprocal rank', () => {
  it('counts a hit up to and including the k-th place', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(isTop3Hit(list, ['c'])).toBe(true);
    expect(isTop3Hit(list, ['d'])).toBe(false);
    expect(isTopKHit(list, ['d'], 4)).toBe(true);
    expect(isTopKHit(list, ['a'], 1)).toBe(true);
    expect(isTopKHit(list, ['e'], 10)).toBe(false);
  });

  it('gives 1/rank, and 0 for a miss', () => {
    expect(reciprocalRank(['a', 'b', 'c', 'd'], ['d'])).toBe(0.25);
    expect(reciprocalRank(['a'], ['z'])).toBe(0);
  });

  it('agrees with its parts in scoreDifferential', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 12 }),
        fc.constantFrom('a', 'b', 'f', 'z'),
        (list, confirmed) => {
          const score = scoreDifferential(list, [confirmed]);
          expect(score.rank).toBe(rankOfConfirmed(list, [confirmed]));
          expect(score.top1).toBe(isTopKHit(list, [confirmed], 1));
          expect(score.top3).toBe(isTop3Hit(list, [confirmed]));
          expect(score.top10).toBe(isTopKHit(list, [confirmed], 10));
          expect(score.reciprocalRank).toBe(reciprocalRank(list, [confirmed]));
        },
      ),
    );
  });
});

describe('brierScore', () => {
  it('is 0 for certainty on the diagnosis and 2 for certainty on a wrong one', () => {
    expect(brierScore([{ candidate: 'x', probability: 1 }], ['x'])).toBe(0);
    expect(brierScore([{ candidate: 'y', probability: 1 }], ['x'])).toBe(2);
  });

  it('counts unlisted mass as a miss of the diagnosis', () => {
    // (1 - 0.5)^2 + 0.3^2 for the wrong candidate; the unassigned 0.2 is spread over nothing.
    const score = brierScore(
      [
        { candidate: 'x', probability: 0.5 },
        { candidate: 'y', probability: 0.3 },
      ],
      ['x'],
    );
    expect(score).toBeCloseTo(0.25 + 0.09, 12);
    expect(brierScore([], ['x'])).toBe(1);
  });

  it('pools the probabilities of equivalent keys and of a repeated key', () => {
    const split = brierScore(
      [
        { candidate: 'omim', probability: 0.4 },
        { candidate: 'mondo', probability: 0.4 },
        { candidate: 'y', probability: 0.1 },
        { candidate: 'y', probability: 0.1 },
      ],
      ['omim', 'mondo'],
    );
    expect(split).toBeCloseTo(0.2 ** 2 + 0.2 ** 2, 12);
  });

  it('prefers a forecast that puts more mass on the diagnosis', () => {
    const spread = [
      { candidate: 'x', probability: 0.4 },
      { candidate: 'y', probability: 0.6 },
    ];
    const sharper = [
      { candidate: 'x', probability: 0.7 },
      { candidate: 'y', probability: 0.3 },
    ];
    expect(brierScore(sharper, ['x'])).toBeLessThan(brierScore(spread, ['x']));
  });

  it('stays between 0 and 2 for any distribution', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.double({ min: 0, max: 1 })), {
          maxLength: 6,
        }),
        (pairs) => {
          const total = pairs.reduce((sum, [, value]) => sum + value, 0);
          const distribution = pairs.map(([candidate, value]) => ({
            candidate,
            probability: total > 0 ? value / total : 0,
          }));
          const score = brierScore(distribution, ['a']);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(2 + 1e-9);
        },
      ),
    );
  });

  it('refuses negative probabilities and totals above 1', () => {
    expect(() => brierScore([{ candidate: 'x', probability: -0.1 }], ['x'])).toThrow(RangeError);
    expect(() =>
      brierScore(
        [
          { candidate: 'x', probability: 0.7 },
          { candidate: 'y', probability: 0.7 },
        ],
        ['x'],
      ),
    ).toThrow(/sum to at most 1/);
  });
});
