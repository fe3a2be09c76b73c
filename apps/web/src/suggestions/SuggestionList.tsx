// The collective differential of a case: its suggestions in rank order, each open to votes.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseDetail, Suggestion, VoteValue } from '@consilium/api';
import { SuggestionItem } from './SuggestionItem';

/** Why a member may not vote on a suggestion; the server's abilities decide, this explains. */
export function voteBlockedReason(
  suggestion: Suggestion,
  context: { isSignedIn: boolean; caseStatus: CaseDetail['status'] },
  t: TFunction,
): string | null {
  if (suggestion.abilities.canVote) return null;
  if (!context.isSignedIn) return t('votes.signInToVote');
  if (suggestion.isOwn) return t('votes.ownSuggestion');
  if (context.caseStatus === 'closed') return t('votes.caseClosed');
  return t('votes.unavailable');
}

export interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  isSignedIn: boolean;
  caseStatus: CaseDetail['status'];
  /** The suggestion whose vote is being sent, if any. */
  pendingSuggestionId: string | null;
  onVote: (suggestion: Suggestion, value: VoteValue) => void;
}

export function SuggestionList(props: SuggestionListProps) {
  const { suggestions, isSignedIn, caseStatus, pendingSuggestionId, onVote } = props;
  const { t } = useTranslation();
  if (suggestions.length === 0) {
    return <p className="empty-state">{t('suggestions.empty')}</p>;
  }
  return (
    <ol className="suggestion-list" aria-label={t('suggestions.heading')}>
      {suggestions.map((suggestion) => (
        <SuggestionItem
          key={suggestion.id}
          suggestion={suggestion}
          blockedReason={voteBlockedReason(suggestion, { isSignedIn, caseStatus }, t)}
          isVotePending={pendingSuggestionId === suggestion.id}
          onVote={(value) => {
            onVote(suggestion, value);
          }}
        />
      ))}
    </ol>
  );
}
