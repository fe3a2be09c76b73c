// The results of one search: highlighted titles and passages, a note when only the most recent
// matches were ranked, "Load more", and failures in words (too many searches, refused words or
// filters).
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { CaseFeedItem } from '../cases/CaseFeedItem';
import { CaseListSkeleton } from '../cases/CaseFeedList';
import { countFilters, useFilterParams } from '../cases/caseFilters';
import { Highlighted } from './Highlighted';
import { useCaseSearch } from './searchQueries';
import type { SearchSort } from './searchQueries';

function failureSummary(
  error: unknown,
): 'search.rateLimited' | 'search.badRequest' | 'search.failed' {
  if (error instanceof ApiProblem && error.status === 429) return 'search.rateLimited';
  if (error instanceof ApiProblem && error.status === 400) return 'search.badRequest';
  return 'search.failed';
}

export function SearchResults({ words, sort }: { words: string; sort: SearchSort }) {
  const { t } = useTranslation();
  const { filters, clearFilters } = useFilterParams();
  const query = useCaseSearch(words, sort, filters, true);
  const results = query.data?.pages.flatMap((page) => page.items) ?? [];
  const isBounded = query.data?.pages.some((page) => page.bounded) ?? false;

  if (query.isPending) return <CaseListSkeleton message={t('search.loading')} />;

  if (query.isError && results.length === 0) {
    const summary = failureSummary(query.error);
    return (
      <ProblemNotice
        summary={t(summary)}
        error={query.error}
        isRetrying={query.isFetching}
        onRetry={
          summary === 'search.badRequest'
            ? undefined
            : () => {
                void query.refetch();
              }
        }
      />
    );
  }

  if (results.length === 0)
    return (
      <div className="empty-state">
        <h2>{t('search.emptyHeading', { query: words })}</h2>
        <p>{t('search.emptyLead')}</p>
        {countFilters(filters) > 0 ? (
          <p>
            <button type="button" className="button button--secondary" onClick={clearFilters}>
              {t('filters.clear')}
            </button>
          </p>
        ) : null}
      </div>
    );

  return (
    <section className="search-results" aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="search-results__heading">
        {t('search.resultsHeading', { query: words })}
      </h2>
      {isBounded ? <p className="notice search-results__bounded">{t('search.bounded')}</p> : null}
      <ol className="case-list" aria-labelledby="search-results-heading">
        {results.map((result) => (
          <CaseFeedItem
            key={result.id}
            summary={result}
            title={<Highlighted segments={result.titleHighlight} />}
            excerpt={<Highlighted segments={result.snippet} />}
          />
        ))}
      </ol>
      {query.isFetchNextPageError ? (
        <ProblemNotice summary={t(failureSummary(query.error))} error={query.error} />
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
            {query.isFetchingNextPage ? t('search.loadingMore') : t('search.loadMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
