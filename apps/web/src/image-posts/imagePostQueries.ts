// Posting an image post through React Query; the new post is kept in the cache for its page, and
// the lists that show it are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CreateImagePostBody } from '@consilium/api';
import { callApi } from '../api/client';
import { caseKeys } from '../cases/caseQueries';

export function useCreateImagePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateImagePostBody) => callApi(routes.cases.createImagePost, { body }),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: caseKeys.mine });
      void queryClient.invalidateQueries({ queryKey: caseKeys.feed });
    },
  });
}
