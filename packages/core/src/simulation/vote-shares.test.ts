import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';
import { crowdAccuracy, pluralityAccuracy } from './vote-shares.js';

describe('pluralityAccuracy', () => {
  it('is the correct option’s share for one reader', () => {
    expect(pluralityAccuracy({ shares: [12, 62, 10, 11, 6], correct: 1 }, 1)).toBeCloseTo(
      62 / 101,
      12,
    );
  });

  it('matches the binomial formula for three readers and two options', () => {
    const p = 0.6;
    expect(pluralityAccuracy({ shares: [p, 1 - p], correct: 0 }, 3)).toBeCloseTo(
      p ** 3 + 3 * p ** 2 * (1 - p),
      12,
    );
  });

  it('splits a tie evenly: two readers are no better than one', () => {
    const item = { shares: [70, 30], correct: 0 };
    expect(pluralityAccuracy(item, 2)).toBeCloseTo(pluralityAccuracy(item, 1), 12);
  });

  it('stays at chance when every option is as popular, and grows with readers otherwise', () => {
    const even = { shares: [20, 20, 20, 20, 20], correct: 3 };
    for (const k of [1, 4, 9]) expect(pluralityAccuracy(even, k)).toBeCloseTo(0.2, 12);
    const leaning = { shares: [30, 25, 20, 15, 10], correct: 0 };
    const curve = [1, 3, 9, 25].map((k) => pluralityAccuracy(leaning, k));
    expect([...curve].sort((a, b) => a - b)).toEqual(curve);
    expect(curve[3]).toBeGreaterThan(0.5);
  });

  it('agrees with sampling readers one by one', () => {
    const item = { shares: [35, 30, 20, 10, 5], correct: 1 };
    const random = createRandom('readers');
    let wins = 0;
    const trials = 20_000;
    for (let t = 0; t < trials; t++) {
      const counts = [0, 0, 0, 0, 0];
      for (let r = 0; r < 5; r++) {
        const option = random.weighted(item.shares);
        counts[option] = (counts[option] ?? 0) + 1;
      }
      const top = Math.max(...counts);
      if (counts[1] === top) wins += 1 / counts.filter((c) => c === top).length;
    }
    expect(wins / trials).toBeCloseTo(pluralityAccuracy(item, 5), 2);
  });

  it('gives a wrong crowd favourite ever less as readers grow', () => {
    const item = { shares: [40, 35, 25], correct: 1 };
    expect(pluralityAccuracy(item, 25)).toBeLessThan(pluralityAccuracy(item, 1));
  });
});

describe('crowdAccuracy', () => {
  it('credits the whole crowd when the correct option has the most votes, shared on a tie', () => {
    expect(crowdAccuracy({ shares: [10, 60, 30], correct: 1 })).toBe(1);
    expect(crowdAccuracy({ shares: [10, 60, 30], correct: 2 })).toBe(0);
    expect(crowdAccuracy({ shares: [45, 45, 10], correct: 0 })).toBe(0.5);
    expect(crowdAccuracy({ shares: [45, 45, 10], correct: 0 }, 'wrong')).toBe(0);
    expect(crowdAccuracy({ shares: [10, 60, 30], correct: 1 }, 'wrong')).toBe(1);
  });
});
