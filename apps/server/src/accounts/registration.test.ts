// Registration with e-mail verification, through a real SMTP server and the embedded outbox.
import type { Accepted, Problem, SessionView } from '@consilium/api';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokens, auditLog, members } from '../platform/database/schema.js';
import type { TestSmtpServer } from '../testing/smtp.js';
import { linkTokenIn, startSmtpServer } from '../testing/smtp.js';
import type { TestApp } from '../testing/test-app.js';
import {
  aMember,
  createTestApp,
  lastMailTo,
  registrationFor,
  tokenMailedTo,
} from '../testing/test-app.js';

let smtp: TestSmtpServer;
let t: TestApp;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://consilium.example.org' },
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const viaSmtp = async (email: string) => linkTokenIn((await smtp.waitForMail(email)).text);

const register = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/accounts', payload });
const verify = (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/accounts/verification', payload: { token } });

async function memberCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(members);
  return row?.n ?? 0;
}

describe('registering', () => {
  it('e-mails a single-use link; following it confirms the address and signs in', async () => {
    const registration = registrationFor({ email: 'Ada@Example.ORG', handle: 'ada_l' });
    const response = await register(registration);
    expect(response.statusCode).toBe(202);
    expect(response.cookies).toEqual([]);

    const mail = await smtp.waitForMail('ada@example.org');
    expect(mail.subject).toBe('Confirm your e-mail address for Consilium');
    expect(mail.text).toContain('https://consilium.example.org/verify-email?token=');
    const token = linkTokenIn(mail.text);

    const early = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'ada@example.org', password: registration.password },
    });
    expect(early.statusCode).toBe(403);
    expect(early.json<Problem>().type).toBe('/problems/email-unverified');

    const verified = await verify(token);
    expect(verified.statusCode).toBe(200);
    const view = verified.json<SessionView>();
    expect(view.member).toMatchObject({
      email: 'ada@example.org',
      handle: 'ada_l',
      emailVerified: true,
      country: 'ES',
    });
    expect(view.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = verified.cookies.find((item) => item.name === '__Host-consilium_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });

    const [row] = await t.database.db
      .select()
      .from(members)
      .where(eq(members.email, 'ada@example.org'));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const audited = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, row?.id ?? ''));
    expect(audited.map((entry) => entry.action).sort()).toEqual([
      'member.email-verified',
      'member.registered',
    ]);
  });

  it('refuses the same link twice, a forged link and an expired link alike', async () => {
    const registration = registrationFor();
    await register(registration);
    const token = linkTokenIn((await smtp.waitForMail(registration.email)).text);
    expect((await verify(token)).statusCode).toBe(200);
    const again = await verify(token);
    expect(again.statusCode).toBe(400);
    expect(again.json<Problem>().detail).toBe(
      'This link has expired or was already used. Ask for a new one.',
    );
    expect((await verify('A'.repeat(43))).json<Problem>().detail).toBe(
      again.json<Problem>().detail,
    );

    const late = registrationFor();
    await register(late);
    const lateToken = linkTokenIn((await smtp.waitForMail(late.email)).text);
    await t.database.db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await verify(lateToken)).statusCode).toBe(400);
  });

  it('lets only one of two simultaneous uses of a link succeed', async () => {
    const registration = registrationFor();
    await register(registration);
    const token = linkTokenIn((await smtp.waitForMail(registration.email)).text);
    const answers = await Promise.all([verify(token), verify(token), verify(token)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400, 400]);
  });

  it('answers an already registered address exactly like a new one, stores nothing, and tells the owner', async () => {
    const owner = await aMember(t.app, { email: 'taken@example.org' }, viaSmtp);
    const before = await memberCount();
    const fresh = await register(registrationFor());
    const duplicate = await register(registrationFor({ email: 'TAKEN@example.org' }));
    expect(duplicate.statusCode).toBe(202);
    expect(duplicate.json<Accepted>().detail).toBe(
      fresh.json<Accepted>().detail.replace(/\S+@example\.org/, 'taken@example.org'),
    );
    expect(await memberCount()).toBe(before + 1);
    const notice = await smtp.waitForMail(
      owner.email,
      'Someone tried to register with your e-mail address',
    );
    expect(notice.text).toContain('https://consilium.example.org/forgot-password');
  });

  it('refuses a common password, and one built from the member’s own name', async () => {
    const common = await register(registrationFor({ password: 'qwerty123456' }));
    expect(common.statusCode).toBe(400);
    expect(common.json<Problem>().errors).toEqual([
      {
        field: 'body.password',
        message: 'This password is on a list of commonly used passwords: choose another.',
      },
    ]);
    const personal = await register(
      registrationFor({ handle: 'rosalind_f', password: 'my rosalind_f password' }),
    );
    expect(personal.json<Problem>().errors?.[0]?.field).toBe('body.password');
  });

  it('refuses a short password, a bad handle and a role, naming each field', async () => {
    const response = await register({
      ...registrationFor({ password: 'short', handle: 'No Spaces!' }),
      roles: ['admin'],
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.detail).toContain('roles');
  });

  it('refuses a handle that is taken', async () => {
    await aMember(t.app, { handle: 'unique_handle' }, viaSmtp);
    const response = await register(registrationFor({ handle: 'unique_handle' }));
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().errors).toEqual([
      { field: 'body.handle', message: 'This handle is taken' },
    ]);
  });

  it('sends a fresh link on request; the older one stops working', async () => {
    const registration = registrationFor();
    await register(registration);
    const first = linkTokenIn((await smtp.waitForMail(registration.email)).text);
    const resend = await t.app.inject({
      method: 'POST',
      url: '/api/accounts/verification/resend',
      payload: { email: registration.email },
    });
    expect(resend.statusCode).toBe(202);
    await expect
      .poll(
        () =>
          smtp.mails.filter(
            (mail) =>
              mail.text?.includes(first) === false &&
              mail.subject?.startsWith('Confirm') &&
              JSON.stringify(mail.to).includes(registration.email),
          ).length,
      )
      .toBe(1);
    expect((await verify(first)).statusCode).toBe(400);
    const tokens = await t.database.db
      .select({ n: count() })
      .from(accountTokens)
      .innerJoin(members, eq(members.id, accountTokens.memberId))
      .where(and(eq(members.email, registration.email)));
    expect(tokens[0]?.n).toBe(2);
  });
});

describe('without SMTP_URL', () => {
  it('keeps the e-mail in the outbox and writes it to the log', async () => {
    const lines: string[] = [];
    const local = await createTestApp({
      env: { LOG_LEVEL: 'info' },
      logStream: { write: (line) => lines.push(line) },
    });
    try {
      const registration = registrationFor();
      await local.app.inject({ method: 'POST', url: '/api/accounts', payload: registration });
      const mail = await lastMailTo(local.app, registration.email);
      expect(mail?.subject).toBe('Confirm your e-mail address for Consilium');
      const token = await tokenMailedTo(local.app, registration.email);
      expect(lines.join('\n')).toContain(token);
    } finally {
      await local.close();
    }
  });
});
