// Server-side sessions: a random token in an HttpOnly cookie, its HMAC in the sessions table.
import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Queryable } from './database/index.js';
import { members, sessions } from './database/schema.js';

/** A session ends 30 days after sign-in, or after 7 days without use, whichever comes first. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export function sessionCookieName(publicUrl: string): string {
  // The __Host- prefix makes browsers refuse the cookie unless Secure, host-only and Path=/.
  return publicUrl.startsWith('https:') ? '__Host-consilium_session' : 'consilium_session';
}

export class SessionStore {
  constructor(private readonly secret: string) {}

  private hash(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('base64url');
  }

  async create(
    db: Queryable,
    memberId: string,
    now: Date,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
    await db.insert(sessions).values({
      tokenHash: this.hash(token),
      memberId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** The member a token belongs to, if the session is still valid; refreshes its idle clock. */
  async resolve(db: Queryable, token: string, now: Date) {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const tokenHash = this.hash(token);
    const [row] = await db
      .select({ member: members, lastSeenAt: sessions.lastSeenAt })
      .from(sessions)
      .innerJoin(members, eq(members.id, sessions.memberId))
      .where(
        and(
          eq(sessions.tokenHash, tokenHash),
          gt(sessions.expiresAt, now),
          gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        ),
      );
    if (row === undefined) return undefined;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS)
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    return row.member;
  }

  async revoke(db: Queryable, token: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.tokenHash, this.hash(token)));
  }

  /** Removes sessions that can no longer be used. */
  async prune(db: Queryable, now: Date): Promise<void> {
    await db
      .delete(sessions)
      .where(
        or(
          lt(sessions.expiresAt, now),
          lt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        ),
      );
  }
}
