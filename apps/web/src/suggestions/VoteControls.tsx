// Up and down votes on a candidate diagnosis, with their counts; pressing your current vote again
// withdraws it. The vote shows at once and the buttons wait while it is sent.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Candidate, CaseDetail, VoteValue } from '@consilium/api';

/** The vote to send when a button is pressed: the same vote again means "withdraw". */
export function nextVote(current: VoteValue, pressed: 1 | -1): VoteValue {
  return current === pressed ? 0 : pressed;
}

/** Why a member may not vote on a candidate; the server's abilities decide, this explains. */
export function voteBlockedReason(
  candidate: Candidate,
  context: { isSignedIn: boolean; caseStatus: CaseDetail['status'] },
  t: TFunction,
): string | null {
  if (candidate.abilities.canVote) return null;
  if (!context.isSignedIn) return t('votes.signInToVote');
  if (context.caseStatus !== 'open') return t('votes.caseClosed');
  if (candidate.suggestions.some((suggestion) => suggestion.isOwn)) return t('votes.ownSuggestion');
  return t('votes.unavailable');
}

export interface VoteControlsProps {
  candidate: Candidate;
  /** Why this member may not vote here, or null when they may. */
  blockedReason: string | null;
  isPending: boolean;
  onVote: (value: VoteValue) => void;
}

export function VoteControls({ candidate, blockedReason, isPending, onVote }: VoteControlsProps) {
  const { t } = useTranslation();
  const noteId = `vote-note-${candidate.id}`;
  const disabled = blockedReason !== null || isPending;
  const describedBy = blockedReason === null ? undefined : noteId;
  const title = blockedReason ?? undefined;
  const button = (side: 1 | -1) => (
    <span className="vote__side">
      <button
        type="button"
        className={`vote__button vote__button--${side === 1 ? 'up' : 'down'}`}
        aria-label={t(side === 1 ? 'votes.upvote' : 'votes.downvote', {
          diagnosis: candidate.label,
        })}
        aria-pressed={candidate.myVote === side}
        aria-describedby={describedBy}
        title={title}
        disabled={disabled}
        onClick={() => {
          onVote(nextVote(candidate.myVote, side));
        }}
      >
        <span aria-hidden="true">{side === 1 ? '▲' : '▼'}</span>
      </button>
      {/* The counts are read out in words below; these copies are visual. */}
      <span
        className="vote__count"
        aria-hidden="true"
        data-testid={side === 1 ? 'upvotes' : 'downvotes'}
      >
        {side === 1 ? candidate.upvotes : candidate.downvotes}
      </span>
    </span>
  );

  return (
    <div
      className="vote"
      role="group"
      aria-label={t('votes.group', { diagnosis: candidate.label })}
      aria-busy={isPending}
    >
      {button(1)}
      {button(-1)}
      <p className="visually-hidden">
        {t('votes.tally', { upvotes: candidate.upvotes, downvotes: candidate.downvotes })}
        {candidate.myVote === 0
          ? null
          : ` ${t(candidate.myVote === 1 ? 'votes.youUp' : 'votes.youDown')}`}
      </p>
      {isPending ? <p className="vote__note">{t('votes.sending')}</p> : null}
      {blockedReason === null ? null : (
        <p className="vote__note" id={noteId}>
          {blockedReason}
        </p>
      )}
    </div>
  );
}
