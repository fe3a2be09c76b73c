// A member's settings: profile, password and e-mail change with confirmation.
import type { Accepted, MemberSelf, Problem, SessionView } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member, TestApp } from '../testing/test-app.js';
import {
  aMember,
  asMember,
  createTestApp,
  lastMailTo,
  tokenMailedTo,
} from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const whoIs = async (cookie: string) =>
  (
    await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })
  ).json<SessionView>().member;
const signIn = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });

async function secondBrowser(member: Member): Promise<Member> {
  return asMember(t.app, await signIn(member.email, member.password), member);
}

describe('profile settings', () => {
  it('changes display name, country and language', async () => {
    const member = await aMember(t.app);
    const response = await member.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: 'Renamed Member', country: 'MX', language: 'es' },
    });
    expect(response.json<MemberSelf>()).toMatchObject({
      displayName: 'Renamed Member',
      country: 'MX',
      language: 'es',
    });
  });

  it('refuses an unknown country and any attempt to set roles or verification', async () => {
    const member = await aMember(t.app);
    const country = await member.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { country: 'XX' },
    });
    expect(country.json<Problem>().errors?.[0]).toEqual({
      field: 'body.country',
      message: 'Country must be a two-letter ISO 3166 code, like ES or GB',
    });
    const escalation = await member.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { roles: ['admin'], emailVerified: true },
    });
    expect(escalation.statusCode).toBe(400);
    expect((await whoIs(member.cookie))?.roles).toEqual(['patient', 'detective']);
  });
});

describe('changing the password', () => {
  it('needs the current password and changes nothing without it', async () => {
    const member = await aMember(t.app);
    const response = await member.request({
      method: 'PUT',
      url: '/api/me/password',
      payload: { currentPassword: 'not my password', newPassword: 'a new long passphrase' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([
      { field: 'body.currentPassword', message: 'This is not your current password' },
    ]);
    expect((await signIn(member.email, member.password)).statusCode).toBe(200);
  });

  it('ends every other session and keeps this one', async () => {
    const member = await aMember(t.app);
    const other = await secondBrowser(member);
    const response = await member.request({
      method: 'PUT',
      url: '/api/me/password',
      payload: { currentPassword: member.password, newPassword: 'a new long passphrase' },
    });
    expect(response.statusCode).toBe(204);
    expect(await whoIs(other.cookie)).toBeNull();
    expect(await whoIs(member.cookie)).not.toBeNull();
    expect((await signIn(member.email, 'a new long passphrase')).statusCode).toBe(200);
  });
});

describe('changing the e-mail address', () => {
  it('changes only once the link sent to the new address is followed, and tells the old one', async () => {
    const member = await aMember(t.app);
    const asked = await member.request({
      method: 'POST',
      url: '/api/me/email',
      payload: { newEmail: 'Moved@Example.org', password: member.password },
    });
    expect(asked.statusCode).toBe(202);
    expect((await whoIs(member.cookie))?.email).toBe(member.email);
    const token = await tokenMailedTo(t.app, 'moved@example.org');
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/me/email/confirm',
      payload: { token },
    });
    expect(confirmed.json<MemberSelf>().email).toBe('moved@example.org');
    expect((await lastMailTo(t.app, member.email))?.subject).toBe(
      'Your Consilium e-mail address was changed',
    );
    expect((await signIn('moved@example.org', member.password)).statusCode).toBe(200);
    expect((await signIn(member.email, member.password)).statusCode).toBe(401);
  });

  it('answers the same for an address another account uses, and sends it nothing', async () => {
    const member = await aMember(t.app);
    const other = await aMember(t.app);
    const before = await lastMailTo(t.app, other.email);
    const asked = await member.request({
      method: 'POST',
      url: '/api/me/email',
      payload: { newEmail: other.email, password: member.password },
    });
    expect(asked.statusCode).toBe(202);
    expect(asked.json<Accepted>().detail).toContain(other.email);
    expect((await lastMailTo(t.app, other.email))?.id).toBe(before?.id);
  });

  it('needs the current password', async () => {
    const member = await aMember(t.app);
    const asked = await member.request({
      method: 'POST',
      url: '/api/me/email',
      payload: { newEmail: 'elsewhere@example.org', password: 'wrong password' },
    });
    expect(asked.statusCode).toBe(400);
    expect(await lastMailTo(t.app, 'elsewhere@example.org')).toBeUndefined();
  });
});
