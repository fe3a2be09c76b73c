// Turning two-factor sign-in on and off, and recovery codes, through HTTP against a real database.
import type { Problem, RecoveryCodes, SessionView, TwoFactorSetup } from '@consilium/api';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, members, recoveryCodes } from '../../platform/database/schema.js';
import type { Member, TestApp } from '../../testing/test-app.js';
import { aMember, asMember, createTestApp, sessionCookieFrom } from '../../testing/test-app.js';
import { freshCode, withTwoFactor } from '../../testing/two-factor.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const setUp = (member: Member, password = member.password) =>
  member.request({ method: 'POST', url: '/api/me/two-factor/setup', payload: { password } });

const auditActions = async (memberId: string) =>
  (await t.database.db.select().from(auditLog).where(eq(auditLog.subjectId, memberId))).map(
    (entry) => entry.action,
  );

async function storedMember(memberId: string) {
  const [row] = await t.database.db.select().from(members).where(eq(members.id, memberId));
  return row;
}

describe('turning two-factor sign-in on', () => {
  it('gives a secret, its otpauth URI and a QR image, and keeps the secret encrypted', async () => {
    const member = await aMember(t.app);
    const response = await setUp(member);
    expect(response.statusCode).toBe(200);
    const setup = response.json<TwoFactorSetup>();
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toContain(`secret=${setup.secret}`);
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\/Consilium:/);
    expect(setup.qrSvgDataUri).toMatch(/^data:image\/svg\+xml;base64,/);
    const row = await storedMember(member.profile.id);
    expect(row?.totpSecret).not.toBeNull();
    expect(row?.totpSecret).not.toContain(setup.secret);
    expect(row?.totpEnabledAt).toBeNull();
  });

  it('asks for the current password first', async () => {
    const member = await aMember(t.app);
    const response = await setUp(member, 'not my password at all');
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.field).toBe('body.password');
  });

  it('turns on only with a right first code, and answers ten recovery codes once', async () => {
    const member = await aMember(t.app);
    const { secret } = (await setUp(member)).json<TwoFactorSetup>();
    const enable = (code: string) =>
      member.request({ method: 'POST', url: '/api/me/two-factor/enable', payload: { code } });
    const wrong = await enable('000000');
    expect(wrong.statusCode).toBe(400);
    expect((await storedMember(member.profile.id))?.totpEnabledAt).toBeNull();
    const right = await enable(freshCode(secret));
    expect(right.statusCode).toBe(200);
    const { recoveryCodes: codes } = right.json<RecoveryCodes>();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{2}$/);
    const stored = await t.database.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.memberId, member.profile.id));
    expect(stored).toHaveLength(10);
    expect(stored.map((row) => row.codeHash)).not.toContain(codes[0]);
    expect((await enable(freshCode(secret))).statusCode).toBe(409);
    expect(await auditActions(member.profile.id)).toContain('member.two-factor-enabled');
  });

  it('shows it on in the member’s own view and ends the other sessions', async () => {
    const member = await aMember(t.app);
    const otherBrowser = asMember(
      t.app,
      await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: member.email, password: member.password },
      }),
      member,
    );
    await withTwoFactor(member);
    const view = (await member.request({ method: 'GET', url: '/api/session' })).json<SessionView>();
    expect(view.member?.twoFactorEnabled).toBe(true);
    const other = (
      await otherBrowser.request({ method: 'GET', url: '/api/session' })
    ).json<SessionView>();
    expect(other.member).toBeNull();
  });
});

describe('turning two-factor sign-in off', () => {
  const disable = (member: Member, payload: Record<string, string>) =>
    member.request({ method: 'DELETE', url: '/api/me/two-factor', payload });

  it('needs the password and a code, then sign-in asks for the password only', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    expect((await disable(member, { password: member.password, code: '000000' })).statusCode).toBe(
      400,
    );
    // The password is checked first: a refusal for it does not spend the code.
    const code = freshCode(member.secret);
    const wrongPassword = await disable(member, { password: 'not my password at all', code });
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json<Problem>().errors?.[0]?.field).toBe('body.password');
    expect((await disable(member, { password: member.password, code })).statusCode).toBe(204);
    const row = await storedMember(member.profile.id);
    expect(row?.totpSecret).toBeNull();
    expect(row?.totpEnabledAt).toBeNull();
    const signedIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: member.email, password: member.password },
    });
    expect(signedIn.json<SessionView>().member?.id).toBe(member.profile.id);
    expect(await auditActions(member.profile.id)).toContain('member.two-factor-disabled');
  });

  it('accepts a recovery code instead of the app’s code', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const response = await disable(member, {
      password: member.password,
      code: member.recoveryCodes[3] ?? '',
    });
    expect(response.statusCode).toBe(204);
    const left = await t.database.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.memberId, member.profile.id));
    expect(left).toEqual([]);
  });

  it('answers 409 when it is not on', async () => {
    const member = await aMember(t.app);
    const response = await disable(member, { password: member.password, code: '123456' });
    expect(response.statusCode).toBe(409);
  });
});

describe('new recovery codes', () => {
  it('replace the old ones, which stop working', async () => {
    const member = await withTwoFactor(await aMember(t.app));
    const response = await member.request({
      method: 'POST',
      url: '/api/me/two-factor/recovery-codes',
      payload: { password: member.password },
    });
    expect(response.statusCode).toBe(200);
    const fresh = response.json<RecoveryCodes>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(member.recoveryCodes[0]);
    const signIn = async (code: string) => {
      const pending = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: member.email, password: member.password },
      });
      return t.app.inject({
        method: 'POST',
        url: '/api/session/second-factor',
        headers: {
          cookie: sessionCookieFrom(pending),
          'x-csrf-token': pending.json<SessionView>().csrfToken ?? '',
        },
        payload: { code },
      });
    };
    expect((await signIn(member.recoveryCodes[0] ?? '')).statusCode).toBe(401);
    expect((await signIn(fresh[0] ?? '')).statusCode).toBe(200);
    const regenerated = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.subjectId, member.profile.id),
          eq(auditLog.action, 'member.recovery-codes-regenerated'),
        ),
      );
    expect(regenerated).toHaveLength(1);
  });
});
