// A professional's application approved by a moderator: the demo detective applies as a
// physician with a PDF of their licence; the demo moderator turns on two-factor sign-in, finds
// the application in the queue, downloads the evidence and approves it; the member is told by
// e-mail and the badge shows on their profile. From here on the demo moderator signs in with a
// second factor: other journeys use other demo members.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnOnTwoFactor } from './authenticator.js';
import { aVisitor, expectAccessible, expectNoHorizontalScroll, launchBrowser } from './browser.js';
import { waitForMail } from './mail.js';

const APPLICANT = {
  email: 'detective@consilium.example',
  password: 'demo-detective-pass',
  handle: 'tomas_q',
  displayName: 'Tomás Q.',
};
const MODERATOR = { email: 'moderator@consilium.example', password: 'demo-moderator-pass' };

/** A minimal, valid one-page PDF standing in for a scanned licence. */
const LICENCE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect
    .poll(() => page.getByRole('button', { name: 'Sign out', exact: true }).isVisible())
    .toBe(true);
}

describe('a professional’s verification', () => {
  it('is applied for with evidence, approved by a moderator, and shows as a badge', async () => {
    const member = await aVisitor(browser, 'phone');
    await signIn(member.page, APPLICANT.email, APPLICANT.password);
    const page = member.page;
    await page.getByRole('link', { name: 'Verification' }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Apply for verification' }).isVisible())
      .toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Sending without a specialty names the field, and nothing is sent.
    await page.getByLabel('A health professional', { exact: true }).check();
    await page.getByLabel('Profession', { exact: true }).selectOption({ label: 'Physician' });
    await page.getByLabel('Licence number', { exact: true }).fill('MX-CMCP-778812');
    await page
      .getByLabel('Issuing authority', { exact: true })
      .fill('Consejo Mexicano de Medicina Interna');
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Mexico' });
    await page.getByRole('button', { name: 'Apply for verification' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Specialties: choose at least one/)
          .first()
          .isVisible(),
      )
      .toBe(true);

    await page.getByLabel('Search specialties').fill('rheum');
    await page.getByLabel('Rheumatology', { exact: true }).check();
    await page.getByLabel('Search specialties').fill('internal');
    await page.getByLabel('Internal medicine', { exact: true }).check();
    await page.getByLabel('Evidence file (optional)').setInputFiles({
      name: 'licence.pdf',
      mimeType: 'application/pdf',
      buffer: LICENCE_PDF,
    });
    await page.getByRole('button', { name: 'Apply for verification' }).click();
    await expect
      .poll(() =>
        page
          .getByText('Your application and its evidence file were sent.', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByText('Waiting for review').first().isVisible()).toBe(true);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // The moderator needs two-factor sign-in before the queue opens to them.
    const moderator = await aVisitor(browser, 'desktop');
    const desk = moderator.page;
    await signIn(desk, MODERATOR.email, MODERATOR.password);
    await desk.goto('/moderation/credentials');
    await expect
      .poll(() =>
        desk
          .getByText('Turn on two-factor sign-in in Settings', { exact: false })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await turnOnTwoFactor(desk, MODERATOR.password);
    await desk.getByRole('link', { name: 'Moderation' }).first().click();
    const item = desk.getByRole('link', { name: APPLICANT.displayName });
    await expect.poll(() => item.first().isVisible()).toBe(true);
    await expectAccessible(desk);
    await item.first().click();

    await expect
      .poll(() =>
        desk.getByRole('heading', { name: `Application by ${APPLICANT.displayName}` }).isVisible(),
      )
      .toBe(true);
    await expect.poll(() => desk.getByText('MX-CMCP-778812').isVisible()).toBe(true);
    const [download] = await Promise.all([
      desk.waitForEvent('download'),
      desk.getByRole('link', { name: 'Download licence.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('licence.pdf');
    await expectAccessible(desk);
    await desk.getByLabel('Note to the member (optional)').fill('Checked against the register.');
    await desk.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect
      .poll(() => desk.getByText('The application was approved', { exact: false }).isVisible())
      .toBe(true);

    const mail = await waitForMail(APPLICANT.email, 'Your Consilium verification was approved');
    expect(mail.text).toContain('Checked against the register.');

    // The member's page shows the badge; the public profile shows it to everyone.
    await page.reload();
    await expect
      .poll(() => page.getByText('Verified', { exact: true }).first().isVisible())
      .toBe(true);
    const visitor = await aVisitor(browser, 'phone');
    await visitor.page.goto(`/members/${APPLICANT.handle}`);
    await expect
      .poll(() =>
        visitor.page
          .getByText('Verified physician · Rheumatology, Internal medicine', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(visitor.page);
    await expectNoHorizontalScroll(visitor.page);

    for (const someone of [member, moderator, visitor]) {
      expect(someone.problems).toEqual([]);
      await someone.context.close();
    }
  });
});
