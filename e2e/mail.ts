// Reads the e-mails the platform sent during the journeys (written by e2e/mailbox.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

const folder = process.env.E2E_MAIL_DIR ?? '';

function receivedMails(): ReceivedMail[] {
  return readdirSync(folder)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ReceivedMail);
}

/** The newest mail to `to` with this subject, once it has arrived. */
export async function waitForMail(to: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(() => {
      found = receivedMails()
        .reverse()
        .find((mail) => mail.to.includes(to.toLowerCase()) && mail.subject === subject);
      return found !== undefined;
    })
    .toBe(true);
  if (found === undefined) throw new Error(`no mail "${subject}" to ${to}`);
  return found;
}

/** The link (a path on the platform) in a mail. */
export function linkIn(mail: ReceivedMail): string {
  const url = /https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  if (url === undefined) throw new Error(`no link in the mail "${mail.subject}"`);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
