import { describe, expect, it } from 'vitest';
import { createRandom, hashToUnit } from './random.js';

const draw = (seed: string, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    expect(draw('20261201', 100)).toEqual(draw('20261201', 100));
    expect(draw('20261201', 100)).not.toEqual(draw('20261202', 100));
  });

  it('keeps named streams independent of how much the parent drew', () => {
    const early = createRandom('s');
    const late = createRandom('s');
    for (let i = 0; i < 1000; i++) late.next();
    expect(early.fork('crowd').next()).toBe(late.fork('crowd').next());
    expect(early.fork('crowd').next()).not.toBe(early.fork('cases').next());
  });

  it('draws uniform numbers in [0, 1) with the right mean and spread', () => {
    const values = draw('uniform', 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2);
    const tenths = new Array<number>(10).fill(0);
    for (const v of values) tenths[Math.floor(v * 10)] = (tenths[Math.floor(v * 10)] ?? 0) + 1;
    for (const count of tenths) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('draws normal and Gumbel numbers with their textbook moments', () => {
    const random = createRandom('moments');
    const normals = Array.from({ length: 20_000 }, () => random.normal());
    const mean = normals.reduce((sum, v) => sum + v, 0) / normals.length;
    const variance = normals.reduce((sum, v) => sum + (v - mean) ** 2, 0) / normals.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    const gumbels = Array.from({ length: 20_000 }, () => random.gumbel());
    const gumbelMean = gumbels.reduce((sum, v) => sum + v, 0) / gumbels.length;
    expect(Math.abs(gumbelMean - 0.5772)).toBeLessThan(0.03); // Euler–Mascheroni constant
  });

  it('picks by weight and never picks a zero weight', () => {
    const random = createRandom('weights');
    const counts = [0, 0, 0];
    for (let i = 0; i < 9000; i++) {
      const index = random.weighted([1, 0, 2]);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect(Math.abs((counts[2] ?? 0) / 9000 - 2 / 3)).toBeLessThan(0.02);
  });
});

describe('hashToUnit', () => {
  it('is stable and spread over [0, 1)', () => {
    expect(hashToUnit('case-1/OMIM:1')).toBe(hashToUnit('case-1/OMIM:1'));
    const values = Array.from({ length: 1000 }, (_, i) => hashToUnit(`key-${i}`));
    expect(new Set(values).size).toBe(1000);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(600);
  });
});
