// A clinical case posted anonymously: the demo professional signs in with two-factor sign-in, posts a
// case for everyone under their verified tier, and a visitor reads it without ever seeing who
// wrote it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { PROFESSIONAL, signInAsProfessional } from './professional.js';
const stamp = Date.now().toString(36);
const title = `Recurrent pericarditis, fevers and abdominal attacks ${stamp}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('an anonymous clinical case', () => {
  it('is posted by a verified professional and read by others under a pseudonym', async () => {
    const doctor = await aVisitor(browser, 'phone');
    const { page } = doctor;
    await signInAsProfessional(page);

    await page.goto('/cases/new');
    await page.getByRole('link', { name: 'Post a clinical case' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('Presentation', { exact: true })
      .fill(
        'A 33-year-old man with three episodes of pericarditis in a year, fevers to 39 °C lasting two to three days, CRP 180 mg/L during attacks and normal between them, and attacks of abdominal pain.',
      );
    await page
      .getByLabel('Your question', { exact: true })
      .fill('Would you test for a periodic fever syndrome, and which one first?');
    await page.getByLabel('Search specialties').fill('cardio');
    await page.getByLabel('Cardiology', { exact: true }).check();
    await page.getByLabel('Everyone', { exact: true }).check();
    await page.getByLabel('Post anonymously', { exact: true }).check();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Post clinical case' }).click();
    await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page.getByText('Would you test for a periodic fever syndrome').first().isVisible(),
      )
      .toBe(true);
    await expectAccessible(page);

    // A visitor finds it in the feed under the pseudonym; the author's name is nowhere.
    const visitor = await aVisitor(browser, 'desktop');
    await visitor.page.goto('/');
    const item = visitor.page.getByRole('listitem').filter({ hasText: title });
    await expect.poll(() => item.isVisible()).toBe(true);
    expect(await item.textContent()).toContain('Verified physician · Internal medicine');
    await item.getByRole('link', { name: title }).click();
    await expect
      .poll(() => visitor.page.getByRole('heading', { name: title }).isVisible())
      .toBe(true);
    await expectAccessible(visitor.page);
    const html = await visitor.page.content();
    for (const secret of [PROFESSIONAL.handle, PROFESSIONAL.displayName, PROFESSIONAL.email])
      expect(html).not.toContain(secret);

    for (const someone of [doctor, visitor]) {
      expect(someone.problems).toEqual([]);
      await someone.context.close();
    }
  });
});
