import { describe, expect, it } from 'vitest';
import type { PhenopacketCase } from './candidates.js';
import { buildCandidatePools } from './candidates.js';
import { createRandom } from './random.js';

const aCase = (id: string, disease: string, observed: string[]): PhenopacketCase => ({
  id,
  disease,
  observed,
});

const cases = [
  aCase('a1', 'A', ['seizure', 'ataxia', 'cataract']),
  aCase('a2', 'A', ['seizure', 'ataxia', 'cataract']),
  aCase('b1', 'B', ['seizure', 'ataxia', 'deafness']),
  aCase('c1', 'C', ['seizure', 'eczema']),
  aCase('d1', 'D', ['eczema', 'asthma']),
  aCase('e1', 'E', ['nephritis']),
];

const build = (distractors: number) =>
  buildCandidatePools(cases, { distractors, random: createRandom('pools') });

describe('buildCandidatePools', () => {
  it('offers the diseases of other cases, best phenotype fit first, never the confirmed one', () => {
    const pool = build(3).find((item) => item.caseId === 'a1');
    expect(pool?.truth).toBe('A');
    expect(pool?.distractors.map((d) => d.candidate)).toEqual(['B', 'C', expect.any(String)]);
    expect(pool?.distractors.map((d) => d.candidate)).not.toContain('A');
    // B shares two terms, C only the commonest one: B fits better.
    const [b, c] = pool?.distractors ?? [];
    expect(b?.fit).toBeGreaterThan(c?.fit ?? 1);
  });

  it('fills with random unrelated diseases, fitting nothing, when too few share a phenotype', () => {
    const pool = build(4).find((item) => item.caseId === 'a1');
    const fillers = pool?.distractors.slice(2) ?? [];
    expect(fillers.map((d) => d.candidate).sort()).toEqual(['D', 'E']);
    expect(fillers.every((d) => d.fit === 0)).toBe(true);
  });

  it('judges a case against its own disease as the disease’s OTHER cases describe it', () => {
    const pools = build(3);
    // A's other case shows all three terms: the best fit there is.
    expect(pools.find((item) => item.caseId === 'a1')?.truthFit).toBe(1);
    // B is known from this one case only: nothing else describes it.
    expect(pools.find((item) => item.caseId === 'b1')?.truthFit).toBe(0);
  });

  it('weighs rare phenotypes above common ones', () => {
    const pool = build(3).find((item) => item.caseId === 'c1');
    // C shares "seizure" (in 3 diseases) with A and B, and "eczema" (in 2) with D.
    expect(pool?.distractors[0]?.candidate).toBe('D');
  });

  it('is the same for the same seed', () => {
    expect(build(4)).toEqual(build(4));
  });
});
