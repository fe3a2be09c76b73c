// One ranked suggestion: its rank, the diagnosis and reasoning, who proposed it, and its votes.
import { useTranslation } from 'react-i18next';
import { AuthorLink } from '../profiles/AuthorLink';
import type { Suggestion, VoteValue } from '@consilium/api';
import { RelativeTime } from '../i18n/RelativeTime';
import { PlainText } from '../text/PlainText';
import { VoteControls } from './VoteControls';

export interface SuggestionItemProps {
  suggestion: Suggestion;
  blockedReason: string | null;
  isVotePending: boolean;
  onVote: (value: VoteValue) => void;
}

export function SuggestionItem({
  suggestion,
  blockedReason,
  isVotePending,
  onVote,
}: SuggestionItemProps) {
  const { t } = useTranslation();
  return (
    <li className="suggestion" data-testid="suggestion">
      <p className="suggestion__rank">
        <span className="visually-hidden">{t('suggestions.rankLabel')} </span>
        <span data-testid="suggestion-rank">{suggestion.rank}</span>
      </p>
      <div className="suggestion__body">
        <h3 className="suggestion__diagnosis">{suggestion.diagnosis}</h3>
        {suggestion.rationale.trim() === '' ? null : (
          <PlainText className="suggestion__rationale" text={suggestion.rationale} />
        )}
        <p className="suggestion__meta">
          {suggestion.isOwn ? (
            <span>{t('suggestions.byYou')}</span>
          ) : (
            <AuthorLink author={suggestion.author} />
          )}
          <RelativeTime iso={suggestion.createdAt} />
          <span data-testid="suggestion-score">
            {t('suggestions.score', { score: suggestion.score })}
          </span>
          <span>
            {t('suggestions.tally', {
              upvotes: suggestion.upvotes,
              downvotes: suggestion.downvotes,
            })}
          </span>
        </p>
      </div>
      <VoteControls
        suggestion={suggestion}
        blockedReason={blockedReason}
        isPending={isVotePending}
        onVote={onVote}
      />
    </li>
  );
}
