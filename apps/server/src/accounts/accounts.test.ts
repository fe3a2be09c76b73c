// Registration, sign-in, sessions and sign-out through HTTP against a real database.
import type { Problem, SessionView } from '@consilium/api';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, sessions } from '../platform/database/schema.js';
import type { TestApp } from '../testing/test-app.js';
import { aMember, createTestApp, sessionCookieFrom } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const signIn = (email: string, password: string, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
    headers: cookie === undefined ? {} : { cookie },
  });

const whoIs = async (cookie: string) =>
  (
    await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })
  ).json<SessionView>().member;

async function sessionCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(sessions);
  return row?.n ?? 0;
}

describe('registration', () => {
  it('creates a member, stores an argon2id hash and signs them in with a safe cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: {
        email: '  Ada@Example.ORG ',
        password: 'correct horse battery',
        displayName: 'Ada L.',
      },
    });
    expect(response.statusCode).toBe(201);
    const view = response.json<SessionView>();
    expect(view.member).toMatchObject({
      email: 'ada@example.org',
      displayName: 'Ada L.',
      handle: 'ada_l',
    });
    expect(view.member?.roles).toEqual(['patient', 'detective']);
    expect(JSON.stringify(view)).not.toContain('password');

    const cookie = response.cookies.find((item) => item.name === 'consilium_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const [row] = await t.database.db
      .select()
      .from(members)
      .where(eq(members.email, 'ada@example.org'));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await whoIs(sessionCookieFrom(response)))?.email).toBe('ada@example.org');
  });

  it('refuses a second account with the same e-mail, whatever its case, and stores nothing', async () => {
    const first = await aMember(t.app, { email: 'twice@example.org' });
    const [before] = await t.database.db.select({ n: count() }).from(members);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: {
        email: 'TWICE@example.org',
        password: 'another long password',
        displayName: 'Imposter',
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().errors).toEqual([
      { field: 'body.email', message: 'This e-mail is already registered' },
    ]);
    const [after] = await t.database.db.select({ n: count() }).from(members);
    expect(after?.n).toBe(before?.n);
    expect((await whoIs(first.cookie))?.displayName).not.toBe('Imposter');
  });

  it('refuses a password shorter than 12 characters with an actionable message', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: 'short@example.org', password: 'short', displayName: 'Shorty' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([
      { field: 'body.password', message: 'Password must be at least 12 characters' },
    ]);
  });

  it('gives members with the same display name different handles', async () => {
    const a = await aMember(t.app, { displayName: 'Sam Smith' });
    const b = await aMember(t.app, { displayName: 'Sam Smith' });
    expect(a.profile.handle).toBe('sam_smith');
    expect(b.profile.handle).toMatch(/^sam_smith_\d+$/);
  });

  it('ignores an attempt to register with a role', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: {
        email: 'root@example.org',
        password: 'a long password here',
        displayName: 'Root',
        roles: ['admin'],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().detail).toContain('roles');
    const [row] = await t.database.db
      .select()
      .from(members)
      .where(eq(members.email, 'root@example.org'));
    expect(row).toBeUndefined();
  });
});

describe('sign-in and sessions', () => {
  it('refuses a wrong password with the same answer as an unknown e-mail', async () => {
    const member = await aMember(t.app);
    const wrong = await signIn(member.email, 'not the right password');
    const unknown = await signIn('nobody@example.org', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<Problem>().detail).toBe(unknown.json<Problem>().detail);
    expect(wrong.cookies).toEqual([]);
  });

  it('starts a new session on sign-in and ends the one the browser had (rotation)', async () => {
    const member = await aMember(t.app);
    const response = await signIn(member.email, member.password, member.cookie);
    expect(response.statusCode).toBe(200);
    const fresh = sessionCookieFrom(response);
    expect(fresh).not.toBe(member.cookie);
    expect((await whoIs(fresh))?.id).toBe(member.profile.id);
    expect(await whoIs(member.cookie)).toBeNull();
  });

  it('does not let a token planted before sign-in become a session (fixation)', async () => {
    const member = await aMember(t.app);
    const planted = 'consilium_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const response = await signIn(member.email, member.password, planted);
    expect(sessionCookieFrom(response)).not.toBe(planted);
    expect(await whoIs(planted)).toBeNull();
  });

  it('signs out: the server forgets the session, so a copied cookie no longer works', async () => {
    const member = await aMember(t.app);
    const before = await sessionCount();
    const response = await member.request({ method: 'DELETE', url: '/api/session' });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((item) => item.name === 'consilium_session')?.value).toBe('');
    expect(await sessionCount()).toBe(before - 1);
    expect(await whoIs(member.cookie)).toBeNull();
    const stolen = await member.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        title: 'Written with a stolen cookie',
        presentation: 'This should never be stored anywhere.',
      },
    });
    expect(stolen.statusCode).toBe(401);
  });

  it('treats a forged cookie as a visitor', async () => {
    expect(await whoIs('consilium_session=forged')).toBeNull();
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request from another origin and changes nothing', async () => {
    const member = await aMember(t.app);
    const response = await member.request({
      method: 'POST',
      url: '/api/cases',
      headers: { origin: 'https://evil.example' },
      payload: { title: 'Cross-site post', presentation: 'Posted by a page on another site.' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<Problem>().title).toBe('Cross-site request refused');
    const feed = await t.app.inject({ method: 'GET', url: '/api/cases' });
    expect(feed.body).not.toContain('Cross-site post');
  });

  it('accepts the same request from the platform’s own origin', async () => {
    const member = await aMember(t.app);
    const response = await member.request({
      method: 'POST',
      url: '/api/cases',
      headers: { origin: t.config.publicUrl },
      payload: { title: 'Same-site post', presentation: 'Posted from the web app itself.' },
    });
    expect(response.statusCode).toBe(201);
  });
});
