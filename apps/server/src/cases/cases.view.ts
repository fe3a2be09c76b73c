// Maps case rows to API views; the one place that decides what a viewer sees of a case.
import type {
  AuthorView,
  CaseDetail,
  CaseStatus,
  CaseSummary,
  PatientQuestionnaireDraft,
} from '@consilium/api';
import { missingSteps } from '@consilium/api';
import type { CaseResource } from '@consilium/core';
import { availableCaseActions, isAllowed, isEditable, specialtyName } from '@consilium/core';
import type { RequestContext } from '../platform/context.js';
import type { CaseRow } from './cases.queries.js';

const EXCERPT_LENGTH = 280;

/** A member named as an author: handle and display name. */
export function toAuthorView(row: { authorHandle: string; authorDisplayName: string }): AuthorView {
  return { handle: row.authorHandle, displayName: row.authorDisplayName, anonymous: false };
}

/** A case's author: named, or (anonymous case) only the pseudonym's tier, to everyone. */
export function toCaseAuthorView(row: {
  authorHandle: string;
  authorDisplayName: string;
  isAnonymous: boolean;
  authorLabel: string | null;
}): AuthorView {
  if (row.isAnonymous)
    return { handle: null, displayName: row.authorLabel ?? 'Anonymous member', anonymous: true };
  return toAuthorView(row);
}

/** The first words of a text, cut at a word boundary. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

/** The status as of `now`: an open case whose submission window has ended is closing. */
export function caseStatusOf(
  row: { status: CaseStatus; closesAt: Date | null },
  now: Date,
): CaseStatus {
  if (row.status === 'open' && row.closesAt !== null && row.closesAt <= now) return 'closing';
  return row.status;
}

export function caseResourceOf(
  row: {
    authorId: string;
    status: CaseStatus;
    closesAt: Date | null;
    audience?: 'everyone' | 'professionals';
  },
  now: Date,
): CaseResource {
  return {
    authorId: row.authorId,
    status: caseStatusOf(row, now),
    audience: row.audience ?? 'everyone',
  };
}

/** The required questionnaire steps a draft still lacks; none once published. */
export function missingStepsOf(row: {
  status: CaseStatus;
  questionnaire: Record<string, unknown> | null;
}): CaseDetail['missingSteps'] {
  if (row.status !== 'draft' || row.questionnaire === null) return [];
  return missingSteps(row.questionnaire as PatientQuestionnaireDraft);
}

export function toCaseSummary(row: CaseRow & { suggestionCount: number }, now: Date): CaseSummary {
  return {
    id: row.id,
    kind: row.kind,
    audience: row.audience,
    title: row.title,
    excerpt: excerptOf(row.presentation),
    status: caseStatusOf(row, now),
    author: toCaseAuthorView(row),
    suggestionCount: row.suggestionCount,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCaseDetail(row: CaseRow, ctx: RequestContext): CaseDetail {
  const resource = caseResourceOf(row, ctx.now);
  const ownerMay = isAllowed(ctx.actor, { action: 'case.edit', case: resource });
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    presentation: row.presentation,
    question: row.question,
    specialties: row.specialties.map((code) => ({ code, name: specialtyName(code) })),
    audience: row.audience,
    status: resource.status,
    author: toCaseAuthorView(row),
    isOwn: ctx.member?.id === row.authorId,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    questionnaire: row.questionnaire as CaseDetail['questionnaire'],
    missingSteps: missingStepsOf(row),
    revision: row.revision,
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
    abilities: {
      canSuggest: isAllowed(ctx.actor, { action: 'suggestion.create', case: resource }),
      // Whether this viewer may vote at all here; each suggestion says if they may vote on it.
      canVote: isAllowed(ctx.actor, {
        action: 'vote.cast',
        suggestion: { authorId: '', case: resource },
      }),
      canEdit: ownerMay && isEditable(resource.status),
      caseActions: ownerMay
        ? availableCaseActions({ status: resource.status, reopened: row.reopenedAt !== null })
        : [],
    },
  };
}
