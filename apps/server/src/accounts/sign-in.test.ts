// Sign-in, sessions, sign-out and CSRF protection through HTTP against a real database.
import type { Problem, SessionList, SessionView } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, asMember, createTestApp, sessionCookieFrom } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, headers });

const whoIs = async (cookie: string) =>
  (
    await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })
  ).json<SessionView>().member;

async function secondBrowser(member: Member): Promise<Member> {
  const response = await signIn(member.email, member.password, { 'user-agent': 'Second browser' });
  return asMember(t.app, response, member);
}

const postCase = (member: Member, headers: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: member.cookie, ...headers },
    payload: { title: 'CSRF probe case', presentation: 'Posted to probe the CSRF protection.' },
  });

describe('signing in', () => {
  it('refuses a wrong password with the same answer as an unknown e-mail', async () => {
    const member = await aMember(t.app);
    const wrong = await signIn(member.email, 'not the right password');
    const unknown = await signIn('nobody@example.org', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<Problem>().detail).toBe(unknown.json<Problem>().detail);
    expect(wrong.cookies).toEqual([]);
  });

  it('starts a new session and ends the one the browser had (rotation)', async () => {
    const member = await aMember(t.app);
    const response = await signIn(member.email, member.password, {
      cookie: member.cookie,
      'x-csrf-token': member.csrfToken,
    });
    expect(response.statusCode).toBe(200);
    const fresh = sessionCookieFrom(response);
    expect(fresh).not.toBe(member.cookie);
    expect((await whoIs(fresh))?.id).toBe(member.profile.id);
    expect(await whoIs(member.cookie)).toBeNull();
  });

  it('does not let a token planted before sign-in become a session (fixation)', async () => {
    const member = await aMember(t.app);
    const planted = 'consilium_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const response = await signIn(member.email, member.password, { cookie: planted });
    expect(sessionCookieFrom(response)).not.toBe(planted);
    expect(await whoIs(planted)).toBeNull();
  });

  it('treats a forged cookie as a visitor', async () => {
    expect(await whoIs('consilium_session=forged')).toBeNull();
  });
});

describe('signing out', () => {
  it('makes the server forget the session, so a copied cookie no longer works', async () => {
    const member = await aMember(t.app);
    const response = await member.request({ method: 'DELETE', url: '/api/session' });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((item) => item.name === 'consilium_session')?.value).toBe('');
    expect(await whoIs(member.cookie)).toBeNull();
    const stolen = await postCase(member, { 'x-csrf-token': member.csrfToken });
    expect(stolen.statusCode).toBe(401);
  });
});

describe('a member’s sessions', () => {
  it('lists every browser with the current one marked', async () => {
    const member = await aMember(t.app);
    const other = await secondBrowser(member);
    const list = (await other.request({ method: 'GET', url: '/api/sessions' })).json<SessionList>();
    expect(list.items).toHaveLength(2);
    expect(list.items.find((item) => item.isCurrent)?.userAgent).toBe('Second browser');
    expect(list.items.filter((item) => item.isCurrent)).toHaveLength(1);
  });

  it('ends one chosen session, and answers 404 for another member’s session id', async () => {
    const member = await aMember(t.app);
    const other = await secondBrowser(member);
    const list = (
      await member.request({ method: 'GET', url: '/api/sessions' })
    ).json<SessionList>();
    const otherId = list.items.find((item) => !item.isCurrent)?.id ?? '';
    const stranger = await aMember(t.app);
    expect(
      (await stranger.request({ method: 'DELETE', url: `/api/sessions/${otherId}` })).statusCode,
    ).toBe(404);
    expect(await whoIs(other.cookie)).not.toBeNull();
    expect(
      (await member.request({ method: 'DELETE', url: `/api/sessions/${otherId}` })).statusCode,
    ).toBe(204);
    expect(await whoIs(other.cookie)).toBeNull();
    expect(await whoIs(member.cookie)).not.toBeNull();
  });

  it('signs out everywhere, and records it in the audit log', async () => {
    const member = await aMember(t.app);
    const other = await secondBrowser(member);
    expect((await member.request({ method: 'DELETE', url: '/api/sessions' })).statusCode).toBe(204);
    expect(await whoIs(member.cookie)).toBeNull();
    expect(await whoIs(other.cookie)).toBeNull();
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, member.profile.id));
    expect(
      entries.find((entry) => entry.action === 'member.signed-out-everywhere')?.details,
    ).toEqual({
      sessionsEnded: 2,
    });
  });

  it('needs a signed-in member', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/sessions' })).statusCode).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a signed-in state change without the CSRF token, and stores nothing', async () => {
    const member = await aMember(t.app);
    const missing = await postCase(member, {});
    expect(missing.statusCode).toBe(403);
    expect(missing.json<Problem>().title).toBe('Missing or invalid CSRF token');
    const wrong = await postCase(member, { 'x-csrf-token': 'x'.repeat(43) });
    expect(wrong.statusCode).toBe(403);
    const other = await aMember(t.app);
    expect((await postCase(member, { 'x-csrf-token': other.csrfToken })).statusCode).toBe(403);
    const feed = await t.app.inject({ method: 'GET', url: '/api/cases' });
    expect(feed.body).not.toContain('CSRF probe case');
  });

  it('refuses a request from another origin even with the token', async () => {
    const member = await aMember(t.app);
    const response = await postCase(member, {
      'x-csrf-token': member.csrfToken,
      origin: 'https://evil.example',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<Problem>().title).toBe('Cross-site request refused');
  });

  it('accepts the request from the platform’s own origin with the token', async () => {
    const member = await aMember(t.app);
    const response = await postCase(member, {
      'x-csrf-token': member.csrfToken,
      origin: t.config.publicUrl,
    });
    expect(response.statusCode).toBe(201);
  });
});
