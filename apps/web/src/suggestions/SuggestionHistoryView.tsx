// A suggestion's earlier versions, newest first, loaded when its author asks for them.
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { formatDateTime, formatPercent } from '../i18n/format';
import { PlainText } from '../text/PlainText';
import { ReferenceLinks } from './ReferenceLinks';
import { useSuggestionHistory } from './suggestionQueries';
import { ConceptCode } from './ConceptCode';

export interface SuggestionHistoryViewProps {
  caseId: string;
  suggestionId: string;
  id: string;
}

export function SuggestionHistoryView({ caseId, suggestionId, id }: SuggestionHistoryViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const history = useSuggestionHistory(caseId, suggestionId);
  return (
    <div className="suggestion-history" id={id}>
      {history.isPending ? <LoadingStatus message={t('suggestion.historyLoading')} /> : null}
      {history.isError ? (
        <ProblemNotice
          summary={t('suggestion.historyFailed')}
          error={history.error}
          isRetrying={history.isFetching}
          onRetry={() => {
            void history.refetch();
          }}
        />
      ) : null}
      {history.isSuccess && history.data.revisions.length === 0 ? (
        <p>{t('suggestion.historyEmpty')}</p>
      ) : null}
      {history.isSuccess && history.data.revisions.length > 0 ? (
        <ol className="suggestion-history__list" aria-label={t('suggestion.historyLabel')}>
          {history.data.revisions.map((revision) => (
            <li key={revision.revision} className="suggestion-history__item">
              <p className="suggestion-history__meta">
                {t('suggestion.versionReplaced', { revision: revision.revision })}{' '}
                <time dateTime={revision.replacedAt}>
                  {formatDateTime(new Date(revision.replacedAt), language)}
                </time>
              </p>
              <p className="suggestion-history__diagnosis">
                {revision.diagnosis}
                {revision.concept === null ? null : <ConceptCode id={revision.concept.id} />}
                {' · '}
                {t('suggestion.confidence', {
                  confidence: formatPercent(revision.confidence / 100, language),
                })}
              </p>
              {revision.rationale.trim() === '' ? null : <PlainText text={revision.rationale} />}
              {revision.nextSteps.trim() === '' ? null : (
                <>
                  <p className="suggestion-card__label">{t('suggestion.nextSteps')}</p>
                  <PlainText text={revision.nextSteps} />
                </>
              )}
              <ReferenceLinks
                references={revision.references}
                label={t('suggestion.referencesOfVersion', { revision: revision.revision })}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
