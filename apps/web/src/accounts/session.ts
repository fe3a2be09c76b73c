// Who is signed in, and the sign-in, registration and sign-out actions that change it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { RegisterBody, SessionView, SignInBody } from '@consilium/api';
import { callApi } from '../api/client';

export const sessionKey = ['session'] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => callApi(routes.accounts.session, {}, { signal }),
    staleTime: 60_000,
  });
}

/**
 * Shows the new session at once, then refreshes every cached answer, the session included:
 * abilities and own votes depend on who asks.
 */
function adoptSession(queryClient: QueryClient, session: SessionView): void {
  queryClient.setQueryData(sessionKey, session);
  void queryClient.invalidateQueries();
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => callApi(routes.accounts.signIn, { body }),
    onSuccess: (session) => {
      adoptSession(queryClient, session);
    },
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => callApi(routes.accounts.register, { body }),
    onSuccess: (session) => {
      adoptSession(queryClient, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(routes.accounts.signOut, {}),
    onSuccess: () => {
      adoptSession(queryClient, { member: null });
    },
  });
}
