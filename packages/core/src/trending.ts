// Trending: a decayed score of a case's activity (views, comments, suggestions). Each event adds
// its weight, halved every TREND_HALF_LIFE_HOURS since it happened. Stored on a log2 scale
// relative to a fixed epoch — log2(sum of weight · 2^(hours since epoch / half-life)) — so a
// stored score never needs decaying: two cases compare the same at any moment, and a new event
// only adds to one row. The database function trend_add (migration 0008) computes the same.

export const TREND_HALF_LIFE_HOURS = 48;

export const TREND_WEIGHTS = { publish: 1, view: 1, comment: 3, suggestion: 5 } as const;

/** The log2-scaled value of one event of `weight` at `at`. */
export function trendPoint(weight: number, at: Date): number {
  if (!(weight > 0)) throw new RangeError('A trend weight must be positive');
  return Math.log2(weight) + at.getTime() / 3_600_000 / TREND_HALF_LIFE_HOURS;
}

/** Adds an event to a score: log2(2^score + 2^point), computed without overflow. */
export function trendAdd(score: number, weight: number, at: Date): number {
  const point = trendPoint(weight, at);
  const high = Math.max(score, point);
  return high + Math.log2(1 + 2 ** -Math.abs(score - point));
}

/** The score's value now, in weight units (for display and tests): sum of decayed weights. */
export function trendValueAt(score: number, now: Date): number {
  return 2 ** (score - now.getTime() / 3_600_000 / TREND_HALF_LIFE_HOURS);
}
