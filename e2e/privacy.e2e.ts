// A member's own data: see a public profile, download everything as JSON, delete the account.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aVisitor, expectAccessible, launchBrowser } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a patient who leaves', () => {
  it('downloads their data, deletes the account, and their case stays by a deleted member', async () => {
    const visitor = await aVisitor(browser);
    const { page } = visitor;
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill('patient@consilium.example');
    await page.getByLabel('Password').fill('demo-patient-pass');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);

    await page.goto('/members/maya_r');
    await expect.poll(() => page.getByRole('heading', { name: 'Maya R.' }).isVisible()).toBe(true);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Settings' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const download = await downloading;
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      member: { email: string };
      cases: unknown[];
    };
    expect(exported.member.email).toBe('patient@consilium.example');
    expect(exported.cases.length).toBeGreaterThan(0);

    const data = page.getByRole('region', { name: 'Your data' });
    await data.getByLabel('Password').fill('demo-patient-pass');
    await data.getByLabel('Type DELETE to confirm').fill('DELETE');
    await data.getByRole('button', { name: 'Delete my account' }).click();
    await expect.poll(() => page.getByText('Your account was deleted.').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('link', { name: 'Sign in', exact: true }).isVisible())
      .toBe(true);

    await page.goto('/members/maya_r');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Page not found' }).isVisible())
      .toBe(true);
    await page.goto('/');
    const feed = page.getByRole('list', { name: 'Latest cases' });
    await expect.poll(() => feed.getByText('by Deleted member').count()).toBeGreaterThan(0);
    expect(await feed.getByText('by Maya R.').count()).toBe(0);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });
});
