// The diagnoses a simulated solver weighs on a real published case: its confirmed disease and the
// diseases of OTHER published cases whose phenotypes fit it best, so that wrong answers are the
// plausible ones a clinician would consider.
import type { Random } from './random.js';

/** A published case: its confirmed disease and the phenotype terms observed in it. */
export interface PhenopacketCase {
  id: string;
  disease: string;
  observed: readonly string[];
}

/** A candidate diagnosis and how well the case's phenotypes fit it (1 = the best fit there is). */
export interface CandidateFit {
  candidate: string;
  fit: number;
}

/** What a solver chooses among on one case. */
export interface CandidatePool {
  caseId: string;
  truth: string;
  /** How well the case fits its own disease as the disease's OTHER cases describe it. */
  truthFit: number;
  /** Other diseases, best fit first. */
  distractors: CandidateFit[];
}

interface DiseaseProfile {
  disease: string;
  caseCount: number;
  termCounts: Map<string, number>;
}

function profilesOf(cases: readonly PhenopacketCase[]): DiseaseProfile[] {
  const byDisease = new Map<string, DiseaseProfile>();
  for (const item of cases) {
    let profile = byDisease.get(item.disease);
    if (profile === undefined) {
      profile = { disease: item.disease, caseCount: 0, termCounts: new Map() };
      byDisease.set(item.disease, profile);
    }
    profile.caseCount += 1;
    for (const term of new Set(item.observed)) {
      profile.termCounts.set(term, (profile.termCounts.get(term) ?? 0) + 1);
    }
  }
  return [...byDisease.values()].sort((a, b) => (a.disease < b.disease ? -1 : 1));
}

/**
 * The fit of a case to every disease: the sum, over the case's terms, of the share of the disease's
 * cases showing the term, times the term's rarity across diseases (log inverse document frequency).
 * The case itself is left out of its own disease's profile, so a disease known from one case only
 * fits nothing (as for a clinician who has never read of it).
 */
export function buildCandidatePools(
  cases: readonly PhenopacketCase[],
  options: { distractors: number; random: Random },
): CandidatePool[] {
  const profiles = profilesOf(cases);
  const indexOf = new Map(profiles.map((profile, index) => [profile.disease, index]));
  const postings = new Map<string, [number, number][]>();
  profiles.forEach((profile, index) => {
    for (const [term, count] of profile.termCounts) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push([index, count]);
    }
  });
  const rarity = (term: string) => Math.log(profiles.length / (postings.get(term)?.length ?? 1));

  return cases.map((item) => {
    const truthIndex = indexOf.get(item.disease) ?? -1;
    const scores = new Float64Array(profiles.length);
    for (const term of new Set(item.observed)) {
      const weight = rarity(term);
      for (const [index, count] of postings.get(term) ?? []) {
        const profile = profiles[index];
        if (profile === undefined) continue;
        const isTruth = index === truthIndex;
        const others = isTruth ? profile.caseCount - 1 : profile.caseCount;
        if (others > 0)
          scores[index] = (scores[index] ?? 0) + (weight * (count - (isTruth ? 1 : 0))) / others;
      }
    }
    const best = Math.max(...scores);
    const fitOf = (index: number) => (best > 0 ? (scores[index] ?? 0) / best : 0);
    const ranked = profiles
      .map((_, index) => index)
      .filter((index) => index !== truthIndex && (scores[index] ?? 0) > 0)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
      .slice(0, options.distractors);
    // Too few diseases share a phenotype: the rest are drawn at random, fitting nothing.
    const chosen = new Set(ranked);
    const random = options.random.fork(item.id);
    while (chosen.size < Math.min(options.distractors, profiles.length - 1)) {
      const index = random.int(profiles.length);
      if (index !== truthIndex && !chosen.has(index)) {
        chosen.add(index);
        ranked.push(index);
      }
    }
    return {
      caseId: item.id,
      truth: item.disease,
      truthFit: truthIndex >= 0 ? fitOf(truthIndex) : 0,
      distractors: ranked.map((index) => ({
        candidate: profiles[index]?.disease ?? '',
        fit: fitOf(index),
      })),
    };
  });
}
