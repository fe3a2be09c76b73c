import { describe, expect, it } from 'vitest';
import { TREND_HALF_LIFE_HOURS, trendAdd, trendPoint, trendValueAt } from './trending.js';

const HOUR = 3_600_000;
const start = new Date('2026-06-01T00:00:00Z');
const later = (hours: number) => new Date(start.getTime() + hours * HOUR);

describe('trending score', () => {
  it('sums weights that decay by half every half-life', () => {
    let score = trendPoint(4, start);
    score = trendAdd(score, 2, start);
    expect(trendValueAt(score, start)).toBeCloseTo(6, 9);
    expect(trendValueAt(score, later(TREND_HALF_LIFE_HOURS))).toBeCloseTo(3, 9);
    expect(trendValueAt(score, later(2 * TREND_HALF_LIFE_HOURS))).toBeCloseTo(1.5, 9);
  });

  it('ranks recent activity above the same activity earlier', () => {
    const old = trendAdd(trendPoint(5, start), 5, start);
    const recent = trendAdd(trendPoint(5, later(24)), 5, later(24));
    expect(recent).toBeGreaterThan(old);
  });

  it('lets much more activity outweigh a little recency', () => {
    let busy = trendPoint(1, start);
    for (let i = 0; i < 20; i += 1) busy = trendAdd(busy, 3, later(i / 10));
    const quiet = trendPoint(1, later(24));
    expect(busy).toBeGreaterThan(quiet);
  });

  it('does not overflow for scores far apart', () => {
    const score = trendAdd(0, 1, start);
    expect(Number.isFinite(score)).toBe(true);
    expect(score).toBeCloseTo(trendPoint(1, start), 9);
  });

  it('refuses weights that are not positive', () => {
    expect(() => trendPoint(0, start)).toThrow(RangeError);
  });
});
