// Maps candidates, suggestions and their revisions to API views, with each viewer's abilities.
// Support is counted by tier; who backs a candidate is shown only through suggestions' authors.
import type { Candidate, ConceptRef, Suggestion, VoteValue } from '@consilium/api';
import type { CaseResource } from '@consilium/core';
import { isAllowed } from '@consilium/core';
import { toAuthorView } from '../cases/cases.view.js';
import { renderMarkdown } from '../discussion/markdown.js';
import type { RequestContext } from '../platform/context.js';
import type { suggestionRevisions } from '../platform/database/schema.js';
import type { CachedItem, ShownItem } from './differential.js';
import type { CandidateRow, SuggestionRow } from './suggestions.queries.js';

const NO_MENTIONS: ReadonlySet<string> = new Set();

export function conceptRefOf(row: {
  conceptSystem: string | null;
  conceptCode: string | null;
}): ConceptRef | null {
  if (row.conceptSystem === null || row.conceptCode === null) return null;
  return {
    id: `${row.conceptSystem}:${row.conceptCode}`,
    system: row.conceptSystem,
    code: row.conceptCode,
  };
}

export function toSuggestionView(
  ctx: RequestContext,
  row: SuggestionRow,
  resource: CaseResource,
): Suggestion {
  const viewerId = ctx.member?.id;
  // The owner's rating is between the owner and the suggestion's author.
  const seesRating =
    viewerId !== undefined && (viewerId === row.authorId || viewerId === resource.authorId);
  return {
    id: row.id,
    caseId: row.caseId,
    candidateId: row.candidateId,
    position: row.position,
    diagnosis: row.diagnosis,
    concept: conceptRefOf(row),
    rationale: row.rationale,
    rationaleHtml: renderMarkdown(row.rationale, NO_MENTIONS),
    nextSteps: row.nextSteps,
    references: row.references,
    confidence: row.confidence,
    author: toAuthorView(row),
    isOwn: viewerId === row.authorId,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    helpful: seesRating ? (row.helpful ?? null) : null,
    abilities: {
      canEdit:
        row.withdrawnAt === null &&
        isAllowed(ctx.actor, {
          action: 'suggestion.edit',
          suggestion: { authorId: row.authorId, case: resource },
        }),
      canRate:
        row.withdrawnAt === null &&
        isAllowed(ctx.actor, {
          action: 'suggestion.rate',
          suggestion: { authorId: row.authorId, case: resource },
        }),
    },
  };
}

const asVoteValue = (value: number | undefined): VoteValue =>
  value === 1 || value === -1 ? value : 0;

export function toCandidateView(
  ctx: RequestContext,
  input: {
    candidate: CandidateRow;
    resource: CaseResource;
    /** Among the members' ranked candidates (ShownItem), or else pending a trusted backer. */
    ranked: ShownItem | undefined;
    pending: CachedItem | undefined;
    suggestions: SuggestionRow[];
    votes: { memberId: string; value: number }[];
  },
): Candidate {
  const { candidate, resource, ranked } = input;
  const viewerId = ctx.member?.id;
  const backerIds = input.suggestions.map((item) => item.authorId);
  return {
    id: candidate.id,
    caseId: candidate.caseId,
    label: candidate.label,
    concept: conceptRefOf(candidate),
    seededByAuthor: candidate.seededByAuthor,
    rank: ranked?.shownRank ?? null,
    probability: ranked?.probability ?? 0,
    pending: input.pending !== undefined,
    support: (ranked ?? input.pending)?.support ?? {
      specialist: 0,
      professional: 0,
      student: 0,
      detective: 0,
    },
    upvotes: input.votes.filter((vote) => vote.value === 1).length,
    downvotes: input.votes.filter((vote) => vote.value === -1).length,
    myVote: asVoteValue(input.votes.find((vote) => vote.memberId === viewerId)?.value),
    suggestions: [...input.suggestions]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((row) => toSuggestionView(ctx, row, resource)),
    abilities: {
      canVote: isAllowed(ctx.actor, {
        action: 'vote.cast',
        candidate: { case: resource, backerIds },
      }),
      canMap:
        candidate.conceptSystem === null &&
        isAllowed(ctx.actor, { action: 'candidate.map', case: resource }),
    },
  };
}

export function toRevisionView(row: typeof suggestionRevisions.$inferSelect) {
  return {
    revision: row.revision,
    diagnosis: row.diagnosis,
    concept: conceptRefOf(row),
    rationale: row.rationale,
    nextSteps: row.nextSteps,
    references: row.references,
    confidence: row.confidence,
    replacedAt: row.replacedAt.toISOString(),
  };
}
