// One candidate diagnosis in collective order: its rank and probability, its concept code, the
// votes on it, the suggestions that back it, and for moderators a way to code free text.
import { useTranslation } from 'react-i18next';
import type { Candidate, VoteValue } from '@consilium/api';
import { formatPercent } from '../i18n/format';
import { MapConceptControl } from './MapConceptControl';
import { SuggestionCard } from './SuggestionCard';
import { VoteControls } from './VoteControls';
import { ConceptCode } from './ConceptCode';

export interface CandidateItemProps {
  candidate: Candidate;
  blockedReason: string | null;
  isVotePending: boolean;
  onVote: (value: VoteValue) => void;
}

export function CandidateItem({
  candidate,
  blockedReason,
  isVotePending,
  onVote,
}: CandidateItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <li className="candidate" data-testid="candidate" data-candidate-id={candidate.id}>
      <p className="candidate__rank">
        <span className="visually-hidden">{t('suggestions.rankLabel')} </span>
        <span data-testid="candidate-rank">{candidate.rank ?? '–'}</span>
      </p>
      <div className="candidate__body">
        <h3 className="candidate__label">
          {candidate.label}
          {candidate.concept === null ? null : <ConceptCode id={candidate.concept.id} />}
        </h3>
        <p className="candidate__meta">
          <span data-testid="candidate-probability">
            {candidate.pending
              ? t('suggestions.pending')
              : candidate.rank === null
                ? t('suggestions.unranked')
                : t('suggestions.probability', {
                    probability: formatPercent(candidate.probability, language),
                  })}
          </span>
          {candidate.concept === null ? <span>{t('suggestions.freeText')}</span> : null}
          {candidate.seededByAuthor ? <span>{t('suggestions.seeded')}</span> : null}
        </p>
        {candidate.abilities.canMap && candidate.concept === null ? (
          <MapConceptControl candidate={candidate} />
        ) : null}
        {candidate.suggestions.length === 0 ? null : (
          <ul
            className="suggestion-cards"
            aria-label={t('suggestions.backing', { diagnosis: candidate.label })}
          >
            {candidate.suggestions.map((suggestion) => (
              <SuggestionCard
                key={suggestion.id}
                suggestion={suggestion}
                candidateLabel={candidate.label}
              />
            ))}
          </ul>
        )}
      </div>
      <VoteControls
        candidate={candidate}
        blockedReason={blockedReason}
        isPending={isVotePending}
        onVote={onVote}
      />
    </li>
  );
}
