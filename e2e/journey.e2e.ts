// The main journey: a member registers and posts a case; a second member suggests a diagnosis and
// asks the owner a question; a third suggests another and upvotes the second's; the owner sees
// the ranking and answers the question in place.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visitor } from './browser.js';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { register as registerMember } from './members.js';

let browser: Browser;
const stamp = Date.now().toString(36);
const caseTitle = `Fevers, joint pain and a rash after a hike ${stamp}`;
let casePath = '';
let ownerEmail = '';
const question = 'Did you notice a tick bite before the rash appeared?';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

function register(visitor: Visitor, name: string, handle: string, path?: string) {
  return registerMember(visitor, name, handle, stamp, path);
}

async function suggest(visitor: Visitor, diagnosis: string, rationale: string) {
  const { page } = visitor;
  await page.getByRole('combobox', { name: /^Diagnosis/ }).fill(diagnosis);
  await page.getByLabel(/^Rationale/).fill(rationale);
  await page.getByRole('button', { name: 'Suggest diagnosis' }).click();
  await expect
    .poll(() => page.getByTestId('candidate').filter({ hasText: diagnosis }).count())
    .toBe(1);
}

async function rankedDiagnoses(visitor: Visitor): Promise<string[]> {
  const items = visitor.page
    .getByRole('list', { name: 'Suggested diagnoses' })
    .getByTestId('candidate');
  return items.allInnerTexts();
}

describe('the case journey', () => {
  it('a new member registers, confirms the e-mailed link, and posts a case', async () => {
    const owner = await aVisitor(browser);
    await owner.page.goto('/');
    await expect
      .poll(() => owner.page.getByRole('heading', { name: 'Latest cases' }).isVisible())
      .toBe(true);
    await expectAccessible(owner.page);
    await owner.page.getByRole('link', { name: 'Register' }).first().click();
    ownerEmail = await register(
      owner,
      'Case Owner',
      'case_owner',
      new URL(owner.page.url()).pathname,
    );

    await owner.page.getByRole('link', { name: 'Post a case' }).first().click();
    await owner.page.getByLabel('Title').fill(caseTitle);
    await owner.page
      .getByLabel('Presentation')
      .fill(
        'Two weeks after a hike I developed evening fevers, a spreading red rash on my thigh and aching knees. Blood tests showed mildly raised inflammation markers.',
      );
    await expectAccessible(owner.page);
    await owner.page.getByRole('button', { name: 'Post case' }).click();
    await expect
      .poll(() => owner.page.getByRole('heading', { name: caseTitle }).isVisible())
      .toBe(true);
    casePath = new URL(owner.page.url()).pathname;
    expect(casePath).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => owner.page.getByText('No suggestions yet — be the first.').first().isVisible())
      .toBe(true);
    await expectAccessible(owner.page);
    expect(owner.problems).toEqual([]);
    await owner.context.close();
  });

  it('a second member, on a phone, suggests a diagnosis and cannot vote on it', async () => {
    const solver = await aVisitor(browser, 'phone');
    await register(solver, 'Phone Solver', 'phone_solver');
    await solver.page.goto(casePath);
    await expect
      .poll(() => solver.page.getByRole('heading', { name: caseTitle }).isVisible())
      .toBe(true);
    await suggest(solver, 'Lyme disease', 'Erythema migrans after a hike, fevers and arthralgia.');
    const own = solver.page.getByRole('button', { name: 'Upvote Lyme disease' });
    expect(await own.isDisabled()).toBe(true);
    // They ask the owner a question in the discussion.
    await solver.page.getByLabel('Your comment', { exact: true }).fill(question);
    await solver.page.getByLabel('Ask the owner a question', { exact: true }).check();
    await solver.page.getByRole('button', { name: 'Post comment' }).click();
    await expect
      .poll(() => solver.page.getByText('Your question was posted.').isVisible())
      .toBe(true);
    await expect.poll(() => solver.page.getByText('Not answered yet').isVisible()).toBe(true);
    await expectAccessible(solver.page);
    await expectNoHorizontalScroll(solver.page);
    expect(solver.problems).toEqual([]);
    await solver.context.close();
  });

  it('a third member suggests another diagnosis and upvotes the second one', async () => {
    // A new member like the second: with no track record either, the vote decides the order.
    const detective = await aVisitor(browser);
    await register(detective, 'Third Solver', 'third_solver');
    await detective.page.goto(casePath);
    await expect
      .poll(() => detective.page.getByRole('heading', { name: caseTitle }).isVisible())
      .toBe(true);
    await suggest(detective, 'Sarcoidosis', 'Fevers, rash and arthralgia can be Löfgren syndrome.');
    const upvote = detective.page.getByRole('button', { name: 'Upvote Lyme disease' });
    await upvote.click();
    await expect.poll(() => upvote.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => (await rankedDiagnoses(detective))[0] ?? '')
      .toContain('Lyme disease');
    expect(detective.problems).toEqual([]);
    await detective.context.close();
  });

  it('the owner sees the suggestions ranked by votes', async () => {
    const owner = await aVisitor(browser);
    await owner.page.goto(`/sign-in?next=${encodeURIComponent(casePath)}`);
    // The owner's account was made in the first step; sign in as them again.
    await owner.page.getByLabel('E-mail').fill(ownerEmail);
    await owner.page.getByLabel('Password').fill('a long and private passphrase');
    await owner.page.getByRole('button', { name: 'Sign in' }).last().click();
    await expect
      .poll(() => owner.page.getByRole('heading', { name: caseTitle }).isVisible())
      .toBe(true);
    await expect.poll(async () => (await rankedDiagnoses(owner)).length).toBe(2);
    const [first, second] = await rankedDiagnoses(owner);
    expect(first).toContain('Lyme disease');
    expect(first).toContain('1');
    expect(second).toContain('Sarcoidosis');
    // The owner answers the question in place.
    const asked = owner.page.getByRole('listitem').filter({ hasText: question }).first();
    await asked.getByRole('button', { name: 'Reply' }).first().click();
    await owner.page
      .getByLabel('Your reply', { exact: true })
      .fill('Yes — a tick bite on my calf.');
    await owner.page.getByRole('button', { name: 'Post reply' }).click();
    await expect
      .poll(() => owner.page.getByText('Answered', { exact: true }).isVisible())
      .toBe(true);
    await expect
      .poll(() => owner.page.getByText('Yes — a tick bite on my calf.').isVisible())
      .toBe(true);
    await expectAccessible(owner.page);
    expect(owner.problems).toEqual([]);
    await owner.context.close();
  });
});
