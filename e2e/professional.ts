// The demo professional in the journeys: signs in and, the first time in a run, turns on two-factor
// sign-in (needed to post clinical cases). The authenticator secret is kept beside the run's
// mailbox folder, so a later journey in the same run can sign in again with a code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { codeFor, turnOnTwoFactor } from './authenticator.js';

export const PROFESSIONAL = {
  email: 'professional@consilium.example',
  password: 'demo-professional-pass',
  handle: 'dr_elena_v',
  displayName: 'Dr. Elena V.',
};

// A sibling of the mailbox folder (unique to this run), not inside it: mail.ts reads every file there.
const secretFile = `${process.env.E2E_MAIL_DIR ?? ''}.professional-totp`;

interface Remembered {
  secret: string;
  /** The last time step whose code was used: the server never accepts a step twice. */
  lastStep: number;
}

const PERIOD_MS = 30_000;
const stepNow = () => Math.floor(Date.now() / PERIOD_MS);

function remembered(): Remembered | null {
  return existsSync(secretFile)
    ? (JSON.parse(readFileSync(secretFile, 'utf8')) as Remembered)
    : null;
}

/**
 * A code of a step not used yet: the current one, or the next (the server accepts one step of
 * drift), waiting for time to pass when both were used by earlier sign-ins in this run.
 */
async function freshCode(state: Remembered): Promise<string> {
  const step = Math.max(stepNow(), state.lastStep + 1);
  while (step > stepNow() + 1) await new Promise((resolve) => setTimeout(resolve, 500));
  writeFileSync(secretFile, JSON.stringify({ ...state, lastStep: step }));
  return codeFor(state.secret, step - stepNow());
}

/** Signs the demo professional in on `page` with two-factor sign-in on. */
export async function signInAsProfessional(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(PROFESSIONAL.email);
  await page.getByLabel('Password').fill(PROFESSIONAL.password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  const signOut = page.getByRole('button', { name: 'Sign out', exact: true });
  const code = page.getByLabel('Authentication code');
  await expect.poll(async () => (await signOut.isVisible()) || (await code.isVisible())).toBe(true);

  if (await code.isVisible()) {
    const state = remembered();
    if (state === null)
      throw new Error(
        'The demo professional already has two-factor sign-in on, turned on by a journey that does not use e2e/professional.ts: its secret is unknown.',
      );
    await code.fill(await freshCode(state));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => signOut.isVisible()).toBe(true);
    return;
  }
  const secret = await turnOnTwoFactor(page, PROFESSIONAL.password);
  // The code that turned it on was of the current step (or the one before, at a boundary).
  writeFileSync(secretFile, JSON.stringify({ secret, lastStep: stepNow() }));
}
