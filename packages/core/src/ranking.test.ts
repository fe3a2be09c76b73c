import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tally } from './ranking.js';
import { rankByVotes } from './ranking.js';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const tally = (id: string, upvotes: number, downvotes: number, minute = 0): Tally => ({
  id,
  upvotes,
  downvotes,
  createdAt: at(minute),
});

describe('ranking suggestions by votes', () => {
  it('orders by score, then by upvotes, and shares ranks on ties', () => {
    const ranked = rankByVotes([
      tally('a', 1, 0, 1),
      tally('b', 3, 1, 2),
      tally('c', 2, 0, 3),
      tally('d', 1, 0, 0),
      tally('e', 0, 2, 4),
    ]);
    expect(ranked.map((r) => [r.id, r.rank, r.score])).toEqual([
      ['b', 1, 2],
      ['c', 2, 2],
      ['d', 3, 1],
      ['a', 3, 1],
      ['e', 5, -2],
    ]);
  });

  it('returns an empty list for no suggestions', () => {
    expect(rankByVotes([])).toEqual([]);
  });

  const tallies = fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      upvotes: fc.nat(20),
      downvotes: fc.nat(20),
      createdAt: fc.integer({ min: 0, max: 50 }).map(at),
    }),
    { selector: (t) => t.id, maxLength: 30 },
  );

  it('does not depend on the order suggestions arrive in', () => {
    fc.assert(
      fc.property(tallies, fc.func(fc.integer()), (list, key) => {
        const shuffled = [...list].sort((a, b) => key(a.id) - key(b.id));
        expect(rankByVotes(shuffled)).toEqual(rankByVotes(list));
      }),
    );
  });

  it('never ranks a lower score above a higher one, and ranks start at 1', () => {
    fc.assert(
      fc.property(tallies, (list) => {
        const ranked = rankByVotes(list);
        ranked.forEach((item, index) => {
          const next = ranked[index + 1];
          if (next !== undefined) {
            expect(item.score).toBeGreaterThanOrEqual(next.score);
            expect(item.rank).toBeLessThanOrEqual(next.rank);
          }
        });
        if (ranked[0] !== undefined) expect(ranked[0].rank).toBe(1);
      }),
    );
  });
});
