// A shared solved case: the demo professional posts a clinical case with its confirmed diagnosis
// hidden; a newly registered member opens it on a phone, commits a ranked differential, and only
// then sees the answer and the teaching point beside their list. The answer is in no page before.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { register } from './members.js';
import { signInAsProfessional } from './professional.js';

const stamp = Date.now().toString(36);
const title = `Fevers every four weeks with chest and belly pain ${stamp}`;
const ANSWER = 'Familial Mediterranean fever';
const TEACHING =
  'Short fevers of one to three days with serositis, normal between attacks: think of MEFV.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a case study', () => {
  it('hides its diagnosis until a solver commits a differential, then shows it', async () => {
    const doctor = await aVisitor(browser, 'desktop');
    await signInAsProfessional(doctor.page);

    const { page } = doctor;
    await page.goto('/cases/new');
    await page.getByRole('link', { name: 'Post a clinical case' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('Presentation', { exact: true })
      .fill(
        'A 24-year-old woman with attacks every four weeks since her teens: fever to 39 °C for two days, pleuritic chest pain and diffuse abdominal pain, CRP 160 mg/L during attacks and normal between them.',
      );
    await page
      .getByLabel('Your question', { exact: true })
      .fill('What is your diagnosis, and which test confirms it?');
    await page.getByLabel('Search specialties').fill('rheum');
    await page.getByLabel('Rheumatology', { exact: true }).check();
    await page.getByLabel('Everyone', { exact: true }).check();
    await page.getByLabel('This is a solved case: I know the confirmed diagnosis').check();
    await page.getByLabel('Confirmed diagnosis', { exact: true }).fill(ANSWER);
    await page.getByLabel('Teaching point (optional)', { exact: true }).fill(TEACHING);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Post clinical case' }).click();
    await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    // The author sees the answer they shared.
    const authorView = page.getByRole('region', { name: 'Case study' });
    await expect.poll(() => authorView.getByText(ANSWER).isVisible()).toBe(true);
    await expectAccessible(page);
    const caseUrl = page.url();

    // A new member opens it on a phone: the answer is nowhere in the page yet.
    const solver = await aVisitor(browser, 'phone');
    await register(solver, 'Sam Solver', 'sam', stamp);
    const solverPage = solver.page;
    await solverPage.goto(caseUrl);
    const study = solverPage.getByRole('region', { name: 'Case study' });
    await expect
      .poll(() => study.getByRole('button', { name: 'Commit my differential' }).isVisible())
      .toBe(true);
    expect(await solverPage.content()).not.toContain(ANSWER);
    await expectAccessible(solverPage);
    await expectNoHorizontalScroll(solverPage);

    // In own words: Escape closes the list of coded diagnoses the picker offers.
    await study.getByRole('combobox').nth(0).fill('Systemic lupus erythematosus');
    await study.getByRole('combobox').nth(0).press('Escape');
    await study.getByRole('button', { name: 'Add a diagnosis' }).click();
    await study.getByRole('combobox').nth(1).fill(ANSWER.toLowerCase());
    await study.getByRole('combobox').nth(1).press('Escape');
    await study.getByRole('button', { name: 'Move Diagnosis 2 up' }).click();
    await expect
      .poll(() => study.getByRole('combobox').nth(0).inputValue())
      .toBe(ANSWER.toLowerCase());
    await expectAccessible(solverPage);
    await study.getByRole('button', { name: 'Commit my differential' }).click();

    await expect
      .poll(() => study.getByRole('heading', { name: 'The confirmed diagnosis' }).isVisible())
      .toBe(true);
    await expect.poll(() => study.getByText(ANSWER, { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => study.getByText(TEACHING).isVisible()).toBe(true);
    const yours = study.getByRole('region', { name: 'Your differential' });
    expect(await yours.getByRole('listitem').allTextContents()).toEqual([
      `${ANSWER.toLowerCase()}Matches the confirmed diagnosis`,
      'Systemic lupus erythematosus',
    ]);
    await expect
      .poll(() => study.getByText('1 solver has committed a differential.').isVisible())
      .toBe(true);
    await expectAccessible(solverPage);
    await expectNoHorizontalScroll(solverPage);

    // Read again later, the answer is still there and the form is not.
    await solverPage.reload();
    await expect.poll(() => study.getByText(TEACHING).isVisible()).toBe(true);
    expect(await study.getByRole('button', { name: 'Commit my differential' }).count()).toBe(0);

    for (const someone of [doctor, solver]) {
      expect(someone.problems).toEqual([]);
      await someone.context.close();
    }
  });
});
