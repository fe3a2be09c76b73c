// A case's collective diagnosis through React Query: the board of candidates and suggestions, the
// live collective differential, and every change a member makes to them. Each change fetches the
// board and the differential again, since one suggestion or vote can move every rank.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type {
  Candidate,
  CreateSuggestionBody,
  EditSuggestionBody,
  SeedCandidateBody,
  SuggestionBoard,
  VoteValue,
} from '@consilium/api';
import { callApi } from '../api/client';
import { caseKeys } from '../cases/caseQueries';

export const suggestionKeys = {
  all: (caseId: string) => ['suggestions', caseId] as const,
  board: (caseId: string) => ['suggestions', caseId, 'board'] as const,
  differential: (caseId: string) => ['suggestions', caseId, 'differential'] as const,
  history: (caseId: string, suggestionId: string) =>
    ['suggestions', caseId, 'history', suggestionId] as const,
};

/** How often the open page asks for a newer collective differential. */
export const DIFFERENTIAL_POLL_MS = 15_000;

export function useSuggestionBoard(caseId: string) {
  return useQuery({
    queryKey: suggestionKeys.board(caseId),
    queryFn: ({ signal }) => callApi(routes.suggestions.list, { params: { caseId } }, { signal }),
  });
}

/** Polled while the tab is visible (React Query pauses intervals in a hidden tab). */
export function useCollectiveDifferential(caseId: string) {
  return useQuery({
    queryKey: suggestionKeys.differential(caseId),
    queryFn: ({ signal }) =>
      callApi(routes.suggestions.differential, { params: { caseId } }, { signal }),
    refetchInterval: DIFFERENTIAL_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

export function useSuggestionHistory(caseId: string, suggestionId: string) {
  return useQuery({
    queryKey: suggestionKeys.history(caseId, suggestionId),
    queryFn: ({ signal }) =>
      callApi(routes.suggestions.history, { params: { caseId, suggestionId } }, { signal }),
  });
}

/** Has the board, the differential and any open history read again. */
function useRefreshCollective(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: suggestionKeys.all(caseId) });
}

export function useCreateSuggestion(caseId: string) {
  const refresh = useRefreshCollective(caseId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSuggestionBody) =>
      callApi(routes.suggestions.create, { params: { caseId }, body }),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.feed });
      await refresh();
    },
  });
}

export function useEditSuggestion(caseId: string, suggestionId: string) {
  const refresh = useRefreshCollective(caseId);
  return useMutation({
    mutationFn: (body: EditSuggestionBody) =>
      callApi(routes.suggestions.edit, { params: { caseId, suggestionId }, body }),
    onSuccess: refresh,
  });
}

export function useWithdrawSuggestion(caseId: string, suggestionId: string) {
  const refresh = useRefreshCollective(caseId);
  return useMutation({
    mutationFn: () => callApi(routes.suggestions.withdraw, { params: { caseId, suggestionId } }),
    onSuccess: refresh,
  });
}

export function useReorderSuggestions(caseId: string) {
  const refresh = useRefreshCollective(caseId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (suggestionIds: string[]) =>
      callApi(routes.suggestions.reorder, { params: { caseId }, body: { suggestionIds } }),
    onSuccess: async (board) => {
      queryClient.setQueryData(suggestionKeys.board(caseId), board);
      await refresh();
    },
  });
}

export function useSeedCandidate(caseId: string) {
  const refresh = useRefreshCollective(caseId);
  return useMutation({
    mutationFn: (body: SeedCandidateBody) =>
      callApi(routes.suggestions.seed, { params: { caseId }, body }),
    onSuccess: refresh,
  });
}

export function useMapCandidate(caseId: string, candidateId: string) {
  const refresh = useRefreshCollective(caseId);
  return useMutation({
    mutationFn: (conceptId: string) =>
      callApi(routes.suggestions.map, { params: { caseId, candidateId }, body: { conceptId } }),
    onSuccess: refresh,
  });
}

/** A candidate as it will be once a vote lands: the tallies follow the member's change of vote. */
export function withVote(candidate: Candidate, value: VoteValue): Candidate {
  const tally = (side: 1 | -1): number =>
    (candidate.myVote === side ? -1 : 0) + (value === side ? 1 : 0);
  return {
    ...candidate,
    myVote: value,
    upvotes: candidate.upvotes + tally(1),
    downvotes: candidate.downvotes + tally(-1),
  };
}

export interface VoteInput {
  candidateId: string;
  value: VoteValue;
}

/** Shown at once (optimistic), put back if the server refuses, then read again either way. */
export function useVote(caseId: string) {
  const queryClient = useQueryClient();
  const boardKey = suggestionKeys.board(caseId);
  const replaceCandidate = (candidateId: string, change: (candidate: Candidate) => Candidate) => {
    queryClient.setQueryData<SuggestionBoard>(boardKey, (board) =>
      board === undefined
        ? board
        : {
            ...board,
            candidates: board.candidates.map((candidate) =>
              candidate.id === candidateId ? change(candidate) : candidate,
            ),
          },
    );
  };
  return useMutation({
    mutationFn: ({ candidateId, value }: VoteInput) =>
      callApi(routes.suggestions.vote, { params: { caseId, candidateId }, body: { value } }),
    onMutate: async ({ candidateId, value }) => {
      await queryClient.cancelQueries({ queryKey: boardKey });
      const before = queryClient.getQueryData<SuggestionBoard>(boardKey);
      replaceCandidate(candidateId, (candidate) => withVote(candidate, value));
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before !== undefined) queryClient.setQueryData(boardKey, context.before);
    },
    onSuccess: (candidate) => {
      replaceCandidate(candidate.id, () => candidate);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: suggestionKeys.all(caseId) }),
  });
}
