// Collective diagnosis in the browser: three members suggest (one picks a coded diagnosis from the
// vocabulary) and vote; the live differential ranks what a verified member backs and lists the
// rest apart; the owner closes the case, rates the suggestions, closes it for good and reads the
// report (print, FHIR); later the owner records the confirmed diagnosis, and the right member's
// track record changes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visitor } from './browser.js';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { register as registerMember } from './members.js';
import { signInAsProfessional } from './professional.js';

let browser: Browser;
const stamp = Date.now().toString(36);
const caseTitle = `Rash on the cheeks, mouth ulcers and sore joints ${stamp}`;
let casePath = '';
let ownerEmail = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signIn(visitor: Visitor, email: string, password: string, next: string) {
  const { page } = visitor;
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect.poll(() => page.getByRole('heading', { name: caseTitle }).isVisible()).toBe(true);
}

/** Suggests a diagnosis: picked from the vocabulary when `pick` is given, else in own words. */
async function suggest(visitor: Visitor, words: string, options: { pick?: RegExp } = {}) {
  const { page } = visitor;
  const diagnosis = page.getByRole('combobox', { name: /^Diagnosis/ });
  await diagnosis.fill(words);
  if (options.pick !== undefined) {
    const option = page.getByRole('option', { name: options.pick }).first();
    await expect.poll(() => option.isVisible()).toBe(true);
    await option.click();
  }
  await page.getByLabel(/^Rationale/).fill(`Why ${words}: the findings fit.`);
  await page.getByRole('button', { name: 'Suggest diagnosis' }).click();
  await expect
    .poll(() => page.getByText(/Your suggestion ".*" was added\./).isVisible())
    .toBe(true);
}

const candidates = (visitor: Visitor) => visitor.page.getByTestId('candidate').allInnerTexts();

describe('collective diagnosis', () => {
  it('an owner registers and posts a case', async () => {
    const owner = await aVisitor(browser);
    ownerEmail = await registerMember(owner, 'Rash Owner', 'rash_owner', stamp);
    await owner.page.goto('/');
    await owner.page.getByRole('link', { name: 'Post a case' }).first().click();
    await owner.page.getByLabel('Title').fill(caseTitle);
    await owner.page
      .getByLabel('Presentation')
      .fill(
        'For four months I have had a red rash across my cheeks after sun, painful mouth ulcers and swollen finger joints in the mornings.',
      );
    await owner.page.getByRole('button', { name: 'Post case' }).click();
    await expect
      .poll(() => owner.page.getByRole('heading', { name: caseTitle }).isVisible())
      .toBe(true);
    casePath = new URL(owner.page.url()).pathname;
    await expect
      .poll(() => owner.page.getByText('No suggestions yet.').first().isVisible())
      .toBe(true);
    expect(owner.problems).toEqual([]);
    await owner.context.close();
  });

  it('three members suggest and vote, and the live differential ranks them', async () => {
    const detective = await aVisitor(browser);
    await signIn(detective, 'detective@consilium.example', 'demo-detective-pass', casePath);
    await suggest(detective, 'lupus', { pick: /systemic lupus erythematosus/ });
    await expect.poll(async () => (await candidates(detective)).join('\n')).toContain('DOID:9074');
    await expectAccessible(detective.page);
    expect(detective.problems).toEqual([]);
    await detective.context.close();

    // A verified professional: what they back is ranked at once. The detective's record (one
    // miss) and the new members' (none) leave theirs waiting for a trusted backer.
    const second = await aVisitor(browser);
    await signInAsProfessional(second.page);
    await second.page.goto(casePath);
    await expect
      .poll(() => second.page.getByRole('heading', { name: caseTitle }).isVisible())
      .toBe(true);
    await suggest(second, 'Dermatomyositis');
    const upvote = second.page.getByRole('button', {
      name: 'Upvote systemic lupus erythematosus',
    });
    await upvote.click();
    await expect.poll(() => upvote.getAttribute('aria-pressed')).toBe('true');
    expect(second.problems).toEqual([]);
    await second.context.close();

    const phone = await aVisitor(browser, 'phone');
    await registerMember(phone, 'Phone Solver', 'phone_solver', stamp);
    await phone.page.goto(casePath);
    await expect
      .poll(() => phone.page.getByRole('heading', { name: caseTitle }).isVisible())
      .toBe(true);
    await suggest(phone, 'Rosacea');
    await phone.page.getByRole('button', { name: 'Upvote systemic lupus erythematosus' }).click();
    // The live differential: the professional's first choice leads, lupus follows, each with why
    // it ranks there (support by tier); the new member's rosacea waits, unranked, for a verified
    // member or one with a track record.
    const ranked = phone.page.getByTestId('differential-item');
    await expect
      .poll(() => ranked.allInnerTexts())
      .toEqual([
        expect.stringContaining('Dermatomyositis'),
        expect.stringContaining('systemic lupus erythematosus'),
      ]);
    const lupus = ranked.filter({ hasText: 'systemic lupus erythematosus' });
    await lupus.getByText('Why?').click();
    await expect
      .poll(() => lupus.innerText())
      .toMatch(/1 (other professional|verified specialist)/);
    expect(await lupus.innerText()).toMatch(/1 member put it first/);
    const waiting = phone.page.getByTestId('differential-pending');
    await expect.poll(() => waiting.innerText()).toContain('Rosacea');
    expect(await waiting.innerText()).toContain('Awaiting a trusted backer');
    await expectAccessible(phone.page);
    await expectNoHorizontalScroll(phone.page);
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });

  it('the owner closes, rates, closes for good and reads the report', async () => {
    const owner = await aVisitor(browser);
    await signIn(owner, ownerEmail, 'a long and private passphrase', casePath);
    await owner.page.getByRole('button', { name: 'Close case' }).click();
    await owner.page.getByRole('button', { name: 'Yes, close it' }).click();
    await expect
      .poll(() => owner.page.getByRole('heading', { name: 'Rate the suggestions' }).isVisible())
      .toBe(true);
    for (const [diagnosis, rating] of [
      ['systemic lupus erythematosus', 'Helpful'],
      ['Dermatomyositis', 'Helpful'],
      ['Rosacea', 'Not helpful'],
    ] as const)
      await owner.page
        .getByRole('group', { name: new RegExp(`^Rate ${diagnosis}`, 'i') })
        .getByRole('button', { name: rating, exact: true })
        .click();
    await expect
      .poll(() => owner.page.getByTestId('rating-progress').innerText())
      .toContain('3 of 3');
    await expectAccessible(owner.page);
    await owner.page.getByRole('button', { name: 'Close for good' }).click();
    await owner.page.getByRole('button', { name: 'Yes, close it for good' }).click();
    await expect
      .poll(() => owner.page.getByText('The case is closed for good.').isVisible())
      .toBe(true);

    await owner.page.goto(`${casePath}/report`);
    await expect.poll(() => owner.page.getByTestId('report-state').innerText()).toBe('Final');
    await expect
      .poll(() => owner.page.getByRole('button', { name: 'Print' }).isVisible())
      .toBe(true);
    const download = owner.page.getByRole('link', { name: 'Download FHIR (R4)' });
    const href = await download.getAttribute('href');
    const fhir = await owner.page.request.get(href ?? '');
    expect(fhir.status()).toBe(200);
    expect(((await fhir.json()) as { resourceType: string }).resourceType).toBe('Bundle');
    await expectAccessible(owner.page);
    expect(owner.problems).toEqual([]);
    await owner.context.close();
  });

  it('later, the owner records the confirmed diagnosis, and track records change', async () => {
    const owner = await aVisitor(browser);
    await signIn(owner, ownerEmail, 'a long and private passphrase', casePath);
    const diagnosis = owner.page.getByRole('combobox', { name: /^Confirmed diagnosis/ });
    await diagnosis.fill('lupus');
    await owner.page
      .getByRole('option', { name: /systemic lupus erythematosus/ })
      .first()
      .click();
    await owner.page.getByLabel('How it was confirmed').selectOption('laboratory');
    await owner.page.getByLabel('Date confirmed').fill(new Date().toISOString().slice(0, 10));
    await owner.page.getByRole('button', { name: 'Record the diagnosis' }).click();
    await expect
      .poll(() => owner.page.getByTestId('outcome-rank').innerText())
      .toMatch(/was #2 of 3 in the collective differential/);
    expect(owner.problems).toEqual([]);
    await owner.context.close();

    const reader = await aVisitor(browser);
    await reader.page.goto('/members/tomas_q');
    const record = reader.page.getByTestId('reputation-item').first();
    await expect.poll(() => record.innerText()).toMatch(/1 hit/);
    expect(reader.problems).toEqual([]);
    await reader.context.close();
  });
});
