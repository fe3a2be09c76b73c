// The collective diagnosis on a case page: the live collective differential, the candidates in
// collective order with their votes and suggestions, the member's own suggestions, and the way to
// add one — a suggestion, or, for the case's author, possible diagnoses to vote on.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, CaseDetail, SuggestionBoard, VoteValue } from '@consilium/api';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { describeFailure, ProblemNotice } from '../feedback/ProblemNotice';
import { CandidateItem } from './CandidateItem';
import { CollectiveDifferentialPanel } from './CollectiveDifferentialPanel';
import { MySuggestions } from './MySuggestions';
import { SeedCandidateForm } from './SeedCandidateForm';
import { NewSuggestionForm } from './SuggestionForm';
import { useSuggestionBoard, useVote } from './suggestionQueries';
import { voteBlockedReason } from './VoteControls';

type VoteOutcome = { kind: 'recorded' | 'withdrawn'; diagnosis: string } | { kind: 'failed' };

export interface SuggestionsSectionProps {
  caseDetail: CaseDetail;
  isSignedIn: boolean;
}

export function SuggestionsSection({ caseDetail, isSignedIn }: SuggestionsSectionProps) {
  const { t } = useTranslation();
  const board = useSuggestionBoard(caseDetail.id);
  return (
    <>
      <CollectiveDifferentialPanel caseId={caseDetail.id} />
      <section className="suggestions">
        <h2>{t('suggestions.heading')}</h2>
        {board.isPending ? <LoadingStatus message={t('suggestions.loading')} /> : null}
        {board.isError ? (
          <ProblemNotice
            summary={t('suggestions.loadFailed')}
            error={board.error}
            isRetrying={board.isFetching}
            onRetry={() => {
              void board.refetch();
            }}
          />
        ) : null}
        {board.isSuccess ? (
          <CandidateList board={board.data} caseDetail={caseDetail} isSignedIn={isSignedIn} />
        ) : null}
      </section>
      {board.isSuccess ? (
        <MySuggestions
          caseId={caseDetail.id}
          suggestions={board.data.candidates.flatMap((candidate) =>
            candidate.suggestions.filter((suggestion) => suggestion.isOwn),
          )}
        />
      ) : null}
      {board.isSuccess ? (
        <SuggestionEntry board={board.data} caseDetail={caseDetail} isSignedIn={isSignedIn} />
      ) : null}
    </>
  );
}

function CandidateList({
  board,
  caseDetail,
  isSignedIn,
}: {
  board: SuggestionBoard;
  caseDetail: CaseDetail;
  isSignedIn: boolean;
}) {
  const { t } = useTranslation();
  const vote = useVote(caseDetail.id);
  const [outcome, setOutcome] = useState<VoteOutcome | null>(null);

  const castVote = (candidate: Candidate, value: VoteValue): void => {
    setOutcome(null);
    vote.mutate(
      { candidateId: candidate.id, value },
      {
        onSuccess: () => {
          setOutcome({ kind: value === 0 ? 'withdrawn' : 'recorded', diagnosis: candidate.label });
        },
        onError: () => {
          setOutcome({ kind: 'failed' });
        },
      },
    );
  };

  return (
    <>
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
      {board.candidates.length === 0 ? (
        <p className="empty-state">{t('suggestions.empty')}</p>
      ) : (
        <ol className="candidate-list" aria-label={t('suggestions.heading')}>
          {board.candidates.map((candidate) => (
            <CandidateItem
              key={candidate.id}
              candidate={candidate}
              blockedReason={voteBlockedReason(
                candidate,
                { isSignedIn, caseStatus: caseDetail.status },
                t,
              )}
              isVotePending={vote.isPending && vote.variables.candidateId === candidate.id}
              onVote={(value) => {
                castVote(candidate, value);
              }}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function SuggestionEntry({
  board,
  caseDetail,
  isSignedIn,
}: {
  board: SuggestionBoard;
  caseDetail: CaseDetail;
  isSignedIn: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const isSeeding = board.abilities.canSeed;
  const body = (() => {
    if (isSeeding) return <SeedCandidateForm caseId={caseDetail.id} />;
    if (board.abilities.canSuggest)
      return <NewSuggestionForm caseId={caseDetail.id} mine={board.mine} />;
    if (!isSignedIn) return <SignInPrompt message={t('suggestForm.signInPrompt')} />;
    return (
      <p className="notice" data-testid="cannot-suggest">
        {board.cannotSuggestReason ?? t('suggestForm.unavailable')}
      </p>
    );
  })();
  return (
    <section className="suggest" aria-labelledby={headingId}>
      <h2 id={headingId}>{isSeeding ? t('seed.heading') : t('suggestForm.heading')}</h2>
      {body}
    </section>
  );
}
