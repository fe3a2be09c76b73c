// Test factories for two-factor sign-in: turn it on through HTTP and compute the app's codes.
import type { RecoveryCodes, TwoFactorSetup } from '@consilium/api';
import { Secret, TOTP } from 'otpauth';
import type { Member } from './test-app.js';

const PERIOD_MS = 30_000;
const lastStepOf = new Map<string, number>();

/**
 * The code an authenticator app would show, for a time step never used before with this
 * secret: the server refuses a code twice, so a second code comes from the next step (which the
 * server accepts as clock drift).
 */
export function freshCode(secret: string): string {
  const now = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(now, (lastStepOf.get(secret) ?? now - 1) + 1);
  lastStepOf.set(secret, step);
  return codeAtStep(secret, step);
}

export function codeAtStep(secret: string, step: number): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: step * PERIOD_MS,
  });
}

export interface TwoFactorMember extends Member {
  secret: string;
  recoveryCodes: string[];
}

/** Turns two-factor sign-in on for a member through the real setup and enable routes. */
export async function withTwoFactor(member: Member): Promise<TwoFactorMember> {
  const setup = await member.request({
    method: 'POST',
    url: '/api/me/two-factor/setup',
    payload: { password: member.password },
  });
  if (setup.statusCode !== 200) throw new Error(`two-factor setup failed: ${setup.body}`);
  const { secret } = setup.json<TwoFactorSetup>();
  const enabled = await member.request({
    method: 'POST',
    url: '/api/me/two-factor/enable',
    payload: { code: freshCode(secret) },
  });
  if (enabled.statusCode !== 200) throw new Error(`two-factor enable failed: ${enabled.body}`);
  return { ...member, secret, recoveryCodes: enabled.json<RecoveryCodes>().recoveryCodes };
}
