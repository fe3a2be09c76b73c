// Becoming a member in a journey: register through the form and follow the e-mailed link.
import { expect } from 'vitest';
import type { Visitor } from './browser.js';
import { expectAccessible } from './browser.js';
import { linkIn, waitForMail } from './mail.js';

/** Registers `name` as `handle_stamp`, confirms the address, and returns the e-mail used. */
export async function register(
  visitor: Visitor,
  name: string,
  handle: string,
  stamp: string,
  path = '/register',
): Promise<string> {
  const { page } = visitor;
  const email = `${handle}.${stamp}@example.org`;
  await page.goto(path);
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Handle').fill(`${handle}_${stamp}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('a long and private passphrase');
  await page.getByLabel('Country').selectOption('ES');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect.poll(() => page.getByText(email).first().isVisible()).toBe(true);
  await expectAccessible(page);
  const mail = await waitForMail(email, 'Confirm your e-mail address for Consilium');
  await page.goto(linkIn(mail));
  await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
  return email;
}
