// A member's public profile, their data export, and deleting their account.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { DeleteAccountBody } from '@consilium/api';
import { callApi, setCsrfToken } from '../api/client';
import { SIGNED_OUT, sessionKey } from '../accounts/session';

export const profileKey = (handle: string) => ['profiles', handle] as const;

export function usePublicProfile(handle: string) {
  return useQuery({
    queryKey: profileKey(handle),
    queryFn: ({ signal }) => callApi(routes.profiles.get, { params: { handle } }, { signal }),
  });
}

/** Fetches the export and hands it to the browser as a file download. */
export function useDataExport() {
  return useMutation({
    mutationFn: async () => {
      const exported = await callApi(routes.profiles.exportData, {});
      const blob = new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `consilium-export-${exported.exportedAt.slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      return exported;
    },
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeleteAccountBody) => callApi(routes.profiles.deleteAccount, { body }),
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.setQueryData(sessionKey, SIGNED_OUT);
      void queryClient.invalidateQueries();
    },
  });
}
