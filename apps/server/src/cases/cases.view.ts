// Maps case rows to API views; the one place that decides what a viewer sees of a case.
import type { AuthorView, CaseDetail, CaseSummary } from '@consilium/api';
import { isAllowed } from '@consilium/core';
import type { RequestContext } from '../platform/context.js';
import type { CaseRow } from './cases.queries.js';

const EXCERPT_LENGTH = 280;

export function toAuthorView(row: { authorHandle: string; authorDisplayName: string }): AuthorView {
  return { handle: row.authorHandle, displayName: row.authorDisplayName };
}

/** The first words of a text, cut at a word boundary. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

export function toCaseSummary(row: CaseRow & { suggestionCount: number }): CaseSummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: excerptOf(row.presentation),
    status: row.status,
    author: toAuthorView(row),
    suggestionCount: row.suggestionCount,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCaseDetail(row: CaseRow, ctx: RequestContext): CaseDetail {
  const resource = { authorId: row.authorId, status: row.status };
  return {
    id: row.id,
    title: row.title,
    presentation: row.presentation,
    status: row.status,
    author: toAuthorView(row),
    isOwn: ctx.member?.id === row.authorId,
    createdAt: row.createdAt.toISOString(),
    abilities: {
      canSuggest: isAllowed(ctx.actor, { action: 'suggestion.create', case: resource }),
      // Whether this viewer may vote at all here; each suggestion says if they may vote on it.
      canVote: isAllowed(ctx.actor, {
        action: 'vote.cast',
        suggestion: { authorId: '', case: resource },
      }),
    },
  };
}
