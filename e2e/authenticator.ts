// What an authenticator app does in the journeys: compute TOTP codes, and turn on two-factor
// sign-in through Settings.
import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';

const PERIOD_MS = 30_000;

/**
 * What an authenticator app would show `stepsAhead` steps from now. The server accepts one step
 * of drift and never the same step twice, so a second code in a journey comes from the next
 * step instead of waiting 30 seconds for it.
 */
export function codeFor(secret: string, stepsAhead = 0): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: Date.now() + stepsAhead * PERIOD_MS,
  });
}

/** Turns on two-factor sign-in in Settings for the signed-in member; returns the secret. */
export async function turnOnTwoFactor(page: Page, password: string): Promise<string> {
  await page.goto('/settings');
  const twoFactor = page.getByRole('region', { name: 'Two-factor sign-in' });
  await twoFactor.getByLabel('Current password').fill(password);
  await twoFactor.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secretText = twoFactor.getByTestId('two-factor-secret');
  await expect.poll(() => secretText.isVisible()).toBe(true);
  const secret = (await secretText.textContent()) ?? '';
  await twoFactor.getByLabel('Authentication code').fill(codeFor(secret));
  await twoFactor.getByRole('button', { name: 'Turn on' }).click();
  await expect.poll(() => twoFactor.getByText('Two-factor sign-in is on.').isVisible()).toBe(true);
  await twoFactor.getByRole('button', { name: 'I have saved them' }).click();
  return secret;
}
