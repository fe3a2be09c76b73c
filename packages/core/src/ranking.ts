// Ranks a case's suggestions by their votes. Ties share a rank (1, 2, 2, 4).
export interface Tally {
  id: string;
  upvotes: number;
  downvotes: number;
  createdAt: Date;
}

export type Ranked<T extends Tally> = T & { rank: number; score: number };

function compare(a: Tally, b: Tally): number {
  const byScore = b.upvotes - b.downvotes - (a.upvotes - a.downvotes);
  if (byScore !== 0) return byScore;
  const byUpvotes = b.upvotes - a.upvotes;
  if (byUpvotes !== 0) return byUpvotes;
  return 0;
}

/**
 * Orders by score (up minus down), then by upvotes; suggestions equal on both share a rank and
 * are listed oldest first, then by id, so the order never depends on the input order.
 */
export function rankByVotes<T extends Tally>(tallies: readonly T[]): Ranked<T>[] {
  const sorted = [...tallies].sort(
    (a, b) =>
      compare(a, b) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const ranked: Ranked<T>[] = [];
  sorted.forEach((tally, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && compare(previous, tally) === 0;
    ranked.push({
      ...tally,
      score: tally.upvotes - tally.downvotes,
      rank: tied ? previous.rank : index + 1,
    });
  });
  return ranked;
}
