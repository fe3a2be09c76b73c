// Server-side sessions: a random token in an HttpOnly cookie, its HMAC in the sessions table.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, gt, lt, ne, or } from 'drizzle-orm';
import type { Queryable } from './database/index.js';
import { members, sessions } from './database/schema.js';

/** A session ends 30 days after sign-in, or after 7 days without use, whichever comes first. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60 * 1000;
/** How long a rotated-away token still works, for requests already on their way. */
export const ROTATION_GRACE_MS = 60 * 1000;
/** A session waiting for its second factor ends 10 minutes after the password was given. */
export const PENDING_SECOND_FACTOR_MS = 10 * 60 * 1000;

export function sessionCookieName(publicUrl: string): string {
  // The __Host- prefix makes browsers refuse the cookie unless Secure, host-only and Path=/.
  return publicUrl.startsWith('https:') ? '__Host-consilium_session' : 'consilium_session';
}

export class SessionStore {
  constructor(private readonly secret: string) {}

  hash(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('base64url');
  }

  /** The anti-CSRF token of a session: derived from it, so it needs no storage. */
  csrfTokenFor(tokenHash: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${tokenHash}`).digest('base64url');
  }

  isValidCsrfToken(tokenHash: string, candidate: string): boolean {
    const expected = Buffer.from(this.csrfTokenFor(tokenHash));
    const given = Buffer.from(candidate);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  async create(
    db: Queryable,
    memberId: string,
    now: Date,
    userAgent: string | undefined,
    /** The password was right but a second factor is still owed: the session grants nothing. */
    needsSecondFactor = false,
  ): Promise<{ token: string; tokenHash: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const tokenHash = this.hash(token);
    const expiresAt = new Date(
      now.getTime() + (needsSecondFactor ? PENDING_SECOND_FACTOR_MS : SESSION_ABSOLUTE_MS),
    );
    await db.insert(sessions).values({
      tokenHash,
      needsSecondFactor,
      memberId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: userAgent?.slice(0, 400) ?? null,
    });
    return { token, tokenHash, expiresAt };
  }

  /**
   * The member a token belongs to, if the session is still valid; refreshes its idle clock. A
   * session still waiting for its second factor resolves to no one (see resolvePending).
   */
  async resolve(db: Queryable, token: string, now: Date) {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const tokenHash = this.hash(token);
    const [row] = await db
      .select({
        member: members,
        lastSeenAt: sessions.lastSeenAt,
        sessionId: sessions.id,
        mustRotate: sessions.mustRotate,
      })
      .from(sessions)
      .innerJoin(members, eq(members.id, sessions.memberId))
      .where(
        and(
          eq(sessions.tokenHash, tokenHash),
          eq(sessions.needsSecondFactor, false),
          gt(sessions.expiresAt, now),
          gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        ),
      );
    if (row === undefined) return undefined;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS)
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    return {
      member: row.member,
      tokenHash,
      sessionId: row.sessionId,
      mustRotate: row.mustRotate,
    };
  }

  /** Marks every session of a member to be swapped for a new token on its next request. */
  async requireRotation(db: Queryable, memberId: string): Promise<void> {
    await db
      .update(sessions)
      .set({ mustRotate: true })
      .where(and(eq(sessions.memberId, memberId), eq(sessions.needsSecondFactor, false)));
  }

  /**
   * Replaces a session marked for rotation with a new token that keeps its sign-in time and
   * absolute expiry. The old token lives on for a short grace period, so requests already in
   * flight from the same browser are not signed out; only the first of them rotates.
   */
  async rotate(
    db: Queryable,
    tokenHash: string,
    now: Date,
  ): Promise<{ token: string; tokenHash: string; id: string } | undefined> {
    return db.transaction(async (tx) => {
      const [old] = await tx
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), eq(sessions.mustRotate, true)))
        .for('update');
      if (old === undefined) return undefined;
      const graceEnd = new Date(now.getTime() + ROTATION_GRACE_MS);
      await tx
        .update(sessions)
        .set({
          mustRotate: false,
          expiresAt: old.expiresAt < graceEnd ? old.expiresAt : graceEnd,
        })
        .where(eq(sessions.tokenHash, tokenHash));
      const token = randomBytes(32).toString('base64url');
      const newHash = this.hash(token);
      const [created] = await tx
        .insert(sessions)
        .values({
          tokenHash: newHash,
          memberId: old.memberId,
          userAgent: old.userAgent,
          createdAt: old.createdAt,
          lastSeenAt: now,
          expiresAt: old.expiresAt,
        })
        .returning({ id: sessions.id });
      if (created === undefined) throw new Error('rotated session not inserted');
      return { token, tokenHash: newHash, id: created.id };
    });
  }

  /** A session that has had the password but still waits for the second factor, if unexpired. */
  async resolvePending(db: Queryable, token: string, now: Date) {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const tokenHash = this.hash(token);
    const [row] = await db
      .select({ memberId: sessions.memberId })
      .from(sessions)
      .where(
        and(
          eq(sessions.tokenHash, tokenHash),
          eq(sessions.needsSecondFactor, true),
          gt(sessions.expiresAt, now),
        ),
      );
    return row === undefined ? undefined : { memberId: row.memberId, tokenHash };
  }

  async revoke(db: Queryable, token: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.tokenHash, this.hash(token)));
  }

  async list(db: Queryable, memberId: string, now: Date) {
    return db
      .select({
        id: sessions.id,
        tokenHash: sessions.tokenHash,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(
        and(
          eq(sessions.memberId, memberId),
          eq(sessions.needsSecondFactor, false),
          gt(sessions.expiresAt, now),
          gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        ),
      )
      .orderBy(desc(sessions.lastSeenAt));
  }

  /** Ends one session of a member; false when the member has no such session. */
  async revokeById(db: Queryable, memberId: string, sessionId: string): Promise<boolean> {
    const removed = await db
      .delete(sessions)
      .where(and(eq(sessions.memberId, memberId), eq(sessions.id, sessionId)))
      .returning({ id: sessions.id });
    return removed.length > 0;
  }

  /** Ends every session of a member, or every one but `keepTokenHash`. */
  async revokeAll(db: Queryable, memberId: string, keepTokenHash?: string): Promise<number> {
    const removed = await db
      .delete(sessions)
      .where(
        keepTokenHash === undefined
          ? eq(sessions.memberId, memberId)
          : and(eq(sessions.memberId, memberId), ne(sessions.tokenHash, keepTokenHash)),
      )
      .returning({ id: sessions.id });
    return removed.length;
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
