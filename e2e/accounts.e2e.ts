// Account journeys: a forgotten password reset through the e-mailed link, and managing sessions
// (two browsers, one ended from the other, then signing out everywhere).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visitor } from './browser.js';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { linkIn, waitForMail } from './mail.js';
import { register } from './members.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signIn(visitor: Visitor, email: string, password: string) {
  const { page } = visitor;
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
}

describe('a member who forgot their password', () => {
  it('resets it through the e-mailed link and is signed in', async () => {
    const visitor = await aVisitor(browser, 'phone');
    await visitor.page.goto('/sign-in');
    await visitor.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await visitor.page.getByLabel('E-mail').fill('student@consilium.example');
    await expectAccessible(visitor.page);
    await visitor.page.getByRole('button', { name: 'Send reset link' }).click();
    await expect
      .poll(() =>
        visitor.page.getByText('we sent it a link to choose a new password').first().isVisible(),
      )
      .toBe(true);
    const mail = await waitForMail(
      'student@consilium.example',
      'Restablece tu contraseña de Consilium',
    );
    await visitor.page.goto(linkIn(mail));
    await visitor.page.getByLabel('New password').fill('a renewed passphrase for class');
    await expectAccessible(visitor.page);
    await visitor.page.getByRole('button', { name: 'Set new password' }).click();
    // The student chose Spanish: once signed in, the interface follows their language.
    await expect
      .poll(() =>
        visitor.page.getByRole('button', { name: /^(Sign out|Cerrar sesión)$/ }).isVisible(),
      )
      .toBe(true);
    await expectNoHorizontalScroll(visitor.page);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });
});

describe('a member with two browsers', () => {
  it('sees both sessions, ends the other one, then signs out everywhere', async () => {
    const laptop = await aVisitor(browser);
    const phone = await aVisitor(browser, 'phone');
    // A member of their own, so no other journey's changes to a demo account matter here.
    const email = await register(phone, 'Noor S.', 'noor', Date.now().toString(36));
    await signIn(laptop, email, 'a long and private passphrase');

    await laptop.page.getByRole('link', { name: 'Settings' }).click();
    const sessions = laptop.page.getByTestId('session');
    await expect.poll(() => sessions.count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(laptop.page);
    const other = sessions.filter({ hasNotText: 'This browser' }).first();
    await other.getByRole('button', { name: 'End session' }).click();
    await phone.page.reload();
    await expect
      .poll(() => phone.page.getByRole('link', { name: 'Sign in', exact: true }).isVisible())
      .toBe(true);

    // Two steps: the first click asks, the second (a button of the same name) confirms.
    await laptop.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expectAccessible(laptop.page);
    await laptop.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect
      .poll(() => laptop.page.getByRole('link', { name: 'Sign in', exact: true }).isVisible())
      .toBe(true);
    expect(laptop.problems).toEqual([]);
    await laptop.context.close();
    await phone.context.close();
  });
});
