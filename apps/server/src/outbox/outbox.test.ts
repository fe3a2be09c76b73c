// The development outbox is readable by admins only, and only when no SMTP server is configured.
import type { Outbox, Problem } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, createTestApp } from '../testing/test-app.js';
import { withTwoFactor } from '../testing/two-factor.js';

let t: TestApp;
let admin: Member;

beforeAll(async () => {
  t = await createTestApp();
  const member = await aMember(t.app);
  await t.database.db
    .update(members)
    .set({ roles: ['admin'] })
    .where(eq(members.id, member.profile.id));
  // Admin privileges need two-factor sign-in: turned on through the real setup and enable routes.
  admin = await withTwoFactor(member);
});
afterAll(async () => {
  await t.close();
});

describe('the outbox', () => {
  it('shows admins the e-mails that would have been sent, newest first', async () => {
    const newcomer = await aMember(t.app);
    const outbox = (await admin.request({ method: 'GET', url: '/api/dev/outbox' })).json<Outbox>();
    expect(outbox.items[0]?.to).toBe(newcomer.email);
    expect(outbox.items[0]?.text).toContain('/verify-email?token=');
  });

  it('is refused to an admin without two-factor sign-in, saying how to get it', async () => {
    const member = await aMember(t.app);
    await t.database.db
      .update(members)
      .set({ roles: ['admin'] })
      .where(eq(members.id, member.profile.id));
    const refused = await member.request({ method: 'GET', url: '/api/dev/outbox' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>().detail).toBe(
      'Turn on two-factor sign-in in Settings to use your admin privileges.',
    );
    const withApp = await withTwoFactor(member);
    expect((await withApp.request({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(200);
  });

  it('is refused to other members and to visitors', async () => {
    const member = await aMember(t.app);
    expect((await member.request({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(401);
  });
});
