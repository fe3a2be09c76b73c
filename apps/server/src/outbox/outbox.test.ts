// The development outbox is readable by admins only, and only when no SMTP server is configured.
import type { Outbox } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, asMember, createTestApp } from '../testing/test-app.js';

let t: TestApp;
let admin: Member;

beforeAll(async () => {
  t = await createTestApp();
  const member = await aMember(t.app);
  await t.database.db
    .update(members)
    .set({ roles: ['admin'] })
    .where(eq(members.id, member.profile.id));
  const signedIn = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: member.email, password: member.password },
  });
  admin = asMember(t.app, signedIn, member);
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

  it('is refused to other members and to visitors', async () => {
    const member = await aMember(t.app);
    expect((await member.request({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(401);
  });
});
