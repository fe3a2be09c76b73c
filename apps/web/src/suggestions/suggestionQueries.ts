// A case's ranked suggestions, proposing one, and voting on them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CreateSuggestionBody, VoteValue } from '@consilium/api';
import { callApi } from '../api/client';
import { caseKeys } from '../cases/caseQueries';

export const suggestionKeys = {
  list: (caseId: string) => ['suggestions', caseId] as const,
};

export function useSuggestions(caseId: string) {
  return useQuery({
    queryKey: suggestionKeys.list(caseId),
    queryFn: ({ signal }) => callApi(routes.suggestions.list, { params: { caseId } }, { signal }),
  });
}

export function useCreateSuggestion(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSuggestionBody) =>
      callApi(routes.suggestions.create, { params: { caseId }, body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: suggestionKeys.list(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.feed });
    },
  });
}

export interface VoteInput {
  suggestionId: string;
  value: VoteValue;
}

export function useVote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ suggestionId, value }: VoteInput) =>
      callApi(routes.suggestions.vote, { params: { caseId, suggestionId }, body: { value } }),
    // A vote can change every rank on the case: fetch the whole ranked list again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: suggestionKeys.list(caseId) }),
  });
}
