// Collusion: pairs of accounts that back the same wrong answers far more often than independent
// members do, for moderators to review. Agreeing on the confirmed diagnosis is what good members do,
// so only agreement on what turned out WRONG counts as a signal. Reasons: docs/aggregation.md.

/** A member's part in one case: their differential and their votes. */
export interface CaseContribution {
  memberId: string;
  /** Their differential, most likely first. */
  candidates: readonly string[];
  votes?: readonly { candidate: string; value: 1 | -1 }[];
}

/** Who took part in a case, and its confirmed diagnosis once known. */
export interface CaseParticipation {
  caseId: string;
  /** The keys of the confirmed diagnosis; absent (or empty) while the case is open. */
  confirmedKeys?: readonly string[];
  contributions: readonly CaseContribution[];
}

/** Two accounts to review, memberA < memberB. */
export interface CollusionFlag {
  memberA: string;
  memberB: string;
  /** Resolved cases both took part in. */
  sharedCases: number;
  /** Shared resolved cases where at least one of the two backed a wrong answer. */
  overlap: number;
  /** Of those, cases where both backed the same wrong answer. */
  agreements: number;
}

/** At least this many shared cases with a wrong answer before a pair can be judged. */
export const COLLUSION_MIN_OVERLAP = 8;
/** A pair is flagged when at least this share of those cases saw them back the same wrong answer. */
export const COLLUSION_MIN_AGREEMENT = 0.8;

/**
 * What a member backed that the outcome proved wrong: their first choice and each upvoted candidate
 * when not the diagnosis (`+key`), and a downvote of the diagnosis (`-key`).
 */
function wrongStances(contribution: CaseContribution, confirmed: ReadonlySet<string>): Set<string> {
  const stances = new Set<string>();
  const first = contribution.candidates[0];
  if (first !== undefined && !confirmed.has(first)) stances.add(`+${first}`);
  for (const vote of contribution.votes ?? []) {
    const isDiagnosis = confirmed.has(vote.candidate);
    if (vote.value === 1 && !isDiagnosis) stances.add(`+${vote.candidate}`);
    if (vote.value === -1 && isDiagnosis) stances.add(`-${vote.candidate}`);
  }
  return stances;
}

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const item of a) if (b.has(item)) return true;
  return false;
};

/**
 * Pairs of members who, over resolved cases they shared, backed the same wrong answer in at least
 * `minAgreement` of the cases where either was wrong, with at least `minOverlap` such cases. Most
 * suspicious first (agreement rate, then overlap), then by member ids.
 */
export function findCollusion(
  cases: readonly CaseParticipation[],
  options: { minOverlap?: number; minAgreement?: number } = {},
): CollusionFlag[] {
  const minOverlap = options.minOverlap ?? COLLUSION_MIN_OVERLAP;
  const minAgreement = options.minAgreement ?? COLLUSION_MIN_AGREEMENT;
  const pairs = new Map<string, CollusionFlag>();
  for (const item of cases) {
    if (item.confirmedKeys === undefined || item.confirmedKeys.length === 0) continue;
    const confirmed = new Set(item.confirmedKeys);
    const members = new Map<string, Set<string>>();
    for (const contribution of item.contributions) {
      if (!members.has(contribution.memberId)) {
        members.set(contribution.memberId, wrongStances(contribution, confirmed));
      }
    }
    const ids = [...members.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const memberA = ids[i] ?? '';
        const memberB = ids[j] ?? '';
        const key = `${memberA}\u0000${memberB}`;
        let pair = pairs.get(key);
        if (pair === undefined) {
          pair = { memberA, memberB, sharedCases: 0, overlap: 0, agreements: 0 };
          pairs.set(key, pair);
        }
        pair.sharedCases += 1;
        const a = members.get(memberA) ?? new Set<string>();
        const b = members.get(memberB) ?? new Set<string>();
        if (a.size === 0 && b.size === 0) continue;
        pair.overlap += 1;
        if (intersects(a, b)) pair.agreements += 1;
      }
    }
  }
  return [...pairs.values()]
    .filter((pair) => pair.overlap >= minOverlap && pair.agreements >= minAgreement * pair.overlap)
    .sort(
      (x, y) =>
        y.agreements / y.overlap - x.agreements / x.overlap ||
        y.overlap - x.overlap ||
        (x.memberA < y.memberA ? -1 : x.memberA > y.memberA ? 1 : 0) ||
        (x.memberB < y.memberB ? -1 : x.memberB > y.memberB ? 1 : 0),
    );
}
