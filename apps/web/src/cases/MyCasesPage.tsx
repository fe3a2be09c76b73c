// The member's own cases: drafts to continue (with the steps they still need) or discard, then
// the published ones with their status and how long they stay open.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyCases } from '@consilium/api';
import { SignedIn } from '../accounts/SignedIn';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { RelativeTime } from '../i18n/RelativeTime';
import { stepName } from '../questionnaire/questionnaireLabels';
import { CaseStatusBadge } from './CaseStatusBadge';
import { DiscardDraftControl } from './DiscardDraftControl';
import { OpenUntil } from './OpenUntil';
import { useMyCases } from './caseQueries';

type MyCase = MyCases['items'][number];

export function MyCasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('myCases.heading'));
  return (
    <section className="page">
      <div className="page__header">
        <h1>{t('myCases.heading')}</h1>
        <p className="notice__actions">
          <Link className="button" to="/cases/new/patient">
            {t('myCases.start')}
          </Link>
          <Link className="button button--secondary" to="/cases/import">
            {t('myCases.import')}
          </Link>
        </p>
      </div>
      <p className="page__lead">{t('myCases.lead')}</p>
      <SignedIn signInPrompt={t('myCases.signInPrompt')}>{() => <MyCasesList />}</SignedIn>
    </section>
  );
}

function MyCasesList() {
  const { t } = useTranslation();
  const mine = useMyCases();
  if (mine.isPending) return <LoadingStatus message={t('myCases.loading')} />;
  if (mine.isError) {
    return (
      <ProblemNotice
        summary={t('myCases.loadFailed')}
        error={mine.error}
        isRetrying={mine.isFetching}
        onRetry={() => {
          void mine.refetch();
        }}
      />
    );
  }
  const drafts = mine.data.items.filter((item) => item.status === 'draft');
  const published = mine.data.items.filter((item) => item.status !== 'draft');
  if (drafts.length === 0 && published.length === 0) {
    return (
      <div className="empty-state">
        <h2>{t('myCases.emptyHeading')}</h2>
        <p>{t('myCases.emptyLead')}</p>
        <p>
          <Link to="/cases/new/patient">{t('myCases.emptyAction')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      {drafts.length > 0 ? (
        <section className="my-cases" aria-labelledby="my-cases-drafts">
          <h2 id="my-cases-drafts">{t('myCases.draftsHeading')}</h2>
          <ul className="case-list">
            {drafts.map((item) => (
              <DraftItem key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
      {published.length > 0 ? (
        <section className="my-cases" aria-labelledby="my-cases-published">
          <h2 id="my-cases-published">{t('myCases.publishedHeading')}</h2>
          <ul className="case-list">
            {published.map((item) => (
              <li key={item.id} className="case-card">
                <h3 className="case-card__title">
                  <Link to={`/cases/${item.id}`}>{item.title}</Link>
                </h3>
                <p className="case-card__meta">
                  <CaseStatusBadge status={item.status} />
                  <OpenUntil status={item.status} closesAt={item.closesAt} />
                  <RelativeTime iso={item.createdAt} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function DraftItem({ item }: { item: MyCase }) {
  const { t } = useTranslation();
  const title = item.title.trim() === '' ? t('myCases.untitled') : item.title;
  return (
    <li className="case-card">
      <h3 className="case-card__title">{title}</h3>
      <p className="case-card__meta">
        <CaseStatusBadge status={item.status} />
        <span>
          {t('myCases.changed')} <RelativeTime iso={item.updatedAt} />
        </span>
      </p>
      {item.missingSteps.length > 0 ? (
        <p className="my-cases__missing">
          {t('myCases.missing', {
            steps: item.missingSteps.map((step) => stepName(t, step)).join(', '),
          })}
        </p>
      ) : (
        <p className="my-cases__missing">{t('myCases.ready')}</p>
      )}
      <div className="form__actions">
        <Link
          className="button button--small"
          to={`/cases/${item.id}/edit`}
          aria-label={t('myCases.continueNamed', { title })}
        >
          {t('myCases.continue')}
        </Link>
        <DiscardDraftControl caseId={item.id} title={title} />
      </div>
    </li>
  );
}
