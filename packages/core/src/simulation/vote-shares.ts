// Plurality of k readers drawn from a case's published vote shares (NEJM Image Challenge): the
// exact expected accuracy, summing over every way k votes can fall, ties broken at random.

/** A case's vote shares over its options (any scale) and the index of the correct option. */
export interface VoteShareCase {
  shares: readonly number[];
  correct: number;
}

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) {
    logFactorials.push((logFactorials[i - 1] ?? 0) + Math.log(i));
  }
  return logFactorials[n] ?? 0;
}

/**
 * The probability that the plurality of k readers, each voting independently with the case's
 * shares, picks the correct option; a tie shares its probability equally among the tied options.
 */
export function pluralityAccuracy(item: VoteShareCase, k: number): number {
  const total = item.shares.reduce((sum, share) => sum + share, 0);
  if (total <= 0 || k < 1) return 0;
  const logShares = item.shares.map((share) => (share > 0 ? Math.log(share / total) : -Infinity));
  const options = logShares.length;
  const base = logFactorial(k);
  let accuracy = 0;
  // Options are filled in order; the log-probability, the largest count so far, how many options
  // hold it and the correct option's count are carried along, so each way costs O(1) at its end.
  const visit = (
    option: number,
    left: number,
    logP: number,
    top: number,
    atTop: number,
    correct: number,
  ): void => {
    const last = option === options - 1;
    for (let count = last ? left : 0; count <= left; count++) {
      const logShare = logShares[option] ?? -Infinity;
      const term = count === 0 ? 0 : count * logShare - logFactorial(count);
      const nextLogP = logP + term;
      if (nextLogP === -Infinity) continue;
      const nextTop = Math.max(top, count);
      const nextAtTop = count > top ? 1 : count === top ? atTop + 1 : atTop;
      const nextCorrect = option === item.correct ? count : correct;
      if (!last) {
        visit(option + 1, left - count, nextLogP, nextTop, nextAtTop, nextCorrect);
      } else if (nextCorrect === nextTop) {
        accuracy += Math.exp(base + nextLogP) / nextAtTop;
      }
    }
  };
  visit(0, k, 0, -1, 0, -1);
  return accuracy;
}

/**
 * Whether the whole crowd's most voted option is the correct one: a tie (of rounded shares) is
 * shared equally, or counted as wrong.
 */
export function crowdAccuracy(item: VoteShareCase, ties: 'shared' | 'wrong' = 'shared'): number {
  const top = Math.max(...item.shares);
  if ((item.shares[item.correct] ?? -1) !== top) return 0;
  const tied = item.shares.filter((share) => share === top).length;
  return ties === 'wrong' ? (tied === 1 ? 1 : 0) : 1 / tied;
}
