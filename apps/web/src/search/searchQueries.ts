// Searching cases through React Query: one search (words, sort, filters), a page at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { SearchQuery } from '@consilium/api';
import { callApi } from '../api/client';
import type { FilterValues } from '../cases/caseFilters';

export const SEARCH_PAGE_SIZE = 20;

export const SEARCH_SORTS = ['relevance', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const searchKeys = {
  all: ['search'] as const,
};

export function useCaseSearch(
  words: string,
  sort: SearchSort,
  filters: FilterValues,
  enabled: boolean,
) {
  return useInfiniteQuery({
    queryKey: [...searchKeys.all, words, sort, filters],
    queryFn: ({ pageParam, signal }) => {
      const query = {
        q: words,
        sort,
        ...filters,
        limit: SEARCH_PAGE_SIZE,
        ...(pageParam ? { cursor: pageParam } : {}),
      } as SearchQuery;
      return callApi(routes.search.cases, { query }, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    enabled,
  });
}
