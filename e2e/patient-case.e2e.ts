// A patient case from an empty questionnaire to a published case: a new member fills in the
// wizard on a phone, is stopped by an impossible value, saves and leaves, resumes from My cases,
// reviews and publishes; a visitor then finds the case in the feed and reads the questionnaire.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { register } from './members.js';

let browser: Browser;
const stamp = Date.now().toString(36);
const title = `Evening fevers and a fleeting rash ${stamp}`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function next(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: heading }).isVisible()).toBe(true);
}

describe('a patient case', () => {
  it('goes from an empty questionnaire to a published case', async () => {
    const patient = await aVisitor(browser, 'phone');
    const { page } = patient;
    await register(patient, 'Lena P.', 'lena', stamp);

    await page.goto('/cases/new');
    await page.getByRole('link', { name: 'Start the questionnaire' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Step 1 of 8: About the patient' }).isVisible())
      .toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.getByLabel('Age', { exact: true }).selectOption('30-44');
    await page.getByLabel('Sex', { exact: true }).selectOption('female');
    await page.getByLabel('Country', { exact: true }).selectOption('ES');
    await next(page, 'Step 2 of 8: Main problem');
    await expect.poll(() => page.getByText(/Saved at/).isVisible()).toBe(true);

    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('Main problem', { exact: true })
      .fill('For four months I have had a fever most evenings, a pink rash and sore knees.');
    await next(page, 'Step 3 of 8: Symptoms');

    if ((await page.getByLabel('Symptom', { exact: true }).count()) === 0)
      await page.getByRole('button', { name: 'Add a symptom' }).click();
    await page.getByLabel('Symptom', { exact: true }).fill('Evening fever up to 39.5 °C');
    await page.getByLabel('Some time ago', { exact: true }).check();
    await page.getByLabel('How long ago', { exact: true }).fill('4');
    await page.getByLabel('Unit', { exact: true }).first().selectOption('months');
    // An impossible severity is refused in words, and the wizard stays on the step.
    await page.getByLabel('Severity, from 0 to 10', { exact: true }).fill('11');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect
      .poll(() => page.getByText('Severity must be at most 10.').first().isVisible())
      .toBe(true);
    await page.getByLabel('Severity, from 0 to 10', { exact: true }).fill('7');
    await expectAccessible(page);
    await next(page, 'Step 4 of 8: Medical history');

    // Leave and come back: the draft waits in My cases.
    await page.getByRole('button', { name: 'Save and continue later' }).click();
    await expect
      .poll(() => page.getByText('Your draft was saved', { exact: false }).isVisible())
      .toBe(true);
    await expectAccessible(page);
    await page.getByRole('link', { name: `Continue ${title}` }).click();

    await page
      .getByRole('link', { name: /Your question/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Step 8 of 8: Your question' }).isVisible())
      .toBe(true);
    await page
      .getByLabel('What do you want to know?', { exact: true })
      .fill('What could cause fevers, a rash and joint pain together, and what test is next?');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Review and publish' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByText('Evening fever up to 39.5 °C').first().isVisible())
      .toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.getByLabel('Submission window in days', { exact: true }).fill('21');
    await page.getByRole('button', { name: 'Publish case' }).click();

    await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/Open until/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // A visitor finds it in the feed and reads the questionnaire.
    const visitor = await aVisitor(browser, 'desktop');
    await visitor.page.goto('/');
    await visitor.page.getByRole('link', { name: title }).click();
    await expect
      .poll(() => visitor.page.getByText('Evening fever up to 39.5 °C').first().isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        visitor.page
          .getByText(/What could cause fevers, a rash/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(visitor.page);

    for (const someone of [patient, visitor]) {
      expect(someone.problems).toEqual([]);
      await someone.context.close();
    }
  });
});
