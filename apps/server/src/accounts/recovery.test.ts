// Password reset by e-mail: no account enumeration, single-use links, every session ended.
import type { Accepted, Problem, SessionView } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../testing/test-app.js';
import { aMember, createTestApp, lastMailTo, tokenMailedTo } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const requestReset = (email: string) =>
  t.app.inject({ method: 'POST', url: '/api/password-resets', payload: { email } });
const confirmReset = (token: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/password-resets/confirm',
    payload: { token, password },
  });
const signIn = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
const whoIs = async (cookie: string) =>
  (
    await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })
  ).json<SessionView>().member;

describe('password reset', () => {
  it('answers the same for an unknown address and sends it nothing', async () => {
    const member = await aMember(t.app);
    const known = (await requestReset(member.email)).json<Accepted>();
    const unknown = (await requestReset('nobody@example.org')).json<Accepted>();
    expect(unknown.detail).toBe(known.detail.replace(member.email, 'nobody@example.org'));
    expect(await lastMailTo(t.app, 'nobody@example.org')).toBeUndefined();
    expect((await lastMailTo(t.app, member.email))?.subject).toBe('Reset your Consilium password');
  });

  it('sets the new password, ends every session, and signs in here', async () => {
    const member = await aMember(t.app);
    await requestReset(member.email);
    const token = await tokenMailedTo(t.app, member.email);
    const response = await confirmReset(token, 'a brand new passphrase');
    expect(response.statusCode).toBe(200);
    expect(await whoIs(member.cookie)).toBeNull();
    expect(response.json<SessionView>().member?.id).toBe(member.profile.id);
    expect((await signIn(member.email, member.password)).statusCode).toBe(401);
    expect((await signIn(member.email, 'a brand new passphrase')).statusCode).toBe(200);
    const reused = await confirmReset(token, 'yet another passphrase');
    expect(reused.statusCode).toBe(400);
  });

  it('refuses a common new password and leaves the link usable', async () => {
    const member = await aMember(t.app);
    await requestReset(member.email);
    const token = await tokenMailedTo(t.app, member.email);
    const weak = await confirmReset(token, '123456789012');
    expect(weak.statusCode).toBe(400);
    expect(weak.json<Problem>().errors?.[0]?.field).toBe('body.password');
    expect(await whoIs(member.cookie)).not.toBeNull();
    expect((await confirmReset(token, 'a strong enough passphrase')).statusCode).toBe(200);
  });
});
