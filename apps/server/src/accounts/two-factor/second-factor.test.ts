// Signing in with two-factor sign-in on: the password alone opens nothing, the code completes it.
import type { Problem, SessionView } from '@consilium/api';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions } from '../../platform/database/schema.js';
import type { TestApp } from '../../testing/test-app.js';
import { aMember, createTestApp, sessionCookieFrom } from '../../testing/test-app.js';
import type { TwoFactorMember } from '../../testing/two-factor.js';
import { freshCode, withTwoFactor } from '../../testing/two-factor.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Pending {
  cookie: string;
  csrfToken: string;
  view: SessionView;
}

async function signInWithPassword(member: TwoFactorMember): Promise<Pending> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: member.email, password: member.password },
  });
  expect(response.statusCode).toBe(200);
  const view = response.json<SessionView>();
  return { cookie: sessionCookieFrom(response), csrfToken: view.csrfToken ?? '', view };
}

const giveCode = (pending: Pending, code: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/session/second-factor',
    headers: { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken },
    payload: { code },
  });

const whoIs = async (cookie: string) =>
  (
    await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })
  ).json<SessionView>().member;

describe('signing in with two-factor sign-in on', () => {
  it('asks for a code after the right password, and the session grants nothing yet', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const pending = await signInWithPassword(member);
    expect(pending.view).toEqual({
      member: null,
      csrfToken: expect.any(String) as string,
      secondFactorRequired: true,
    });
    expect(await whoIs(pending.cookie)).toBeNull();
    const reloaded = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: pending.cookie },
    });
    expect(reloaded.json<SessionView>()).toEqual(pending.view);
    const headers = { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken };
    const list = await t.app.inject({ method: 'GET', url: '/api/sessions', headers });
    expect(list.statusCode).toBe(401);
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers,
      payload: {
        title: 'Pending session probe',
        presentation: 'Posted by a half-signed-in browser.',
      },
    });
    expect(posted.statusCode).toBe(401);
  });

  it('completes with a code from the app, in a new session that replaces the pending one', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const pending = await signInWithPassword(member);
    const response = await giveCode(pending, freshCode(member.secret));
    expect(response.statusCode).toBe(200);
    const view = response.json<SessionView>();
    expect(view.member?.id).toBe(member.profile.id);
    expect(view.member?.twoFactorEnabled).toBe(true);
    const fresh = sessionCookieFrom(response);
    expect(fresh).not.toBe(pending.cookie);
    expect((await whoIs(fresh))?.id).toBe(member.profile.id);
    expect((await giveCode(pending, freshCode(member.secret))).statusCode).toBe(401);
  });

  it('refuses a code that was already used', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const code = freshCode(member.secret);
    const first = await signInWithPassword(member);
    expect((await giveCode(first, code)).statusCode).toBe(200);
    const second = await signInWithPassword(member);
    const replayed = await giveCode(second, code);
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json<Problem>().detail).toContain('That code is not right');
  });

  it('refuses a wrong code with 401 and locks the account after ten failures', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const pending = await signInWithPassword(member);
    for (let attempt = 1; attempt <= 10; attempt += 1)
      expect((await giveCode(pending, '000000')).statusCode).toBe(401);
    expect((await giveCode(pending, freshCode(member.secret))).statusCode).toBe(429);
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: member.email, password: member.password },
    });
    expect(password.statusCode).toBe(429);
    const locked = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.subjectId, member.profile.id),
          eq(auditLog.action, 'member.sign-in-locked'),
        ),
      );
    expect(locked).toHaveLength(1);
  });

  it('accepts a recovery code once, and audits its use', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const [recoveryCode] = member.recoveryCodes;
    const first = await giveCode(
      await signInWithPassword(member),
      recoveryCode?.toUpperCase() ?? '',
    );
    expect(first.statusCode).toBe(200);
    const again = await giveCode(await signInWithPassword(member), recoveryCode ?? '');
    expect(again.statusCode).toBe(401);
    const [used] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.subjectId, member.profile.id),
          eq(auditLog.action, 'member.recovery-code-used'),
        ),
      );
    expect(used?.details).toEqual({ recoveryCodesLeft: 9 });
  });

  it('needs the pending session’s CSRF token and an unexpired pending session', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const pending = await signInWithPassword(member);
    const withoutToken = await giveCode({ ...pending, csrfToken: 'x'.repeat(43) }, '123456');
    expect(withoutToken.statusCode).toBe(403);
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.memberId, member.profile.id));
    const expired = await giveCode(pending, freshCode(member.secret));
    expect(expired.statusCode).toBe(401);
    expect(expired.json<Problem>().detail).toContain('sign in again');
  });

  it('makes a pending session expire ten minutes after the password', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const before = Date.now();
    await signInWithPassword(member);
    const [row] = await t.database.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.memberId, member.profile.id), eq(sessions.needsSecondFactor, true)));
    const lifetime = (row?.expiresAt.getTime() ?? 0) - before;
    expect(lifetime).toBeGreaterThan(9 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(10 * 60 * 1000 + 5000);
  });

  it('ends a pending session on sign-out', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const pending = await signInWithPassword(member);
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: pending.cookie },
    });
    expect(out.statusCode).toBe(204);
    expect((await giveCode(pending, freshCode(member.secret))).statusCode).toBe(401);
  });
});
