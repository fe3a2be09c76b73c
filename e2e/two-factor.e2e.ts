// Two-factor sign-in: the demo admin turns it on in Settings with an authenticator code, signs
// out, signs in again with a fresh code, and can then use the admin privilege (the outbox).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFor } from './authenticator.js';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';

const ADMIN = { email: 'admin@consilium.example', password: 'demo-admin-pass-2026' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signInWithPassword(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
}

describe('an admin turning on two-factor sign-in', () => {
  it('enrols an authenticator app, signs in with a code and reaches the outbox', async () => {
    const visitor = await aVisitor(browser, 'phone');
    const { page } = visitor;
    await signInWithPassword(page);
    await expect
      .poll(() => page.getByRole('button', { name: 'Sign out', exact: true }).isVisible())
      .toBe(true);

    await page.goto('/settings');
    const twoFactor = page.getByRole('region', { name: 'Two-factor sign-in' });
    await twoFactor.getByLabel('Current password').fill(ADMIN.password);
    await twoFactor.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secretText = twoFactor.getByTestId('two-factor-secret');
    await expect.poll(() => secretText.isVisible()).toBe(true);
    const secret = (await secretText.textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(
      await twoFactor
        .getByRole('img', { name: 'QR code that adds Consilium to your authenticator app' })
        .isVisible(),
    ).toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await twoFactor.getByLabel('Authentication code').fill(codeFor(secret));
    await twoFactor.getByRole('button', { name: 'Turn on' }).click();
    const recoveryCodes = twoFactor.getByTestId('recovery-codes').getByRole('listitem');
    await expect.poll(() => recoveryCodes.count()).toBe(10);
    await expect
      .poll(() => twoFactor.getByText('Two-factor sign-in is on.').isVisible())
      .toBe(true);
    await expectAccessible(page);
    await twoFactor.getByRole('button', { name: 'I have saved them' }).click();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Sign in', exact: true }).isVisible())
      .toBe(true);

    await signInWithPassword(page);
    await expect.poll(() => page.getByLabel('Authentication code').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.getByLabel('Authentication code').fill(codeFor(secret, 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Sign out', exact: true }).isVisible())
      .toBe(true);

    // The e2e server sends real mail (SMTP_URL), so the outbox is off; this answer (not "turn on
    // two-factor sign-in") shows the admin privilege passed the two-factor rule.
    await page.goto('/dev/outbox');
    await expect
      .poll(() =>
        page.getByText('The outbox is only used when the server has no SMTP_URL').isVisible(),
      )
      .toBe(true);
    await expectAccessible(page);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });
});
