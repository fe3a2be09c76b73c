// The measures of the evaluation table — top-1, top-3, top-10, mean reciprocal rank and Brier
// score — for a ranked differential, and their running means.
import type { AggregatedCandidate } from '../aggregation.js';
import type { CandidateProbability } from '../scoring.js';
import { brierScore, scoreDifferential } from '../scoring.js';
import { hashToUnit } from './random.js';

export interface Measures {
  top1: number;
  top3: number;
  top10: number;
  mrr: number;
  brier: number;
}

/** The measures of one differential (candidates most likely first, and its probabilities). */
export function measure(
  ranked: readonly string[],
  distribution: readonly CandidateProbability[],
  truth: string,
): Measures {
  const score = scoreDifferential(ranked, [truth]);
  return {
    top1: score.top1 ? 1 : 0,
    top3: score.top3 ? 1 : 0,
    top10: score.top10 ? 1 : 0,
    mrr: score.reciprocalRank,
    brier: brierScore(distribution, [truth]),
  };
}

/**
 * An aggregate's candidates in order, tied scores in a random order fixed by `tieSeed`: the
 * platform lists ties by key, which would favour diagnoses whose codes sort first.
 */
export function orderWithTies(result: readonly AggregatedCandidate[], tieSeed: string): string[] {
  return [...result]
    .sort(
      (a, b) =>
        b.score - a.score ||
        hashToUnit(`${tieSeed}/${a.candidate}`) - hashToUnit(`${tieSeed}/${b.candidate}`),
    )
    .map((item) => item.candidate);
}

/** A running mean of measures. */
export class MeasureMeans {
  private readonly sums: Measures = { top1: 0, top3: 0, top10: 0, mrr: 0, brier: 0 };
  private count = 0;

  add(value: Measures, share = 1): void {
    for (const key of Object.keys(this.sums) as (keyof Measures)[]) {
      this.sums[key] += value[key] * share;
    }
    this.count += share;
  }

  means(): Measures {
    const n = this.count || 1;
    return {
      top1: this.sums.top1 / n,
      top3: this.sums.top3 / n,
      top10: this.sums.top10 / n,
      mrr: this.sums.mrr / n,
      brier: this.sums.brier / n,
    };
  }
}
