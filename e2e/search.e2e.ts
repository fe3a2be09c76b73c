// Finding a case: a verified professional posts an anonymous clinical case with a distinctive word
// in its title; another member, on a phone, searches for that word from the header, finds it with
// the word highlighted under the pseudonym, opens it, follows it, sees it in the Following feed,
// and finds no notifications yet.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { register } from './members.js';
import { PROFESSIONAL, signInAsProfessional } from './professional.js';

const stamp = Date.now().toString(36);
// Letters only, so every search tokenizer treats it as one ordinary word.
const word = `quillwort${stamp.replace(/\d/g, (digit) => 'abcdefghij'.charAt(Number(digit)))}`;
const title = `Recurrent fevers with a ${word} pattern of serositis`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('searching for a case', () => {
  it('finds an anonymous case by a word of its title, follows it and lists it', async () => {
    const doctor = await aVisitor(browser, 'desktop');
    await signInAsProfessional(doctor.page);
    await doctor.page.goto('/cases/new/clinical');
    await doctor.page.getByLabel('Title', { exact: true }).fill(title);
    await doctor.page
      .getByLabel('Presentation', { exact: true })
      .fill(
        'A 41-year-old woman with four episodes in a year of fever to 39 °C, pleuritic chest pain and a pericardial rub, each lasting three days, CRP 150 mg/L during attacks and normal between them.',
      );
    await doctor.page
      .getByLabel('Your question', { exact: true })
      .fill('Which autoinflammatory syndrome would you test for first?');
    await doctor.page.getByLabel('Search specialties').fill('rheum');
    await doctor.page.getByLabel('Rheumatology', { exact: true }).check();
    await doctor.page.getByLabel('Everyone', { exact: true }).check();
    await doctor.page.getByLabel('Post anonymously', { exact: true }).check();
    await doctor.page.getByRole('button', { name: 'Post clinical case' }).click();
    await expect
      .poll(() => doctor.page.getByRole('heading', { name: title }).isVisible())
      .toBe(true);

    // Another member searches from the header box on a phone.
    const solver = await aVisitor(browser, 'phone');
    const { page } = solver;
    await register(solver, 'Quinn Solver', 'quinn', stamp);
    await page.goto('/');
    const box = page
      .getByRole('search', { name: 'Search cases' })
      .getByRole('searchbox', { name: 'Search cases' });
    await box.fill(word);
    await box.press('Enter');
    await expect.poll(() => page.url()).toContain(`/search?q=${word}`);
    const result = page.getByRole('listitem').filter({ hasText: title });
    await expect.poll(() => result.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(async () =>
        (await result.locator('h2 mark').allTextContents()).map((text) => text.toLowerCase()),
      )
      .toContain(word);
    const card = (await result.textContent()) ?? '';
    expect(card).toContain('Verified physician');
    expect(card).not.toContain(PROFESSIONAL.displayName);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // It opens the case and follows it.
    await result.getByRole('link', { name: title }).click();
    await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    const following = page.getByRole('button', { name: 'Following', exact: true });
    await expect.poll(() => following.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const html = await page.content();
    for (const secret of [PROFESSIONAL.handle, PROFESSIONAL.displayName, PROFESSIONAL.email])
      expect(html).not.toContain(secret);

    // The case is in the member's Following feed.
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('link', { name: 'Following', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Cases I follow', level: 1 }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: title }).isVisible())
      .toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Nothing has happened to this member yet: their notifications say so, accessibly.
    await page.getByRole('link', { name: 'Notifications', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'No notifications yet' }).isVisible())
      .toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    for (const someone of [doctor, solver]) {
      expect(someone.problems).toEqual([]);
      await someone.context.close();
    }
  });
});
