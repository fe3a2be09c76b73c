// A member's own verification: their applications, applying, answering a moderator, withdrawing,
// and attaching the evidence file (with its upload progress).
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CredentialApplicationBody, CredentialView, MyCredentials } from '@consilium/api';
import { callApi, sendFile } from '../api/client';

export const credentialKeys = {
  all: ['credentials'] as const,
  mine: ['credentials', 'mine'] as const,
  queue: ['credentials', 'queue'] as const,
  queueOf: (filter: string) => ['credentials', 'queue', filter] as const,
  review: (credentialId: string) => ['credentials', 'review', credentialId] as const,
};

export function useMyCredentials() {
  return useQuery({
    queryKey: credentialKeys.mine,
    queryFn: ({ signal }) => callApi(routes.credentials.mine, {}, { signal }),
  });
}

/** Shows a changed application at once, then asks again: what may be applied for may change too. */
function showChanged(queryClient: QueryClient, changed: CredentialView): void {
  queryClient.setQueryData<MyCredentials>(credentialKeys.mine, (mine) =>
    mine === undefined
      ? mine
      : {
          ...mine,
          items: mine.items.some((item) => item.id === changed.id)
            ? mine.items.map((item) => (item.id === changed.id ? changed : item))
            : [changed, ...mine.items],
        },
  );
  void queryClient.invalidateQueries({ queryKey: credentialKeys.mine });
}

export function useApplyForCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CredentialApplicationBody) => callApi(routes.credentials.apply, { body }),
    onSuccess: (created) => {
      showChanged(queryClient, created);
    },
  });
}

export function useResubmitCredential(credentialId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CredentialApplicationBody) =>
      callApi(routes.credentials.resubmit, { params: { credentialId }, body }),
    onSuccess: (changed) => {
      showChanged(queryClient, changed);
    },
  });
}

export function useWithdrawCredential(credentialId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(routes.credentials.withdraw, { params: { credentialId } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: credentialKeys.mine });
    },
  });
}

/**
 * Uploads an evidence file to an application. `progress` is the share sent so far (0 to 1), or
 * null before the browser reports any (and after the upload).
 */
export function useAttachEvidence() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: ({ credentialId, file }: { credentialId: string; file: File }) =>
      sendFile(routes.credentials.attachEvidence, { params: { credentialId } }, file, {
        onProgress: setProgress,
      }),
    onSuccess: (changed) => {
      showChanged(queryClient, changed);
    },
    onSettled: () => {
      setProgress(null);
    },
  });
  return { mutation, progress };
}
