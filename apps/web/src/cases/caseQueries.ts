// Reading and posting cases through React Query.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CreateCaseBody } from '@consilium/api';
import { callApi } from '../api/client';

export const FEED_PAGE_SIZE = 20;

export const caseKeys = {
  all: ['cases'] as const,
  feed: ['cases', 'feed'] as const,
  detail: (caseId: string) => ['cases', 'detail', caseId] as const,
};

export function useCaseFeed() {
  return useInfiniteQuery({
    queryKey: caseKeys.feed,
    queryFn: ({ pageParam, signal }) =>
      callApi(
        routes.cases.feed,
        { query: { limit: FEED_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => callApi(routes.cases.get, { params: { caseId } }, { signal }),
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCaseBody) => callApi(routes.cases.create, { body }),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: caseKeys.feed });
    },
  });
}
