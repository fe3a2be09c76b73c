// A case's history: every published version, newest first, with the author's note on what changed
// and, on request, the text (and questionnaire) as it stood then.
import { useTranslation } from 'react-i18next';
import type { CaseRevisions } from '@consilium/api';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { formatDateTime } from '../i18n/format';
import { QuestionnaireView } from '../questionnaire/QuestionnaireView';
import { PlainText } from '../text/PlainText';
import { useCaseRevisions } from './caseQueries';

export const HISTORY_ID = 'case-history';

export function CaseHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const revisions = useCaseRevisions(caseId);
  return (
    <section className="case-history" id={HISTORY_ID} aria-labelledby={`${HISTORY_ID}-heading`}>
      <h2 id={`${HISTORY_ID}-heading`}>{t('caseHistory.heading')}</h2>
      {revisions.isPending ? <LoadingStatus message={t('caseHistory.loading')} /> : null}
      {revisions.isError ? (
        <ProblemNotice
          summary={t('caseHistory.loadFailed')}
          error={revisions.error}
          isRetrying={revisions.isFetching}
          onRetry={() => {
            void revisions.refetch();
          }}
        />
      ) : null}
      {revisions.isSuccess ? <RevisionList items={revisions.data.items} /> : null}
    </section>
  );
}

function RevisionList({ items }: { items: CaseRevisions['items'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  if (items.length === 0) return <p>{t('caseHistory.empty')}</p>;
  return (
    <ol className="revision-list">
      {items.map((item) => (
        <li key={item.revision} className="revision">
          <h3 className="revision__heading">
            {t('caseHistory.version', { revision: item.revision })}
          </h3>
          <p className="revision__meta">
            <time dateTime={item.createdAt}>
              {formatDateTime(new Date(item.createdAt), language)}
            </time>
          </p>
          <p className="revision__note">
            {item.note === null || item.note === ''
              ? t('caseHistory.noNote')
              : t('caseHistory.note', { note: item.note })}
          </p>
          <details className="revision__text">
            <summary>{t('caseHistory.showVersion', { revision: item.revision })}</summary>
            <p className="revision__title">{item.title}</p>
            <PlainText text={item.presentation} />
            {item.questionnaire ? (
              <QuestionnaireView
                questionnaire={item.questionnaire}
                headingLevel={4}
                omitComplaint
              />
            ) : null}
          </details>
        </li>
      ))}
    </ol>
  );
}
