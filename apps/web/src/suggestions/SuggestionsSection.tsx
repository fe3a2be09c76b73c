// The lower half of a case page: the ranked suggestions, voting on them, and proposing one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, VoteValue } from '@consilium/api';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { describeFailure, ProblemNotice } from '../feedback/ProblemNotice';
import { SuggestionForm } from './SuggestionForm';
import { SuggestionList } from './SuggestionList';
import { useSuggestions, useVote } from './suggestionQueries';

type VoteOutcome = { kind: 'recorded' | 'withdrawn'; diagnosis: string } | { kind: 'failed' };

export function SuggestionsSection({
  caseDetail,
  isSignedIn,
}: {
  caseDetail: CaseDetail;
  isSignedIn: boolean;
}) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(caseDetail.id);
  const vote = useVote(caseDetail.id);
  const [outcome, setOutcome] = useState<VoteOutcome | null>(null);

  const castVote = (suggestionId: string, diagnosis: string, value: VoteValue): void => {
    setOutcome(null);
    vote.mutate(
      { suggestionId, value },
      {
        onSuccess: () => {
          setOutcome({ kind: value === 0 ? 'withdrawn' : 'recorded', diagnosis });
        },
        onError: () => {
          setOutcome({ kind: 'failed' });
        },
      },
    );
  };

  return (
    <>
      <section className="suggestions">
        <h2>{t('suggestions.heading')}</h2>
        <p className="visually-hidden" role="status">
          {outcome?.kind === 'recorded'
            ? t('votes.recorded', { diagnosis: outcome.diagnosis })
            : null}
          {outcome?.kind === 'withdrawn'
            ? t('votes.withdrawn', { diagnosis: outcome.diagnosis })
            : null}
        </p>
        {outcome?.kind === 'failed' ? (
          <p className="notice notice--problem" role="alert">
            {t('votes.failed', { detail: describeFailure(vote.error, t) })}
          </p>
        ) : null}
        {suggestions.isPending ? <LoadingStatus message={t('suggestions.loading')} /> : null}
        {suggestions.isError ? (
          <ProblemNotice
            summary={t('suggestions.loadFailed')}
            error={suggestions.error}
            isRetrying={suggestions.isFetching}
            onRetry={() => {
              void suggestions.refetch();
            }}
          />
        ) : null}
        {suggestions.isSuccess ? (
          <SuggestionList
            suggestions={suggestions.data.items}
            isSignedIn={isSignedIn}
            caseStatus={caseDetail.status}
            pendingSuggestionId={vote.isPending ? vote.variables.suggestionId : null}
            onVote={(suggestion, value) => {
              castVote(suggestion.id, suggestion.diagnosis, value);
            }}
          />
        ) : null}
      </section>
      <section className="suggest">
        <h2>{t('suggestForm.heading')}</h2>
        <SuggestionEntry caseDetail={caseDetail} isSignedIn={isSignedIn} />
      </section>
    </>
  );
}

function SuggestionEntry({
  caseDetail,
  isSignedIn,
}: {
  caseDetail: CaseDetail;
  isSignedIn: boolean;
}) {
  const { t } = useTranslation();
  if (caseDetail.abilities.canSuggest) return <SuggestionForm caseId={caseDetail.id} />;
  if (!isSignedIn) return <SignInPrompt message={t('suggestForm.signInPrompt')} />;
  let reason = t('suggestForm.unavailable');
  if (caseDetail.isOwn) reason = t('suggestForm.ownCase');
  else if (caseDetail.status === 'closed' || caseDetail.status === 'closing')
    reason = t('suggestForm.caseClosed');
  else if (caseDetail.status === 'withdrawn') reason = t('suggestForm.caseWithdrawn');
  return <p className="notice">{reason}</p>;
}
