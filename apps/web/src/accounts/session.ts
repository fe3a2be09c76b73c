// Who is signed in, and the actions that start or end a session: sign-in, the links e-mailed
// to verify an address or reset a password, and sign-out. Every SessionView that arrives
// passes through here, so the API client always holds the current session's CSRF token.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type {
  MemberSelf,
  PasswordResetConfirmBody,
  RegisterBody,
  SecondFactorBody,
  SessionView,
  SignInBody,
} from '@consilium/api';
import { callApi, setCsrfToken } from '../api/client';

export const sessionKey = ['session'] as const;

export const SIGNED_OUT: SessionView = { member: null, csrfToken: null };

async function fetchSession(signal: AbortSignal): Promise<SessionView> {
  const session = await callApi(routes.accounts.session, {}, { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
  });
}

/**
 * Shows the new session at once, then refreshes every cached answer, the session included:
 * abilities and own votes depend on who asks.
 */
export function adoptSession(queryClient: QueryClient, session: SessionView): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionKey, session);
  void queryClient.invalidateQueries();
}

/** Shows changes to the signed-in member (a new name, language or e-mail) without a reload. */
export function updateSessionMember(queryClient: QueryClient, member: MemberSelf): void {
  queryClient.setQueryData<SessionView>(sessionKey, (session) =>
    session === undefined ? session : { ...session, member },
  );
}

/**
 * Checks the password. For a member with two-factor sign-in the answer has no member yet but
 * `secondFactorRequired` and the token the second step needs.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => callApi(routes.accounts.signIn, { body }),
    onSuccess: (session) => {
      adoptSession(queryClient, session);
    },
  });
}

/** The second step of signing in: a code from the authenticator app or a recovery code. */
export function useCompleteSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SecondFactorBody) => callApi(routes.twoFactor.completeSignIn, { body }),
    onSuccess: (session) => {
      adoptSession(queryClient, session);
    },
  });
}

/** Registration signs no one in: it e-mails a link to verify the address. */
export function useRegister() {
  return useMutation({
    mutationFn: (body: RegisterBody) => callApi(routes.accounts.register, { body }),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: (email: string) => callApi(routes.accounts.resendVerification, { body: { email } }),
  });
}

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => callApi(routes.accounts.verifyEmail, { body: { token } }),
    onSuccess: (session) => {
      adoptSession(queryClient, session);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      callApi(routes.accounts.requestPasswordReset, { body: { email } }),
  });
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordResetConfirmBody) =>
      callApi(routes.accounts.confirmPasswordReset, { body }),
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
      adoptSession(queryClient, SIGNED_OUT);
    },
  });
}
