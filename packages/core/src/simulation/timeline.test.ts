import { describe, expect, it } from 'vitest';
import { AGGREGATION_RULES } from '../aggregation.js';
import type { CandidatePool } from './candidates.js';
import { createRandom } from './random.js';
import type { EvaluationOptions } from './timeline.js';
import { DEFAULT_EVALUATION, runEvaluation } from './timeline.js';

const pools: CandidatePool[] = (() => {
  const random = createRandom('timeline-pools');
  return Array.from({ length: 150 }, (_, n) => ({
    caseId: `case-${n}`,
    truth: `truth-${n % 60}`,
    truthFit: random.next(),
    distractors: Array.from({ length: 20 }, (_, d) => ({
      candidate: `d-${(n + d) % 90}`,
      fit: random.next(),
    })).sort((a, b) => b.fit - a.fit),
  }));
})();

const options = (overrides: Partial<EvaluationOptions> = {}): EvaluationOptions => ({
  ...DEFAULT_EVALUATION,
  seed: 'timeline',
  initialMembers: 30,
  finalMembers: 40,
  calibrationCases: 40,
  spanDays: 400,
  // Skills differ widely here, so that knowing who is good is worth something.
  crowd: { ...DEFAULT_EVALUATION.crowd, skillSpread: 1.5 },
  ...overrides,
});

let cached: ReturnType<typeof runEvaluation> | undefined;
const base = () => (cached ??= runEvaluation(pools, options()));

// Whole timelines: slower than the other unit tests, so they get more time.
describe('runEvaluation', { timeout: 30_000 }, () => {
  it('gives the same result for the same seed, another for another seed', () => {
    const first = base();
    expect(runEvaluation(pools, options())).toEqual(first);
    expect(runEvaluation(pools, options({ seed: 'other' })).table).not.toEqual(first.table);
  });

  it('measures every method at every group size after the warm-up, sybils included', () => {
    const result = base();
    expect(result.measuredCases).toBe(150 - Math.floor(150 * 0.2));
    expect(result.table.weighted).toHaveLength(9);
    for (const rule of AGGREGATION_RULES) {
      expect(result.sybilTop1[rule].without).toEqual(result.table[rule].map((m) => m.top1));
    }
    const differentials = Object.values(result.tierTop3).reduce((sum, t) => sum + t.total, 0);
    expect(differentials).toBe(result.measuredCases * 9);
    expect(Math.abs(result.calibratedTop3 - 0.625)).toBeLessThan(0.02);
  });

  it('learns who is good only from outcomes confirmed before each case', () => {
    const prompt = runEvaluation(pools, options({ outcomeDelayDays: [1, 2] }));
    // Outcomes confirmed after the last case: nobody has a track record yet, only a tier.
    const never = runEvaluation(pools, options({ outcomeDelayDays: [1000, 1001] }));
    const best = (result: typeof prompt) => result.table['best individual'][8]?.top3 ?? 0;
    expect(best(prompt)).toBeGreaterThan(best(never) + 0.05);
    // The same crowd in both: only the weights (and what herders see) differ.
    expect(prompt.table['average individual'][0]?.top3).toBeCloseTo(
      never.table['average individual'][0]?.top3 ?? 0,
      1,
    );
  });
});
