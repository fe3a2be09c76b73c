// The moderators' side of verification: the queue, one application under review, decisions;
// and suspending or reinstating a member from their profile.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CredentialDecisionBody, QUEUE_FILTERS } from '@consilium/api';
import { ApiProblem, callApi } from '../api/client';
import { credentialKeys } from '../credentials/credentialQueries';
import { profileKey } from '../profiles/profileQueries';

export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export const QUEUE_PAGE_SIZE = 25;

export function useCredentialQueue(filter: QueueFilter) {
  return useInfiniteQuery({
    queryKey: credentialKeys.queueOf(filter),
    queryFn: ({ pageParam, signal }) =>
      callApi(
        routes.credentials.queue,
        {
          query: {
            filter,
            limit: QUEUE_PAGE_SIZE,
            ...(pageParam === null ? {} : { cursor: pageParam }),
          },
        },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useCredentialReview(credentialId: string) {
  return useQuery({
    queryKey: credentialKeys.review(credentialId),
    queryFn: ({ signal }) =>
      callApi(routes.credentials.review, { params: { credentialId } }, { signal }),
  });
}

export function useDecideCredential(credentialId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CredentialDecisionBody) =>
      callApi(routes.credentials.decide, { params: { credentialId }, body }),
    onSuccess: (review) => {
      queryClient.setQueryData(credentialKeys.review(credentialId), review);
      void queryClient.invalidateQueries({ queryKey: credentialKeys.queue });
    },
    onError: (error) => {
      // Another moderator decided first: show the application as it now stands.
      if (error instanceof ApiProblem && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: credentialKeys.review(credentialId) });
    },
  });
}

export function useSuspendMember(handle: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      callApi(routes.credentials.suspend, { params: { handle }, body: { reason } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: profileKey(handle) });
    },
  });
}

export function useReinstateMember(handle: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(routes.credentials.reinstate, { params: { handle } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: profileKey(handle) });
    },
  });
}
