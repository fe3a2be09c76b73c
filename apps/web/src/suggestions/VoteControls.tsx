// Up and down vote buttons for one suggestion; pressing your current vote again withdraws it.
import { useTranslation } from 'react-i18next';
import type { Suggestion, VoteValue } from '@consilium/api';

export interface VoteControlsProps {
  suggestion: Suggestion;
  /** Why this member may not vote here, or null when they may. */
  blockedReason: string | null;
  isPending: boolean;
  onVote: (value: VoteValue) => void;
}

/** The vote to send when a button is pressed: the same vote again means "withdraw". */
export function nextVote(current: VoteValue, pressed: 1 | -1): VoteValue {
  return current === pressed ? 0 : pressed;
}

export function VoteControls({ suggestion, blockedReason, isPending, onVote }: VoteControlsProps) {
  const { t } = useTranslation();
  const noteId = `vote-note-${suggestion.id}`;
  const disabled = blockedReason !== null || isPending;
  const describedBy = blockedReason === null ? undefined : noteId;
  const title = blockedReason ?? undefined;

  return (
    <div className="vote">
      <button
        type="button"
        className="vote__button vote__button--up"
        aria-label={t('votes.upvote', { diagnosis: suggestion.diagnosis })}
        aria-pressed={suggestion.myVote === 1}
        aria-describedby={describedBy}
        title={title}
        disabled={disabled}
        onClick={() => {
          onVote(nextVote(suggestion.myVote, 1));
        }}
      >
        <span aria-hidden="true">▲</span>
      </button>
      {/* The score is also read out in words beside the diagnosis; this copy is visual. */}
      <span className="vote__score" aria-hidden="true">
        {suggestion.score}
      </span>
      <button
        type="button"
        className="vote__button vote__button--down"
        aria-label={t('votes.downvote', { diagnosis: suggestion.diagnosis })}
        aria-pressed={suggestion.myVote === -1}
        aria-describedby={describedBy}
        title={title}
        disabled={disabled}
        onClick={() => {
          onVote(nextVote(suggestion.myVote, -1));
        }}
      >
        <span aria-hidden="true">▼</span>
      </button>
      {blockedReason === null ? null : (
        <p className="vote__note" id={noteId}>
          {blockedReason}
        </p>
      )}
    </div>
  );
}
