// Two-factor sign-in from Settings: set-up, turning on and off, and new recovery codes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type {
  DisableTwoFactorBody,
  EnableTwoFactorBody,
  TwoFactorPasswordBody,
} from '@consilium/api';
import { callApi } from '../api/client';
import { sessionKey } from '../accounts/session';
import { sessionsKey } from './settingsQueries';

export function useStartTwoFactorSetup() {
  return useMutation({
    mutationFn: (body: TwoFactorPasswordBody) => callApi(routes.twoFactor.setup, { body }),
  });
}

/** Turning it on ends the member's other sessions and changes what their session shows. */
export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnableTwoFactorBody) => callApi(routes.twoFactor.enable, { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sessionKey });
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DisableTwoFactorBody) => callApi(routes.twoFactor.disable, { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: (body: TwoFactorPasswordBody) =>
      callApi(routes.twoFactor.regenerateRecoveryCodes, { body }),
  });
}
