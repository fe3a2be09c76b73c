import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RewardAward, RewardContribution } from './rewards.js';
import { rewardWeight, splitPledge } from './rewards.js';

const helped = (
  memberId: string,
  contribution: number,
  helpful: boolean | null = true,
): RewardContribution => ({ memberId, contribution, helpful });

const amounts = (awards: RewardAward[]) =>
  Object.fromEntries(awards.map((award) => [award.memberId, award.amount]));

const total = (awards: RewardAward[]) => awards.reduce((sum, award) => sum + award.amount, 0);

const contributionArb = fc.record({
  memberId: fc.stringMatching(/^m[0-9a-f]{1,3}$/),
  helpful: fc.constantFrom(true, false, null),
  contribution: fc.double({ min: 0, max: 1, noNaN: true }),
});

const contributionsArb = fc.uniqueArray(contributionArb, {
  selector: (item) => item.memberId,
  maxLength: 12,
});

const totalArb = fc.integer({ min: 0, max: 1_000_000 });

const hasWeight = (items: readonly RewardContribution[]) =>
  items.some((item) => rewardWeight(item) > 0n);

describe('splitPledge', () => {
  it('splits in proportion to contribution when everyone was rated helpful', () => {
    expect(
      amounts(splitPledge(100, [helped('a', 0.5), helped('b', 0.3), helped('c', 0.2)])),
    ).toEqual({ a: 50, b: 30, c: 20 });
  });

  it('gives a point left over to the smaller member id when remainders tie', () => {
    expect(splitPledge(100, [helped('c', 1), helped('a', 1), helped('b', 1)])).toEqual([
      { memberId: 'a', amount: 34 },
      { memberId: 'b', amount: 33 },
      { memberId: 'c', amount: 33 },
    ]);
  });

  it('gives the points left over to the largest fractional parts first', () => {
    // Exact shares 10 × (0.45, 0.35, 0.2) = 4.5, 3.5, 2: the two halves take the 1 left over.
    // Ties go to the smaller id, so a (4.5) gets it and b (3.5) does not.
    expect(
      amounts(splitPledge(10, [helped('a', 0.45), helped('b', 0.35), helped('c', 0.2)])),
    ).toEqual({ a: 5, b: 3, c: 2 });
    // 7 × (0.6, 0.4) = 4.2, 2.8: the larger remainder (b's .8) takes the point left over.
    expect(amounts(splitPledge(7, [helped('a', 0.6), helped('b', 0.4)]))).toEqual({ a: 4, b: 3 });
  });

  it('counts an unrated member half and a member rated not helpful not at all', () => {
    const awards = splitPledge(90, [
      helped('rated-helpful', 0.3, true),
      helped('not-rated', 0.3, null),
      helped('rated-unhelpful', 0.4, false),
    ]);
    expect(amounts(awards)).toEqual({ 'rated-helpful': 60, 'not-rated': 30 });
  });

  it('never pays the owner from their own pledge', () => {
    const awards = splitPledge(50, [helped('owner', 1), helped('solver', 0.1)], {
      ownerId: 'owner',
    });
    expect(awards).toEqual([{ memberId: 'solver', amount: 50 }]);
  });

  it('returns nothing when no one has a positive weight, so the caller refunds the owner', () => {
    expect(splitPledge(100, [])).toEqual([]);
    expect(splitPledge(100, [helped('a', 0.7, false), helped('b', 0)])).toEqual([]);
    expect(splitPledge(100, [helped('owner', 1)], { ownerId: 'owner' })).toEqual([]);
  });

  it('returns nothing for a total of zero', () => {
    expect(splitPledge(0, [helped('a', 1)])).toEqual([]);
  });

  it('leaves out members whose share rounds down to zero points', () => {
    const awards = splitPledge(2, [helped('a', 1), helped('b', 1), helped('c', 0.01)]);
    expect(awards).toEqual([
      { memberId: 'a', amount: 1 },
      { memberId: 'b', amount: 1 },
    ]);
  });

  it('accepts a contribution that overshoots 1 or 0 only by rounding noise', () => {
    expect(splitPledge(10, [helped('a', 1 + Number.EPSILON), helped('b', -1e-17)])).toEqual([
      { memberId: 'a', amount: 10 },
    ]);
  });

  it('refuses totals and contributions it cannot split', () => {
    expect(() => splitPledge(-1, [helped('a', 1)])).toThrow(/≥ 0/);
    expect(() => splitPledge(1.5, [helped('a', 1)])).toThrow(/whole number/);
    expect(() => splitPledge(10, [helped('a', 1.2)])).toThrow(/between 0 and 1/);
    expect(() => splitPledge(10, [helped('a', -0.01)])).toThrow(/between 0 and 1/);
    expect(() => splitPledge(10, [helped('a', Number.NaN)])).toThrow(/between 0 and 1/);
    expect(() => splitPledge(10, [helped('a', 0.5), helped('a', 0.5)])).toThrow(/twice/);
  });

  it('pays out exactly the total whenever someone has a weight', () => {
    fc.assert(
      fc.property(totalArb, contributionsArb, (points, items) => {
        fc.pre(points > 0 && hasWeight(items));
        expect(total(splitPledge(points, items))).toBe(points);
      }),
    );
  });

  it('gives whole, positive amounts, each within one point of the exact share', () => {
    fc.assert(
      fc.property(totalArb, contributionsArb, (points, items) => {
        const weights = new Map(items.map((item) => [item.memberId, rewardWeight(item)]));
        const totalWeight = [...weights.values()].reduce((sum, weight) => sum + weight, 0n);
        for (const award of splitPledge(points, items)) {
          expect(Number.isSafeInteger(award.amount)).toBe(true);
          expect(award.amount).toBeGreaterThan(0);
          const exact = (points * Number(weights.get(award.memberId))) / Number(totalWeight);
          expect(Math.abs(award.amount - exact)).toBeLessThan(1);
        }
      }),
    );
  });

  it('is deterministic and does not depend on the order of the contributions', () => {
    fc.assert(
      fc.property(
        totalArb,
        contributionsArb.chain((items) =>
          fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
        ),
        (points, [items, shuffled]) => {
          const first = splitPledge(points, items);
          expect(splitPledge(points, items)).toEqual(first);
          expect(splitPledge(points, shuffled)).toEqual(first);
        },
      ),
    );
  });

  it('never gives a member less for contributing more', () => {
    fc.assert(
      fc.property(
        totalArb,
        contributionsArb.filter((items) => items.length > 0),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (points, items, pick, extra) => {
          const index = pick % items.length;
          const member = items[index];
          if (member === undefined) return;
          const more = { ...member, contribution: Math.min(1, member.contribution + extra) };
          const before = amounts(splitPledge(points, items))[member.memberId] ?? 0;
          const after = amounts(splitPledge(points, items.with(index, more)))[member.memberId] ?? 0;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('never pays the owner, whatever the contributions', () => {
    fc.assert(
      fc.property(
        totalArb,
        contributionsArb.filter((items) => items.length > 0),
        (points, items) => {
          const ownerId = items[0]?.memberId;
          const awards = splitPledge(points, items, { ownerId });
          expect(awards.some((award) => award.memberId === ownerId)).toBe(false);
        },
      ),
    );
  });
});
