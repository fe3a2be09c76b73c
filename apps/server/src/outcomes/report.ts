// The final report of a case: its collective differential with, per candidate, excerpts of the
// rationales, the references and next steps the members gave, and the support by tier. Built
// live while the owner rates (preview), frozen in case_reports when the case closes for good.
import type { ReportItem } from '@consilium/api';
import type { RewardContribution } from '@consilium/core';
import { eq } from 'drizzle-orm';
import { excerptOf } from '../cases/cases.view.js';
import { markdownToText } from '../discussion/markdown.js';
import { COLLECTIVE_RULE, currentDifferential } from '../diagnoses/differential.js';
import { listActiveSuggestions, listCandidates } from '../diagnoses/suggestions.queries.js';
import { conceptRefOf } from '../diagnoses/suggestions.view.js';
import type { Queryable } from '../platform/database/index.js';
import { caseReports } from '../platform/database/schema.js';

const EXCERPT_LENGTH = 240;
const MAX_EXCERPTS = 3;

export interface FrozenReport {
  rule: typeof COLLECTIVE_RULE;
  contributors: number;
  items: ReportItem[];
  reward: { pledged: number; paidOut: number };
  /** Each item's candidate key (concept id or normalised words), for matching the outcome. */
  keys: Record<string, string>;
}

const unique = <T>(values: T[], keyOf: (value: T) => string = String) =>
  values.filter(
    (value, index) => values.findIndex((other) => keyOf(other) === keyOf(value)) === index,
  );

/** The report of a case as its data stands now. */
export async function buildReport(
  db: Queryable,
  caseId: string,
  pledged: number,
  at: Date,
): Promise<FrozenReport & { shares: RewardContribution[] }> {
  const differential = await currentDifferential(db, caseId, at);
  const candidates = new Map((await listCandidates(db, caseId)).map((row) => [row.id, row]));
  const active = await listActiveSuggestions(db, caseId);
  const items: ReportItem[] = [];
  const keys: Record<string, string> = {};
  for (const item of differential.items) {
    const candidate = candidates.get(item.candidateId);
    if (candidate === undefined) continue;
    keys[candidate.id] = candidate.key;
    const backing = active
      .filter((row) => row.candidateId === item.candidateId)
      .sort((a, b) => b.confidence - a.confidence || a.createdAt.getTime() - b.createdAt.getTime());
    items.push({
      candidateId: candidate.id,
      rank: item.rank,
      label: candidate.label,
      concept: conceptRefOf(candidate),
      probability: item.probability,
      support: item.support,
      firstChoices: item.firstChoices,
      rationaleExcerpts: backing
        .map((row) => excerptOf(markdownToText(row.rationale), EXCERPT_LENGTH))
        .filter((text) => text !== '')
        .slice(0, MAX_EXCERPTS),
      references: unique(
        backing.flatMap((row) => row.references),
        (reference) => `${reference.kind}:${reference.value}`,
      ),
      nextSteps: unique(backing.map((row) => row.nextSteps.trim()).filter((text) => text !== '')),
      helpful: backing.filter((row) => row.helpful === true).length,
    });
  }
  // Each member's share in the differential: the probability of each candidate they back,
  // divided among its backers. The owner's rating of their suggestions tilts their reward.
  const shares = new Map<string, { contribution: number; ratings: (boolean | null)[] }>();
  for (const row of active) {
    const item = differential.items.find((entry) => entry.candidateId === row.candidateId);
    const backers = active.filter((other) => other.candidateId === row.candidateId).length;
    const share = shares.get(row.authorId) ?? { contribution: 0, ratings: [] };
    share.contribution += (item?.probability ?? 0) / Math.max(1, backers);
    share.ratings.push(row.helpful);
    shares.set(row.authorId, share);
  }
  return {
    rule: COLLECTIVE_RULE,
    contributors: differential.contributors,
    items,
    keys,
    reward: { pledged, paidOut: 0 },
    shares: [...shares].map(([memberId, share]) => ({
      memberId,
      contribution: Math.min(1, share.contribution),
      helpful: share.ratings.some((rating) => rating === true)
        ? true
        : share.ratings.every((rating) => rating === false)
          ? false
          : null,
    })),
  };
}

export async function storeReport(
  tx: Queryable,
  caseId: string,
  report: FrozenReport,
  closedAt: Date,
) {
  // A case reopened once and closed again gets the report of its second close.
  const stored = report as unknown as Record<string, unknown>;
  await tx
    .insert(caseReports)
    .values({ caseId, report: stored, closedAt })
    .onConflictDoUpdate({ target: caseReports.caseId, set: { report: stored, closedAt } });
}

export async function findFrozenReport(db: Queryable, caseId: string) {
  const [row] = await db.select().from(caseReports).where(eq(caseReports.caseId, caseId));
  if (row === undefined) return undefined;
  return { report: row.report as unknown as FrozenReport, closedAt: row.closedAt };
}
