// Maps case rows to API views; the one place that decides what a viewer sees of a case.
import type {
  AuthorView,
  CaseDetail,
  CaseLabel,
  CaseStatus,
  CaseSummary,
  PatientQuestionnaireDraft,
} from '@consilium/api';
import { missingSteps } from '@consilium/api';
import type { CaseResource } from '@consilium/core';
import { availableCaseActions, isAllowed, isEditable, specialtyName } from '@consilium/core';
import type { RequestContext } from '../platform/context.js';
import type { CaseExtras, CaseRow, CaseSummaryRow } from './cases.queries.js';

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
    kind?: 'patient' | 'clinical' | 'image';
    isCaseStudy?: boolean;
  },
  now: Date,
): CaseResource {
  return {
    authorId: row.authorId,
    status: caseStatusOf(row, now),
    audience: row.audience ?? 'everyone',
    kind: row.kind ?? 'patient',
    isCaseStudy: row.isCaseStudy ?? false,
  };
}

/** case-study when posted with a hidden answer; solved once its diagnosis is confirmed. */
export function caseLabelOf(row: { isCaseStudy: boolean; hasOutcome: boolean }): CaseLabel {
  if (row.isCaseStudy) return 'case-study';
  return row.hasOutcome ? 'solved' : 'unsolved';
}

export function specialtyTagsOf(codes: readonly string[]) {
  return codes.map((code) => ({ code, name: specialtyName(code) }));
}

/** The required questionnaire steps a draft still lacks; none once published. */
export function missingStepsOf(row: {
  status: CaseStatus;
  questionnaire: Record<string, unknown> | null;
}): CaseDetail['missingSteps'] {
  if (row.status !== 'draft' || row.questionnaire === null) return [];
  return missingSteps(row.questionnaire as PatientQuestionnaireDraft);
}

export function toCaseSummary(row: CaseSummaryRow, now: Date): CaseSummary {
  return {
    id: row.id,
    kind: row.kind,
    audience: row.audience,
    title: row.title,
    excerpt: excerptOf(row.presentation),
    status: caseStatusOf(row, now),
    label: caseLabelOf(row),
    specialties: specialtyTagsOf(row.specialties),
    author: toCaseAuthorView(row),
    suggestionCount: row.suggestionCount,
    commentCount: row.commentCount,
    viewCount: row.viewCount,
    hasImages: row.hasImages,
    createdAt: row.createdAt.toISOString(),
    closesAt: row.closesAt?.toISOString() ?? null,
  };
}

export function toCaseDetail(row: CaseRow, extras: CaseExtras, ctx: RequestContext): CaseDetail {
  const resource = caseResourceOf(row, ctx.now);
  const ownerMay = isAllowed(ctx.actor, { action: 'case.edit', case: resource });
  const signedIn = ctx.member !== undefined;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    presentation: row.presentation,
    question: row.question,
    specialties: specialtyTagsOf(row.specialties),
    audience: row.audience,
    status: resource.status,
    label: caseLabelOf(row),
    author: toCaseAuthorView(row),
    isOwn: ctx.member?.id === row.authorId,
    attachments: extras.attachments.map((item) => ({
      id: item.id,
      contentType: item.contentType ?? 'application/octet-stream',
      width: item.width,
      height: item.height,
      caption: item.caption,
    })),
    stats: { views: row.viewCount, followers: extras.followers, comments: extras.comments },
    viewer: {
      following: signedIn && extras.following,
      bookmarked: signedIn && extras.bookmarked,
    },
    caseStudy: row.isCaseStudy
      ? { committed: extras.committed, commitCount: extras.commits }
      : null,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    questionnaire: row.questionnaire as CaseDetail['questionnaire'],
    missingSteps: missingStepsOf(row),
    revision: row.revision,
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
    abilities: {
      canSuggest: isAllowed(ctx.actor, { action: 'suggestion.create', case: resource }),
      // Whether this viewer may vote at all here; each candidate says if they may vote on it.
      canVote: isAllowed(ctx.actor, {
        action: 'vote.cast',
        candidate: { case: resource, backerIds: [] },
      }),
      canEdit: ownerMay && isEditable(resource.status),
      caseActions: ownerMay
        ? availableCaseActions({ status: resource.status, reopened: row.reopenedAt !== null })
        : [],
      canFollow:
        row.status !== 'draft' && isAllowed(ctx.actor, { action: 'case.engage', case: resource }),
      canCommitDifferential:
        !extras.committed &&
        isAllowed(ctx.actor, { action: 'differential.commit', case: resource }),
      canPage: isAllowed(ctx.actor, { action: 'case.page', case: resource }),
    },
  };
}
