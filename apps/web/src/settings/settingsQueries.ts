// The signed-in member's own account: profile, password, e-mail and sessions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { ChangeEmailBody, ChangePasswordBody, UpdateSettingsBody } from '@consilium/api';
import { callApi } from '../api/client';
import { adoptSession, SIGNED_OUT, updateSessionMember } from '../accounts/session';

export const sessionsKey = ['account', 'sessions'] as const;

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSettingsBody) => callApi(routes.accounts.updateSettings, { body }),
    onSuccess: (member) => {
      updateSessionMember(queryClient, member);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => callApi(routes.accounts.changePassword, { body }),
    onSuccess: () => {
      // The other sessions have ended.
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

export function useChangeEmail() {
  return useMutation({
    mutationFn: (body: ChangeEmailBody) => callApi(routes.accounts.changeEmail, { body }),
  });
}

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => callApi(routes.accounts.confirmEmailChange, { body: { token } }),
    onSuccess: (member) => {
      updateSessionMember(queryClient, member);
    },
  });
}

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => callApi(routes.accounts.listSessions, {}, { signal }),
  });
}

/** Ends one session; ending this browser's own signs the member out. */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId }: { sessionId: string; isCurrent: boolean }) =>
      callApi(routes.accounts.revokeSession, { params: { sessionId } }),
    onSuccess: (_nothing, { isCurrent }) => {
      if (isCurrent) adoptSession(queryClient, SIGNED_OUT);
      else void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(routes.accounts.signOutEverywhere, {}),
    onSuccess: () => {
      adoptSession(queryClient, SIGNED_OUT);
    },
  });
}
