// A member's notifications through HTTP: newest first with keyset pages, the unread filter and
// count, marking read (only one's own), and who may read them.
import type { NotificationList, Problem } from '@consilium/api';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, notifications } from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, createTestApp } from '../testing/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const MINUTE = 60_000;

/** Notifications for a member straight in the database, the first given the newest. */
async function notificationsFor(member: Member, howMany: number, sameMoment = false) {
  const start = Date.now();
  const rows = await t.database.db
    .insert(notifications)
    .values(
      Array.from({ length: howMany }, (_, index) => ({
        memberId: member.profile.id,
        kind: 'mention' as const,
        actorLabel: `Mentioner ${index}`,
        title: `Case number ${index}`,
        createdAt: new Date(sameMoment ? start : start - index * MINUTE),
      })),
    )
    .returning({ id: notifications.id, createdAt: notifications.createdAt });
  return rows;
}

async function list(member: Member, query = ''): Promise<NotificationList> {
  const response = await member.request({ method: 'GET', url: `/api/me/notifications${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<NotificationList>();
}

/** Every item of every page, following nextCursor. */
async function allPages(member: Member, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${cursor}`;
    const page = await list(member, `?${query}${suffix}`);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor !== null && ids.length < 100);
  return ids;
}

describe('a member’s notifications', () => {
  it('lists newest first, page by page, without repeating or skipping one', async () => {
    const member = await aMember(t.app);
    const rows = await notificationsFor(member, 5);
    const first = await list(member, '?limit=2');
    expect(first.items.map((item) => item.title)).toEqual(['Case number 0', 'Case number 1']);
    expect(first.unreadCount).toBe(5);
    expect(await allPages(member, 'limit=2')).toEqual(rows.map((row) => row.id));
  });

  it('pages through notifications sent at the same moment by id', async () => {
    const member = await aMember(t.app);
    const rows = await notificationsFor(member, 5, true);
    const ids = await allPages(member, 'limit=2');
    expect(ids).toEqual(
      rows
        .map((row) => row.id)
        .sort()
        .reverse(),
    );
  });

  it('filters unread ones, and counts them', async () => {
    const member = await aMember(t.app);
    const rows = await notificationsFor(member, 3);
    await t.database.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(eq(notifications.id, rows[1]?.id ?? ''));
    const unread = await list(member, '?unread=true');
    expect(unread.items.map((item) => item.id)).toEqual([rows[0]?.id, rows[2]?.id]);
    expect((await list(member)).items.map((item) => item.read)).toEqual([false, true, false]);
    const counted = await member.request({
      method: 'GET',
      url: '/api/me/notifications/unread-count',
    });
    expect(counted.json()).toEqual({ unreadCount: 2 });
    expect(counted.headers['cache-control']).toBe('no-store');
  });

  it('refuses a tampered cursor with a 400 naming query.cursor', async () => {
    const member = await aMember(t.app);
    for (const cursor of [
      'not-a-cursor',
      Buffer.from('["yesterday","x"]').toString('base64url'),
      Buffer.from('{"createdAt":1}').toString('base64url'),
    ]) {
      const response = await member.request({
        method: 'GET',
        url: `/api/me/notifications?cursor=${cursor}`,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().errors?.map((error) => error.field)).toEqual([
        'query.cursor',
      ]);
    }
  });

  it('is for signed-in members, suspended ones included, and never cached', async () => {
    const visitor = await t.app.inject({ method: 'GET', url: '/api/me/notifications' });
    expect(visitor.statusCode).toBe(401);
    const member = await aMember(t.app);
    await notificationsFor(member, 1);
    await t.database.db
      .update(members)
      .set({ isSuspended: true })
      .where(eq(members.id, member.profile.id));
    const response = await member.request({ method: 'GET', url: '/api/me/notifications' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json<NotificationList>().items).toHaveLength(1);
  });
});

describe('marking notifications read', () => {
  it('marks only the caller’s own: another member’s ids are left as they are', async () => {
    const member = await aMember(t.app);
    const other = await aMember(t.app);
    const [mine, alsoMine] = await notificationsFor(member, 2);
    const [theirs] = await notificationsFor(other, 1);
    const response = await member.request({
      method: 'POST',
      url: '/api/me/notifications/read',
      payload: { ids: [mine?.id, theirs?.id] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ unreadCount: 1 });
    const rows = await t.database.db
      .select({ id: notifications.id, readAt: notifications.readAt })
      .from(notifications)
      .where(inArray(notifications.id, [mine?.id ?? '', alsoMine?.id ?? '', theirs?.id ?? '']));
    const readIds = rows.filter((row) => row.readAt !== null).map((row) => row.id);
    expect(readIds).toEqual([mine?.id]);
    expect((await list(other)).unreadCount).toBe(1);
  });

  it('marks all of them at once', async () => {
    const member = await aMember(t.app);
    await notificationsFor(member, 3);
    const response = await member.request({
      method: 'POST',
      url: '/api/me/notifications/read',
      payload: { all: true },
    });
    expect(response.json()).toEqual({ unreadCount: 0 });
    expect((await list(member)).items.every((item) => item.read)).toBe(true);
  });

  it('names what is wrong with the request', async () => {
    const member = await aMember(t.app);
    for (const payload of [{ ids: ['not-an-id'] }, { ids: [] }, { all: false }, {}]) {
      const response = await member.request({
        method: 'POST',
        url: '/api/me/notifications/read',
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.length).toBeGreaterThan(0);
    }
  });
});
