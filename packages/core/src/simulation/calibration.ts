// Calibration of the simulated crowd: one ability offset, shared by every solver, set so that an
// average individual's differential holds the confirmed diagnosis in its top 3 as often as a
// physician's does in the published data (62.5 %, Barnett et al. 2019).
import { isTop3Hit } from '../scoring.js';
import type { Arrival, CrowdParameters, SimulatedCase } from './crowd.js';
import { simulateCrowd } from './crowd.js';
import type { Random } from './random.js';

/** Barnett et al., JAMA Network Open 2019: individual top-3 accuracy on 1,572 Human Dx cases. */
export const INDIVIDUAL_TOP3_TARGET = 0.625;

/** A calibration sample: cases with their solvers (and the weights the platform would give them). */
export interface CalibrationCase {
  item: SimulatedCase;
  arrivals: readonly Arrival[];
}

/** The share of honest differentials with the diagnosis in their top 3, at one offset. */
export function meanIndividualTop3(
  sample: readonly CalibrationCase[],
  offset: number,
  random: Random,
  crowd: CrowdParameters,
): number {
  let hits = 0;
  let total = 0;
  for (const { item, arrivals } of sample) {
    const { honest } = simulateCrowd(
      item,
      arrivals,
      { offset, sybils: 0, sybilWeight: 0, random: random.fork(item.caseId) },
      crowd,
    );
    for (const differential of honest) {
      total += 1;
      const list = differential.entries.map((entry) => entry.candidate);
      if (isTop3Hit(list, [item.truth])) hits += 1;
    }
  }
  return total === 0 ? 0 : hits / total;
}

/**
 * The offset that gives `target` average top-3 accuracy on the sample, by bisection. Each step
 * replays the same random streams, so accuracy rises with the offset and bisection converges.
 */
export function calibrateOffset(
  sample: readonly CalibrationCase[],
  options: { target: number; random: Random },
  crowd: CrowdParameters,
): { offset: number; measured: number } {
  let low = -8;
  let high = 8;
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (meanIndividualTop3(sample, middle, options.random, crowd) < options.target) low = middle;
    else high = middle;
  }
  const offset = (low + high) / 2;
  return { offset, measured: meanIndividualTop3(sample, offset, options.random, crowd) };
}
