import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SupportTier } from './aggregation.js';
import { TRUSTED_WEIGHT } from './aggregation.js';
import type { OutcomeEvent } from './reputation.js';
import {
  TIER_PRIORS,
  betaCdf,
  betaQuantile,
  evidenceAt,
  reputationSummary,
  reputationWeight,
  specialtyShare,
  tierOnCase,
} from './reputation.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

/** `hits` then `misses` outcomes in one specialty, confirmed on consecutive days from day 0. */
const outcomes = (specialty: string, hits: number, misses: number, from = 0): OutcomeEvent[] =>
  Array.from({ length: hits + misses }, (_, index) => ({
    specialty,
    hit: index < hits,
    confirmedAt: day(from + index),
  }));

const later = day(1000);

describe('the Beta distribution', () => {
  it('matches closed forms', () => {
    for (const p of [0.01, 0.2, 0.5, 0.9]) {
      expect(betaQuantile(p, 1, 1)).toBeCloseTo(p, 10);
      expect(betaQuantile(p, 2, 1)).toBeCloseTo(Math.sqrt(p), 10);
      expect(betaQuantile(p, 1, 2)).toBeCloseTo(1 - Math.sqrt(1 - p), 10);
    }
    expect(betaCdf(0.4, 2, 2)).toBeCloseTo(3 * 0.4 ** 2 - 2 * 0.4 ** 3, 12);
    expect(betaCdf(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 12);
  });

  it('matches reference values for fractional and large parameters', () => {
    // Reference values from SciPy 1.17 (scipy.stats.beta).
    expect(betaCdf(0.3, 2.5, 7.1)).toBeCloseTo(0.649022579021, 9);
    expect(betaQuantile(0.05, 2.4, 1.6)).toBeCloseTo(0.213173491026, 9);
    expect(betaQuantile(0.975, 40.4, 21.6)).toBeCloseTo(0.764153943048, 9);
    expect(betaQuantile(0.025, 0.7, 1.3)).toBeCloseTo(0.003846653176, 9);
    expect(betaQuantile(0.5, 300.5, 150.2)).toBeCloseTo(0.66698746757, 9);
  });
});

describe('reputationWeight', () => {
  const weight = (events: OutcomeEvent[], tier: SupportTier = 'professional', at = later) =>
    reputationWeight(events, { specialty: 'cardiology', tier, at });

  it('counts only outcomes confirmed strictly before the moment asked about', () => {
    const events = outcomes('cardiology', 10, 0, 100);
    const before = weight(events, 'professional', day(100));
    expect(before).toBe(weight([], 'professional'));
    // At day 105 the outcomes of days 100–104 count, the one confirmed on day 105 does not.
    expect(weight(events, 'professional', day(105))).toBe(weight(events.slice(0, 5)));
    expect(weight(events, 'professional', day(105))).toBeGreaterThan(before);
  });

  it('gives a new account a small weight that grows with a good record', () => {
    const fresh = weight([], 'detective');
    const some = weight(outcomes('cardiology', 4, 1), 'detective');
    const proven = weight(outcomes('cardiology', 40, 10), 'detective');
    // Too small to put a candidate at the head of what members are shown.
    expect(fresh).toBeLessThan(TRUSTED_WEIGHT);
    expect(some).toBeGreaterThan(fresh);
    expect(proven).toBeGreaterThan(some);
    expect(proven).toBeGreaterThan(10 * fresh);
    expect(proven).toBeLessThanOrEqual(1);
    // A verified professional's credential is worth far more than nothing, before any outcome.
    expect(weight([])).toBeGreaterThan(10 * fresh);
    expect(weight([])).toBeLessThan(proven);
  });

  it('falls with a poor record', () => {
    expect(weight(outcomes('cardiology', 2, 18))).toBeLessThan(weight([]));
  });

  it('starts higher for a higher verified tier', () => {
    const tiers = ['specialist', 'professional', 'student', 'detective'] as const;
    const fresh = tiers.map((tier) => weight([], tier));
    expect([...fresh].sort((a, b) => b - a)).toEqual(fresh);
    expect(TIER_PRIORS.professional.mean).toBeCloseTo(0.6, 12);
  });

  it('counts outcomes in other specialties partially, related ones more', () => {
    const same = weight(outcomes('cardiology', 20, 0));
    const related = weight(outcomes('nephrology', 20, 0)); // both under internal medicine
    const other = weight(outcomes('dermatology', 20, 0));
    expect(same).toBeGreaterThan(related);
    expect(related).toBeGreaterThan(other);
    expect(other).toBeGreaterThan(weight([]));
    expect(specialtyShare('cardiology', 'general')).toBe(
      specialtyShare('cardiology', 'nephrology'),
    );
  });

  it('does not depend on the order of the events', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            specialty: fc.constantFrom('cardiology', 'neurology', 'general'),
            hit: fc.boolean(),
            day: fc.integer({ min: 0, max: 50 }),
          }),
          { maxLength: 30 },
        ),
        (raw) => {
          const events = raw.map((e) => ({ ...e, confirmedAt: day(e.day) }));
          const at = day(25);
          expect(weight([...events].reverse(), 'student', at)).toBeCloseTo(
            weight(events, 'student', at),
            12,
          );
        },
      ),
    );
  });
});

describe('evidenceAt', () => {
  it('keeps direct counts apart from the weighted evidence', () => {
    const events = [...outcomes('cardiology', 3, 1), ...outcomes('dermatology', 2, 2, 10)];
    expect(evidenceAt(events, 'cardiology', later)).toEqual({
      hits: 3,
      misses: 1,
      weightedHits: 3 + 2 * 0.25,
      weightedMisses: 1 + 2 * 0.25,
    });
  });
});

describe('tierOnCase', () => {
  it('makes a professional a specialist on cases of their specialty line only', () => {
    const neurologist = { tier: 'professional' as const, specialties: ['neurology'] };
    expect(tierOnCase(neurologist, 'neurology')).toBe('specialist');
    expect(tierOnCase(neurologist, 'epilepsy')).toBe('specialist');
    expect(tierOnCase(neurologist, 'cardiology')).toBe('professional');
    expect(tierOnCase({ tier: 'student', specialties: ['neurology'] }, 'neurology')).toBe(
      'student',
    );
  });
});

describe('reputationSummary', () => {
  it('shows each specialty with its record, posterior and weight', () => {
    const events = [...outcomes('neurology', 8, 2), ...outcomes('dermatology', 1, 3, 20)];
    const summary = reputationSummary(
      events,
      { tier: 'professional', specialties: ['neurology', 'cardiology'] },
      later,
    );
    expect(summary.map((row) => [row.specialty, row.tier, row.hits, row.misses])).toEqual([
      ['cardiology', 'specialist', 0, 0],
      ['dermatology', 'professional', 1, 3],
      ['neurology', 'specialist', 8, 2],
    ]);
    for (const row of summary) {
      const [low, high] = row.credibleInterval95;
      expect(low).toBeLessThan(row.posteriorMean);
      expect(high).toBeGreaterThan(row.posteriorMean);
      expect(row.weight).toBeGreaterThanOrEqual(low);
      expect(row.weight).toBeLessThan(row.posteriorMean);
    }
    const neurology = summary[2];
    // Prior Beta(2.64, 1.36) + 8 hits, 2 misses + a quarter of dermatology's 1 hit and 3 misses.
    expect(neurology?.posteriorMean).toBeCloseTo((2.64 + 8.25) / (2.64 + 8.25 + 1.36 + 2.75), 12);
  });

  it('ignores outcomes confirmed later', () => {
    const summary = reputationSummary(outcomes('neurology', 5, 0, 10), tierless, day(10));
    expect(summary).toEqual([]);
  });
});

const tierless = { tier: 'detective' as const, specialties: [] };
