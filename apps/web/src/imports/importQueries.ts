// Importing a phenopacket as a draft patient case; the draft is kept for the wizard that opens it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { ImportPhenopacketBody } from '@consilium/api';
import { callApi } from '../api/client';
import { caseKeys } from '../cases/caseQueries';

export function useImportPhenopacket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportPhenopacketBody) => callApi(routes.phenopackets.import, { body }),
    onSuccess: (draft) => {
      queryClient.setQueryData(caseKeys.detail(draft.id), draft);
      void queryClient.invalidateQueries({ queryKey: caseKeys.mine });
    },
  });
}
