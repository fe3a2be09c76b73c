// The home page: the latest cases, newest first, a page at a time.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { CaseFeedItem } from './CaseFeedItem';
import { useCaseFeed } from './caseQueries';

export function CaseFeedPage() {
  const { t } = useTranslation();
  usePageTitle(null);
  const feed = useCaseFeed();
  const cases = feed.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="page">
      <div className="page__header">
        <h1>{t('feed.heading')}</h1>
        <Link className="button" to="/cases/new">
          {t('feed.postNew')}
        </Link>
      </div>
      <p className="page__lead">{t('feed.lead')}</p>

      {feed.isPending ? <LoadingStatus message={t('feed.loading')} /> : null}

      {feed.isError && cases.length === 0 ? (
        <ProblemNotice
          summary={t('feed.loadFailed')}
          error={feed.error}
          isRetrying={feed.isFetching}
          onRetry={() => {
            void feed.refetch();
          }}
        />
      ) : null}

      {feed.isSuccess && cases.length === 0 ? (
        <div className="empty-state">
          <h2>{t('feed.emptyHeading')}</h2>
          <p>
            <Link to="/cases/new">{t('feed.emptyAction')}</Link>
          </p>
        </div>
      ) : null}

      {cases.length > 0 ? (
        <ol className="case-list" aria-label={t('feed.listLabel')}>
          {cases.map((summary) => (
            <CaseFeedItem key={summary.id} summary={summary} />
          ))}
        </ol>
      ) : null}

      {feed.isFetchNextPageError ? (
        <ProblemNotice summary={t('feed.loadMoreFailed')} error={feed.error} />
      ) : null}

      {feed.hasNextPage ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={feed.isFetchingNextPage}
            onClick={() => {
              void feed.fetchNextPage();
            }}
          >
            {feed.isFetchingNextPage ? t('feed.loadingMore') : t('feed.loadMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
