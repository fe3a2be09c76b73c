// Brute-force defence with the production limits: lockout, per-IP limits, nothing revealed.
import type { Problem } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/database/schema.js';
import type { TestApp } from '../testing/test-app.js';
import { aMember, createTestApp, registrationFor } from '../testing/test-app.js';
import { ATTEMPT_RULES, LOCK_AFTER_FAILURES } from './attempts.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ realLimits: true });
});
afterAll(async () => {
  await t.close();
});

const signIn = (email: string, password: string, ip: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
    remoteAddress: ip,
  });

describe('failed sign-ins', () => {
  it('lock the account for a while, even for the right password, and the lock is audited', async () => {
    const member = await aMember(t.app);
    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1)
      expect((await signIn(member.email, `wrong password ${i}`, `10.0.0.${i}`)).statusCode).toBe(
        401,
      );
    const locked = await signIn(member.email, member.password, '10.0.1.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toMatch(/^\d+$/);
    expect(locked.json<Problem>().detail).toMatch(
      /^Too many failed sign-ins for this account\. Try again in 15 minutes/,
    );
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, member.profile.id));
    expect(audited.map((entry) => entry.action)).toContain('member.sign-in-locked');
  });

  it('lock an unknown address the same way, so a lock reveals nothing', async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1)
      await signIn('ghost@example.org', `guess ${i}`, `10.0.2.${i}`);
    const locked = await signIn('ghost@example.org', 'another guess', '10.0.3.1');
    expect(locked.statusCode).toBe(429);
  });

  it('are limited per IP address across accounts', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < ATTEMPT_RULES.signInPerIp.max; i += 1)
      await signIn(`spray${i}@example.org`, 'password guess', ip);
    const refused = await signIn('one-more@example.org', 'password guess', ip);
    expect(refused.statusCode).toBe(429);
  });
});

describe('registration', () => {
  it('is limited per IP address', async () => {
    const ip = '10.8.8.8';
    for (let i = 0; i < ATTEMPT_RULES.registerPerIp.max; i += 1) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/accounts',
        payload: registrationFor(),
        remoteAddress: ip,
      });
      expect(response.statusCode).toBe(202);
    }
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: registrationFor(),
      remoteAddress: ip,
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json<Problem>().type).toBe('/problems/rate-limited');
  });
});

describe('password reset requests', () => {
  it('are limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= ATTEMPT_RULES.resetPerAccount.max; i += 1)
      statuses.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/password-resets',
            payload: { email: 'target@example.org' },
            remoteAddress: `10.7.7.${i}`,
          })
        ).statusCode,
      );
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});
