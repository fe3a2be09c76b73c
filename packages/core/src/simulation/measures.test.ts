import { describe, expect, it } from 'vitest';
import type { AggregatedCandidate } from '../aggregation.js';
import { MeasureMeans, measure, orderWithTies } from './measures.js';

const scored = (candidate: string, score: number): AggregatedCandidate => ({
  candidate,
  rank: 1,
  score,
  probability: 0,
  support: { specialist: 0, professional: 0, student: 0, detective: 0 },
  firstChoices: 0,
  trusted: true,
});

describe('measure', () => {
  it('scores a differential on every measure of the table', () => {
    const distribution = [
      { candidate: 'x', probability: 0.6 },
      { candidate: 'truth', probability: 0.4 },
    ];
    expect(measure(['x', 'truth'], distribution, 'truth')).toEqual({
      top1: 0,
      top3: 1,
      top10: 1,
      mrr: 0.5,
      brier: 0.6 ** 2 + 0.6 ** 2,
    });
    const missed = measure(['a', 'b', 'c'], [], 'truth');
    expect(missed).toEqual({ top1: 0, top3: 0, top10: 0, mrr: 0, brier: 1 });
  });
});

describe('orderWithTies', () => {
  it('orders by score, ties in an order fixed by the seed but not by the key', () => {
    const result = [scored('b', 1), scored('a', 1), scored('c', 2)];
    expect(orderWithTies(result, 'case-1')).toEqual(orderWithTies(result, 'case-1'));
    const firsts = Array.from({ length: 200 }, (_, i) => orderWithTies(result, `case-${i}`));
    expect(firsts.every((order) => order[0] === 'c')).toBe(true);
    const aSecond = firsts.filter((order) => order[1] === 'a').length;
    expect(aSecond).toBeGreaterThan(70);
    expect(aSecond).toBeLessThan(130);
  });
});

describe('MeasureMeans', () => {
  it('averages, counting each value by its share', () => {
    const means = new MeasureMeans();
    const one = { top1: 1, top3: 1, top10: 1, mrr: 1, brier: 0 };
    const zero = { top1: 0, top3: 0, top10: 0, mrr: 0, brier: 2 };
    means.add(one);
    means.add(zero, 0.5);
    means.add(zero, 0.5);
    expect(means.means()).toEqual({ top1: 0.5, top3: 0.5, top10: 0.5, mrr: 0.5, brier: 1 });
  });
});
