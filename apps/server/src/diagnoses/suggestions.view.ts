// Maps ranked suggestion tallies to API views, with each viewer's abilities.
import type { Suggestion, VoteValue } from '@consilium/api';
import type { CaseResource, Ranked } from '@consilium/core';
import { isAllowed } from '@consilium/core';
import { toAuthorView } from '../cases/cases.view.js';
import type { RequestContext } from '../platform/context.js';
import type { SuggestionTally } from './suggestions.queries.js';

function asVoteValue(value: number): VoteValue {
  return value === 1 || value === -1 ? value : 0;
}

export function toSuggestionView(
  row: Ranked<SuggestionTally>,
  caseResource: CaseResource,
  ctx: RequestContext,
): Suggestion {
  return {
    id: row.id,
    caseId: row.caseId,
    rank: row.rank,
    diagnosis: row.diagnosis,
    rationale: row.rationale,
    author: toAuthorView(row),
    score: row.score,
    upvotes: row.upvotes,
    downvotes: row.downvotes,
    myVote: asVoteValue(row.myVote),
    isOwn: ctx.member?.id === row.authorId,
    createdAt: row.createdAt.toISOString(),
    abilities: {
      canVote: isAllowed(ctx.actor, {
        action: 'vote.cast',
        suggestion: { authorId: row.authorId, case: caseResource },
      }),
    },
  };
}
