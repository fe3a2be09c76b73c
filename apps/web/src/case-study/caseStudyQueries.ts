// A case study's answer and committing a differential, through React Query. Committing answers
// with the solution at once: it is kept for the answer's query, and the case is marked committed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CaseDetail, CommitDifferentialBody, Solution } from '@consilium/api';
import { callApi } from '../api/client';
import { caseKeys } from '../cases/caseQueries';

export const caseStudyKeys = {
  solution: (caseId: string) => ['cases', 'solution', caseId] as const,
};

export function useSolution(caseId: string) {
  return useQuery({
    queryKey: caseStudyKeys.solution(caseId),
    queryFn: ({ signal }) => callApi(routes.caseStudy.solution, { params: { caseId } }, { signal }),
  });
}

function committed(detail: CaseDetail, solution: Solution): CaseDetail {
  return {
    ...detail,
    caseStudy: { committed: true, commitCount: solution.commitCount },
    abilities: { ...detail.abilities, canCommitDifferential: false },
  };
}

export function useCommitDifferential(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitDifferentialBody) =>
      callApi(routes.caseStudy.commit, { params: { caseId }, body }),
    onSuccess: (solution) => {
      queryClient.setQueryData(caseStudyKeys.solution(caseId), solution);
      queryClient.setQueryData<CaseDetail>(caseKeys.detail(caseId), (detail) =>
        detail === undefined ? detail : committed(detail, solution),
      );
    },
  });
}
