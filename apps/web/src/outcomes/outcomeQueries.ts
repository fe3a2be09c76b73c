// After the crowd, through React Query: the owner's ratings while a case is closing, the case's
// report (and its FHIR download), the confirmed diagnosis recorded later, and a member's track
// record.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { buildPath, routes } from '@consilium/api';
import type { CaseReport, RecordOutcomeBody, Suggestion, SuggestionBoard } from '@consilium/api';
import { callApi } from '../api/client';
import { suggestionKeys } from '../suggestions/suggestionQueries';

export const outcomeKeys = {
  report: (caseId: string) => ['report', caseId] as const,
  reputation: (handle: string) => ['reputation', handle] as const,
};

export function useReport(caseId: string) {
  return useQuery({
    queryKey: outcomeKeys.report(caseId),
    queryFn: ({ signal }) => callApi(routes.outcomes.report, { params: { caseId } }, { signal }),
  });
}

/** Where the browser downloads the final report as an HL7 FHIR R4 Bundle. */
export function fhirReportPath(caseId: string): string {
  return buildPath(routes.outcomes.fhir.path, { caseId });
}

function withRated(board: SuggestionBoard, rated: Suggestion): SuggestionBoard {
  return {
    ...board,
    candidates: board.candidates.map((candidate) =>
      candidate.id !== rated.candidateId
        ? candidate
        : {
            ...candidate,
            suggestions: candidate.suggestions.map((suggestion) =>
              suggestion.id === rated.id ? rated : suggestion,
            ),
          },
    ),
  };
}

export interface RatingInput {
  suggestionId: string;
  helpful: boolean;
}

export function useRateSuggestion(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ suggestionId, helpful }: RatingInput) =>
      callApi(routes.outcomes.rate, { params: { caseId, suggestionId }, body: { helpful } }),
    onSuccess: (rated) => {
      queryClient.setQueryData<SuggestionBoard>(suggestionKeys.board(caseId), (board) =>
        board === undefined ? board : withRated(board, rated),
      );
      void queryClient.invalidateQueries({ queryKey: outcomeKeys.report(caseId) });
    },
  });
}

export function useRecordOutcome(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordOutcomeBody) =>
      callApi(routes.outcomes.recordOutcome, { params: { caseId }, body }),
    onSuccess: (outcome) => {
      queryClient.setQueryData<CaseReport>(outcomeKeys.report(caseId), (report) =>
        report === undefined
          ? report
          : { ...report, outcome, abilities: { ...report.abilities, canRecordOutcome: false } },
      );
      void queryClient.invalidateQueries({ queryKey: outcomeKeys.report(caseId) });
    },
  });
}

export function useReputation(handle: string) {
  return useQuery({
    queryKey: outcomeKeys.reputation(handle),
    queryFn: ({ signal }) =>
      callApi(routes.outcomes.reputation, { params: { handle } }, { signal }),
  });
}
