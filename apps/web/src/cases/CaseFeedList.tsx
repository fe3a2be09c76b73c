// One feed's cases with the filters in the address: a page at a time through nextCursor, a
// skeleton while the first page loads, an empty state per feed, and failures in words (a filter
// the server refuses is named by its message, with a way to clear the filters).
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseFeedName } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { CaseFeedItem } from './CaseFeedItem';
import { countFilters, useFilterParams } from './caseFilters';
import { useCaseFeed } from './caseQueries';

export function CaseFeedList({ feed, heading }: { feed: CaseFeedName; heading: string }) {
  const { t } = useTranslation();
  const { filters, clearFilters } = useFilterParams();
  const query = useCaseFeed(feed, filters);
  const cases = query.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = countFilters(filters) > 0;

  if (query.isPending) return <CaseListSkeleton message={t('feed.loading')} />;

  if (query.isError && cases.length === 0) {
    const isRefused = query.error instanceof ApiProblem && query.error.status === 400;
    return (
      <>
        <ProblemNotice
          summary={isRefused ? t('feed.badFilters') : t('feed.loadFailed')}
          error={query.error}
          isRetrying={query.isFetching}
          // Asking again with a filter the server refused would fail again: clear it instead.
          onRetry={
            isRefused
              ? undefined
              : () => {
                  void query.refetch();
                }
          }
        />
        {isRefused ? <ClearFiltersButton onClear={clearFilters} /> : null}
      </>
    );
  }

  if (cases.length === 0)
    return isFiltered ? (
      <div className="empty-state">
        <h2>{t('feed.noMatchHeading')}</h2>
        <p>{t('feed.noMatchLead')}</p>
        <ClearFiltersButton onClear={clearFilters} />
      </div>
    ) : (
      <div className="empty-state">
        <h2>{t(`feed.emptyHeadings.${feed}`)}</h2>
        {feed === 'latest' ? (
          <p>
            <Link to="/cases/new">{t('feed.emptyAction')}</Link>
          </p>
        ) : (
          <p>{t(`feed.emptyLeads.${feed}`)}</p>
        )}
      </div>
    );

  return (
    <>
      <ol className="case-list" aria-label={heading}>
        {cases.map((summary) => (
          <CaseFeedItem key={summary.id} summary={summary} />
        ))}
      </ol>
      {query.isFetchNextPageError ? (
        <ProblemNotice summary={t('feed.loadMoreFailed')} error={query.error} />
      ) : null}
      {query.hasNextPage ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={query.isFetchingNextPage}
            onClick={() => {
              void query.fetchNextPage();
            }}
          >
            {query.isFetchingNextPage ? t('feed.loadingMore') : t('feed.loadMore')}
          </button>
        </div>
      ) : null}
    </>
  );
}

function ClearFiltersButton({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </p>
  );
}

/** The shape of a few cards while the first page loads, under an announced status. */
export function CaseListSkeleton({ message }: { message: string }) {
  return (
    <div className="case-skeleton">
      <LoadingStatus message={message} />
      <ul className="case-skeleton__list" aria-hidden="true">
        {[0, 1, 2].map((index) => (
          <li key={index} className="case-skeleton__card">
            <span className="case-skeleton__line case-skeleton__line--short" />
            <span className="case-skeleton__line case-skeleton__line--title" />
            <span className="case-skeleton__line" />
            <span className="case-skeleton__line" />
          </li>
        ))}
      </ul>
    </div>
  );
}
