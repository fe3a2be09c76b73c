// The owner's close: while the case is closing they rate each suggestion helpful or not (with their
// progress in words and as a bar), read what closing for good does, and then close it for good.
import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Suggestion } from '@consilium/api';
import { useChangeCaseStatus } from '../cases/caseQueries';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { describeFailure, ProblemNotice } from '../feedback/ProblemNotice';
import { ConfirmedAction } from '../forms/ConfirmedAction';
import { formatPercent } from '../i18n/format';
import { AuthorLink } from '../profiles/AuthorLink';
import { suggestionKeys, useSuggestionBoard } from '../suggestions/suggestionQueries';
import { outcomeKeys, useRateSuggestion } from './outcomeQueries';

export function ClosingReview({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const board = useSuggestionBoard(caseDetail.id);
  return (
    <section className="closing-review" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('closing.heading')}</h2>
      <p>{t('closing.lead')}</p>
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
        <Ratings
          caseDetail={caseDetail}
          suggestions={board.data.candidates.flatMap((candidate) => candidate.suggestions)}
        />
      ) : null}
    </section>
  );
}

function Ratings({
  caseDetail,
  suggestions,
}: {
  caseDetail: CaseDetail;
  suggestions: Suggestion[];
}) {
  const { t } = useTranslation();
  const rate = useRateSuggestion(caseDetail.id);
  const rated = suggestions.filter((suggestion) => suggestion.helpful !== null).length;
  const total = suggestions.length;
  const progressId = useId();
  return (
    <>
      {total === 0 ? (
        <p className="empty-state">{t('closing.nothingToRate')}</p>
      ) : (
        <>
          <div className="closing-review__progress">
            <p id={progressId} data-testid="rating-progress">
              {t('closing.progress', { rated, total })}
            </p>
            <progress max={total} value={rated} aria-labelledby={progressId} />
          </div>
          <p className="settings__error" role="alert">
            {rate.isError
              ? t('closing.rateFailed', { detail: describeFailure(rate.error, t) })
              : null}
          </p>
          <ol className="rating-list" aria-label={t('closing.listLabel')}>
            {suggestions.map((suggestion) => (
              <RatingItem
                key={suggestion.id}
                suggestion={suggestion}
                isPending={rate.isPending && rate.variables.suggestionId === suggestion.id}
                onRate={(helpful) => {
                  rate.mutate({ suggestionId: suggestion.id, helpful });
                }}
              />
            ))}
          </ol>
        </>
      )}
      <FinishCase caseDetail={caseDetail} unrated={total - rated} />
    </>
  );
}

interface RatingItemProps {
  suggestion: Suggestion;
  isPending: boolean;
  onRate: (helpful: boolean) => void;
}

function RatingItem({ suggestion, isPending, onRate }: RatingItemProps) {
  const { t, i18n } = useTranslation();
  const name = suggestion.diagnosis;
  const disabled = isPending || !suggestion.abilities.canRate;
  return (
    <li className="rating-item" data-testid="rating-item">
      <p className="rating-item__title">
        <strong>{name}</strong> <AuthorLink author={suggestion.author} />{' '}
        <span className="rating-item__confidence">
          {t('suggestion.confidence', {
            confidence: formatPercent(suggestion.confidence / 100, i18n.resolvedLanguage ?? 'en'),
          })}
        </span>
      </p>
      <div
        className="rating-item__choices"
        role="group"
        aria-label={t('closing.rateGroup', { diagnosis: name })}
      >
        <button
          type="button"
          className="button button--secondary button--small rating-item__choice"
          aria-pressed={suggestion.helpful === true}
          disabled={disabled}
          onClick={() => {
            onRate(true);
          }}
        >
          {t('closing.helpful')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small rating-item__choice"
          aria-pressed={suggestion.helpful === false}
          disabled={disabled}
          onClick={() => {
            onRate(false);
          }}
        >
          {t('closing.notHelpful')}
        </button>
        {isPending ? <span className="rating-item__saving">{t('closing.saving')}</span> : null}
      </div>
    </li>
  );
}

function FinishCase({ caseDetail, unrated }: { caseDetail: CaseDetail; unrated: number }) {
  const { t } = useTranslation();
  const change = useChangeCaseStatus(caseDetail.id);
  const queryClient = useQueryClient();
  const canFinish = caseDetail.abilities.caseActions.includes('finish');
  return (
    <div className="closing-review__finish">
      <h3>{t('closing.finishHeading')}</h3>
      <ul className="closing-review__effects">
        <li>{t('closing.effectFrozen')}</li>
        <li>{t('closing.effectPaid')}</li>
        <li>{t('closing.effectOutcome')}</li>
      </ul>
      <p>
        <Link to={`/cases/${caseDetail.id}/report`}>{t('closing.previewLink')}</Link>
      </p>
      {canFinish ? (
        <ConfirmedAction
          label={t('manageCase.finish')}
          question={
            unrated > 0
              ? t('closing.finishQuestionUnrated', { count: unrated })
              : t('closing.finishQuestion')
          }
          confirmLabel={t('manageCase.confirmFinish')}
          busyLabel={t('closing.finishing')}
          keepLabel={t('manageCase.keep')}
          isPending={change.isPending}
          failure={
            change.isError
              ? t('manageCase.failed', { detail: describeFailure(change.error, t) })
              : null
          }
          onConfirm={() => {
            change.mutate(
              { action: 'finish' },
              {
                // Closing freezes the report and ends voting: read both again.
                onSuccess: () => {
                  void queryClient.invalidateQueries({
                    queryKey: suggestionKeys.all(caseDetail.id),
                  });
                  void queryClient.invalidateQueries({
                    queryKey: outcomeKeys.report(caseDetail.id),
                  });
                },
              },
            );
          }}
          onKeep={() => {
            change.reset();
          }}
        />
      ) : null}
    </div>
  );
}
