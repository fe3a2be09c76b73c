// The app shell for a visitor: the seeded feed, errors in words, Spanish, phone width, 404s.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a visitor', () => {
  it('lands on a living platform: the demo cases, on a phone, without sideways scrolling', async () => {
    const visitor = await aVisitor(browser, 'phone');
    await visitor.page.goto('/');
    const cases = visitor.page.getByRole('list', { name: 'Latest cases' }).getByRole('listitem');
    // Thirteen demo cases are for everyone; the fourteenth is for verified professionals only.
    await expect.poll(() => cases.count()).toBeGreaterThanOrEqual(13);
    await expectNoHorizontalScroll(visitor.page);
    await expectAccessible(visitor.page);
    await cases.first().getByRole('link').first().click();
    await expect
      .poll(() => visitor.page.getByRole('heading', { name: 'Suggested diagnoses' }).isVisible())
      .toBe(true);
    await expectNoHorizontalScroll(visitor.page);
    await expectAccessible(visitor.page);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });

  it('is told in words when the password is wrong', async () => {
    const visitor = await aVisitor(browser);
    await visitor.page.goto('/sign-in');
    await visitor.page.getByLabel('E-mail').fill('patient@consilium.example');
    await visitor.page.getByLabel('Password').fill('not the demo password');
    await visitor.page.getByRole('button', { name: 'Sign in' }).last().click();
    await expect
      .poll(() =>
        visitor.page
          .getByRole('alert')
          .filter({ hasText: 'E-mail or password is incorrect.' })
          .count(),
      )
      .toBe(1);
    await expectAccessible(visitor.page);
    await visitor.context.close();
  });

  it('can switch the interface to Spanish, and it stays Spanish', async () => {
    const visitor = await aVisitor(browser);
    await visitor.page.goto('/');
    await visitor.page.getByRole('button', { name: 'Español' }).click();
    await expect
      .poll(() => visitor.page.getByRole('heading', { name: 'Casos recientes' }).isVisible())
      .toBe(true);
    expect(await visitor.page.getAttribute('html', 'lang')).toBe('es');
    await visitor.page.reload();
    await expect
      .poll(() => visitor.page.getByRole('heading', { name: 'Casos recientes' }).isVisible())
      .toBe(true);
    await expectAccessible(visitor.page);
    await visitor.context.close();
  });

  it('sees a page-not-found for an unknown address, and a case-not-found for a missing case', async () => {
    const visitor = await aVisitor(browser);
    await visitor.page.goto('/no/such/page');
    await expect
      .poll(() => visitor.page.getByRole('heading', { name: 'Page not found' }).isVisible())
      .toBe(true);
    await visitor.page.goto('/cases/00000000-0000-4000-8000-000000000000');
    await expect
      .poll(() => visitor.page.getByRole('heading', { name: 'Case not found' }).isVisible())
      .toBe(true);
    await expectAccessible(visitor.page);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });

  it('can read the API documentation in Swagger UI, within its content security policy', async () => {
    const visitor = await aVisitor(browser);
    await visitor.page.goto('/api/docs/');
    await expect.poll(() => visitor.page.getByText('Consilium API').first().isVisible()).toBe(true);
    await expect
      .poll(() => visitor.page.getByText('/api/cases/{caseId}/suggestions').first().isVisible())
      .toBe(true);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });
});
